/**
 * The article view: the Article as a page a person reads. Every value is escaped by hono/jsx;
 * the one raw() is the JSON-LD, serialized by scriptSafeJson (no <, >, &, U+2028/2029).
 */
import { raw } from 'hono/html';
import type { Article, Person, Quote } from '../engine/article';
import { countryName, flagEmoji, formatDate, languageName, newsArticleLd, safeHref, scriptSafeJson } from './format';
import { buildTextView, type InlineNode, type MarkNode, type TextView, type ViewEntity } from './highlight';
import { Layout } from './layout';

export { safeHref } from './format';

export interface ArticlePageProps {
  article: Article;
  /** The JSON of this article (a same-origin path). */
  jsonHref: string;
  /** The origin the page is served from, for the API example and the JSON-LD (e.g. https://x.dev). */
  origin?: string;
}

function When(props: { iso: string | null; label: string }) {
  if (!props.iso) return null;
  return (
    <>
      <dt>{props.label}</dt>
      <dd>
        <time datetime={props.iso} class={props.iso.includes('T') ? 'local' : undefined}>
          {formatDate(props.iso)}
        </time>
      </dd>
    </>
  );
}

function Mark(props: { m: MarkNode }) {
  const { m } = props;
  return (
    <mark class={`ent ent-${m.kind}`} data-ent={m.ent} id={m.first ? `m-${m.ent}` : undefined}>
      {m.text}
    </mark>
  );
}

function Inline(props: { nodes: InlineNode[] }) {
  return (
    <>
      {props.nodes.map((n) =>
        typeof n === 'string' ? n : 'quote' in n ? (
          <span class={n.direct ? 'qt qt-direct' : 'qt qt-reported'} data-q={String(n.quote)}>
            {n.children.map((c) => (typeof c === 'string' ? c : <Mark m={c} />))}
          </span>
        ) : (
          <Mark m={n} />
        ),
      )}
    </>
  );
}

