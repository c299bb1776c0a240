/** The article view: the Article as a page a person reads. Every value is escaped by hono/jsx. */
import type { Article } from '../engine/article';
import { Layout } from './layout';

const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English', de: 'German', fr: 'French', es: 'Spanish', it: 'Italian', pt: 'Portuguese', nl: 'Dutch',
  ru: 'Russian', uk: 'Ukrainian', pl: 'Polish', zh: 'Chinese', ja: 'Japanese', ko: 'Korean', ar: 'Arabic',
  tr: 'Turkish', sv: 'Swedish', da: 'Danish', no: 'Norwegian', fi: 'Finnish', cs: 'Czech', el: 'Greek', he: 'Hebrew',
};

/** Only http(s) links are ever rendered as links. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function formatDate(iso: string): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const d = new Date(dateOnly ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat('en', {
    dateStyle: 'long',
    ...(dateOnly ? { timeZone: 'UTC' } : { timeStyle: 'short', timeZone: 'UTC' }),
  }).format(d) + (dateOnly ? '' : ' UTC');
}

function When(props: { iso: string | null; label: string }) {
  if (!props.iso) return null;
  return (
    <>
      <dt>{props.label}</dt>
      <dd>
        <time datetime={props.iso}>{formatDate(props.iso)}</time>
      </dd>
    </>
  );
}

export function ArticlePage(props: { article: Article; jsonHref: string }) {
  const a = props.article;
  const source = safeHref(a.url);
  const headline = a.title ?? a.summary[0] ?? a.text.slice(0, 120);
  const { people, organizations, places } = a.entities;
  const hasEntities = people.length + organizations.length + places.length > 0;
  return (
    <Layout title={`${headline} — article-extract`}>
      <article class="article" lang={a.language ?? undefined}>
        <header>
          {a.title ? <h1>{a.title}</h1> : (
            <h1 class="lead-as-title">
              <span class="badge">No headline — lead sentence</span> {headline}
            </h1>
          )}
          {a.description ? <p class="dek">{a.description}</p> : null}
          <p class="byline">
            {a.dateline ? <strong class="dateline">{a.dateline.place}</strong> : null}
            {a.agency ? <span class="agency" title={a.agency.name}>{a.agency.code}</span> : null}
            {a.authors.length ? <span class="authors">By {a.authors.join(', ')}</span> : null}
          </p>
        </header>
        <dl class="facts">
          <When iso={a.published} label="Published" />
          <When iso={a.modified} label="Updated" />
          {a.siteName ? (<><dt>Site</dt><dd>{a.siteName}</dd></>) : null}
          {a.language ? (<><dt>Language</dt><dd>{LANGUAGE_NAMES[a.language] ?? a.language}</dd></>) : null}
          <dt>Length</dt>
          <dd>
            {a.wordCount.toLocaleString('en-US')} words · {a.readingTimeMinutes} min read
          </dd>
        </dl>
        {safeHref(a.image) ? <img class="lead-image" src={safeHref(a.image)!} alt="" loading="lazy" /> : null}
        {a.summary.length ? (
          <section class="summary" aria-labelledby="summary-h">
            <h2 id="summary-h">Summary</h2>
            <ul>{a.summary.map((s) => <li>{s}</li>)}</ul>
            {a.keywords.length ? <p class="keywords">{a.keywords.map((k) => <span class="tag">{k}</span>)}</p> : null}
          </section>
        ) : null}
        {hasEntities ? (
          <section class="entities" aria-labelledby="who-h">
            <h2 id="who-h">Who and where</h2>
            {people.length ? (
              <div>
                <h3>People</h3>
                <ul>
                  {people.map((p) => (
                    <li>
                      <strong>{p.name}</strong>
                      {p.roles.length ? <span class="role"> — {p.roles.join('; ')}</span> : null}
                      <span class="count" title="mentions"> ×{p.mentions}</span>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            {organizations.length ? (
              <div>
                <h3>Organizations</h3>
                <ul>{organizations.map((o) => <li>{o.name}<span class="count"> ×{o.mentions}</span></li>)}</ul>
              </div>
            ) : null}
            {places.length ? (
              <div>
                <h3>Places</h3>
                <ul>
                  {places.map((p) => (
                    <li>
                      {p.name}
                      {p.countryCode ? <span class="cc"> {p.countryCode}</span> : null}
                      <span class="count"> ×{p.mentions}</span>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </section>
        ) : null}
        {a.quotes.length ? (
          <section class="quotes" aria-labelledby="quotes-h">
            <h2 id="quotes-h">Quotes</h2>
            {a.quotes.map((q) => (
              <figure class="quote">
                <blockquote>{q.direct ? `“${q.text}”` : q.text}</blockquote>
                <figcaption>
                  {q.speaker ?? 'Unattributed'}
                  {q.direct ? '' : ' (reported)'}
                </figcaption>
              </figure>
            ))}
          </section>
        ) : null}
        <section class="body" aria-labelledby="text-h">
          <h2 id="text-h">Text</h2>
          {a.text ? a.text.split('\n\n').map((p) => <p>{p}</p>) : <p class="empty">No article text was found on this page.</p>}
        </section>
        <footer class="links">
          <a href={props.jsonHref}>JSON</a>
          {source ? <a href={source} rel="noopener noreferrer nofollow">Source</a> : null}
          <code class="id">{a.id}</code>
        </footer>
      </article>
    </Layout>
  );
}