function plural(n: number, one: string, many: string) {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/** A name in the panel: a link to its first mention (works without JavaScript), upgraded by view.js to a toggle. */
function EntityName(props: { ent: ViewEntity; view: TextView }) {
  const { ent, view } = props;
  if (!view.marks.get(ent.key)) return <span class={`ent-n ent-${ent.kind}`}>{ent.name}</span>;
  return (
    <a class={`ent-t ent-${ent.kind}`} href={`#m-${ent.key}`} data-ent={ent.key}>
      {ent.name}
    </a>
  );
}

function EntityPanel(props: { article: Article; view: TextView }) {
  const { article: a, view } = props;
  const { people, organizations, places } = a.entities;
  const byKey = new Map(view.entities.map((e) => [e.key, e]));
  const ent = (key: string) => <EntityName ent={byKey.get(key)!} view={view} />;
  return (
    <section class="ents panel" aria-labelledby="who-h">
      <h2 id="who-h">Who and where</h2>
      <p class="hint">Select a name to highlight its mentions in the text.</p>
      {people.length ? (
        <div class="group">
          <h3>People</h3>
          <ul>
            {people.map((p, i) => (
              <li>
                {ent(`p${i}`)}
                {p.roles.length ? <span class="role">{p.roles.join('; ')}</span> : null}
                <span class="count">{plural(p.mentions, 'mention', 'mentions')}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {organizations.length ? (
        <div class="group">
          <h3>Organizations</h3>
          <ul>
            {organizations.map((o, i) => (
              <li>
                {ent(`o${i}`)}
                <span class="count">{plural(o.mentions, 'mention', 'mentions')}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {places.length ? (
        <div class="group">
          <h3>Places</h3>
          <ul>
            {places.map((p, i) => {
              const flag = flagEmoji(p.countryCode);
              const country = p.countryCode ? countryName(p.countryCode) : null;
              return (
                <li>
                  {flag ? <span class="flag" aria-hidden="true">{flag}</span> : null}
                  {ent(`l${i}`)}
                  {p.countryCode ? (
                    <abbr class="cc" title={country ?? p.countryCode}>
                      {p.countryCode}
                    </abbr>
                  ) : null}
                  <span class="count">{plural(p.mentions, 'mention', 'mentions')}</span>
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
      <p class="status" role="status" aria-live="polite" id="hl-status"></p>
    </section>
  );
}

function QuoteCards(props: { quotes: Quote[]; people: Person[]; view: TextView }) {
  const roleOf = (speaker: string | null) =>
    speaker ? props.people.find((p) => p.name === speaker || p.aliases.includes(speaker))?.roles[0] ?? null : null;
  return (
    <section class="quotes panel" aria-labelledby="quotes-h">
      <h2 id="quotes-h">Quotes</h2>
      {props.quotes.map((q, i) => {
        const para = props.view.quoteParagraph[i];
        const role = roleOf(q.speaker);
        return (
          <figure class={q.direct ? 'quote direct' : 'quote reported'}>
            <blockquote>{q.direct ? `“${q.text}”` : q.text}</blockquote>
            <figcaption>
              <span class="speaker">{q.speaker ?? 'Unattributed'}</span>
              {role ? <span class="role">{role}</span> : null}
              <span class="kind">{q.direct ? 'Direct quote' : 'Reported speech'}</span>
              {para ? (
                <a class="jump" href={`#p-${para}`}>
                  Go to paragraph {para}
                </a>
              ) : null}
            </figcaption>
          </figure>
        );
      })}
    </section>
  );
}

/** The lead sentence without the wire dateline it opens with ("TROMSO, Norway (AP) — "). */
function withoutDateline(sentence: string, a: Article): string {
  const raw = a.dateline?.raw;
  if (!raw || !sentence.startsWith(raw)) return sentence;
  const rest = sentence.slice(raw.length).replace(/^\s*(?:[-–—]+|:)?\s*/, '');
  return rest || sentence;
}

export function ArticlePage(props: ArticlePageProps) {
  const a = props.article;
  const origin = props.origin ?? '';
  const source = safeHref(a.url);
  const headline = a.title ?? (a.summary[0] ? withoutDateline(a.summary[0], a) : a.text.slice(0, 160));
  const view = buildTextView(a);
  const hasEntities = view.entities.length > 0;
  const pageUrl = origin ? `${origin}/v1/articles/${a.id}` : null;
  const curl = `curl -s '${origin || 'http://localhost:8787'}/v1/articles/${a.id}'`;
  const ld = scriptSafeJson(newsArticleLd(a, pageUrl));
  const image = safeHref(a.image);
  const head = (
    <>
      <meta name="description" content={(a.description ?? a.summary[0] ?? headline).slice(0, 300)} />
      <link rel="alternate" type="application/json" href={props.jsonHref} />
      <script type="application/ld+json">{raw(ld)}</script>
      <script src="/assets/view.js" defer></script>
    </>
  );
  return (
    <Layout title={`${headline.length > 90 ? headline.slice(0, 89) + '…' : headline} — article-extract`} head={head} wide>
      <article class="article" lang={a.language ?? undefined}>
        <div class="top">
          <header class="head">
            {a.dateline || a.agency || a.siteName ? (
              <p class="kicker">
                {a.dateline ? <strong class="dateline">{a.dateline.place}</strong> : null}
                {a.agency ? (
                  <span class="agency">
                    {a.agency.name}
                    {a.agency.code !== a.agency.name ? ` (${a.agency.code})` : ''}
                  </span>
                ) : null}
                {a.siteName ? <span class="site">{a.siteName}</span> : null}
              </p>
            ) : null}
            {a.title ? (
              <h1>{a.title}</h1>
            ) : (
              <h1 class="lead-as-title">
                <span class="badge">No headline · lead sentence</span> {headline}
              </h1>
            )}
            {a.description ? <p class="dek">{a.description}</p> : null}
            {a.authors.length ? <p class="byline">By {a.authors.join(', ')}</p> : null}
          </header>
          <dl class="facts">
            <When iso={a.published} label="Published" />
            <When iso={a.modified} label="Updated" />
            {a.dateline?.date ? <When iso={a.dateline.date} label="Dateline" /> : null}
            {a.siteName ? (<><dt>Site</dt><dd>{a.siteName}</dd></>) : null}
            {a.language ? (<><dt>Language</dt><dd>{languageName(a.language)}</dd></>) : null}
            <dt>Length</dt>
            <dd>
              {plural(a.wordCount, 'word', 'words')} · {a.readingTimeMinutes} min read
            </dd>
          </dl>
          {image ? <img class="lead-image" src={image} alt="" decoding="async" referrerpolicy="no-referrer" /> : null}
          {a.summary.length || a.keywords.length ? (
            <section class="summary" aria-labelledby="summary-h">
              <h2 id="summary-h">Summary</h2>
              {a.summary.length ? <ul>{a.summary.map((s, i) => <li>{i === 0 ? withoutDateline(s, a) : s}</li>)}</ul> : null}
              {a.keywords.length ? (
                <ul class="keywords" aria-label="Keywords">
                  {a.keywords.map((k) => <li class="tag">{k}</li>)}
                </ul>
              ) : null}
            </section>
          ) : null}
        </div>
        {hasEntities ? <EntityPanel article={a} view={view} /> : null}
        <section class="body" aria-labelledby="text-h">
          <h2 id="text-h">The text</h2>
          {view.paragraphs.length ? (
            view.paragraphs.map((p) => (
              <p id={`p-${p.n}`}>
                {p.dateline ? <span class="dl">{p.dateline}</span> : null}
                <Inline nodes={p.nodes} />
              </p>
            ))
          ) : (
            <p class="empty">No article text was found on this page.</p>
          )}
        </section>
        {a.quotes.length ? <QuoteCards quotes={a.quotes} people={a.entities.people} view={view} /> : null}
        <section class="links" aria-labelledby="use-h">
          <h2 id="use-h">Use this article</h2>
          <ul class="formats">
            <li><a href={props.jsonHref}>JSON</a></li>
            <li><a href={`/v1/articles/${a.id}?format=markdown`}>Markdown</a></li>
            {source ? (
              <li>
                <a href={source} rel="noopener noreferrer nofollow">Source: {new URL(source).host}</a>
              </li>
            ) : null}
          </ul>
          <p class="api-label" id="api-label">The same article from the API:</p>
          <pre class="api"><code id="api-curl">{curl}</code></pre>
          <p class="id">Article id <code>{a.id}</code></p>
        </section>
      </article>
    </Layout>
  );
}
