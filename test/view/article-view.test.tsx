/**
 * The article view rendered from Articles made by hand (inside workerd, like the Worker): the
 * "who and where" panel, the inline marks and quotes, the quote cards, the JSON-LD, and the
 * escaping of every value — whatever the engine returns yet.
 */
import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/engine/article';
import { CONTENT_SECURITY_POLICY } from '../../src/app';
import { ArticlePage } from '../../src/view/article';
import { flagEmoji, scriptSafeJson } from '../../src/view/format';
import { buildTextView, findMentions, viewEntities } from '../../src/view/highlight';
import { HomePage } from '../../src/view/home';
import { VIEW_ARTICLE } from '../fixtures/view-story';

async function render(article: Article, origin = 'https://ae.example'): Promise<string> {
  return (await (<ArticlePage article={article} jsonHref={`/v1/articles/${article.id}?format=json`} origin={origin} />).toString()) as string;
}

function ldOf(html: string): any {
  const m = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  expect(m).not.toBeNull();
  return JSON.parse(m![1]);
}

const bare = (over: Partial<Article> = {}): Article => ({
  ...VIEW_ARTICLE,
  entities: { people: [], organizations: [], places: [] },
  quotes: [],
  keywords: [],
  ...over,
});

describe('the article page from a full Article', () => {
  it('shows the header facts: dateline, agency, authors, site, dates with ISO values, language, length, image', async () => {
    const html = await render(VIEW_ARTICLE);
    expect(html).toContain('<strong class="dateline">Tromso, Norway</strong>');
    expect(html).toContain('Associated Press (AP)');
    expect(html).toContain('<p class="byline">By Lena Hartvik</p>');
    expect(html).toContain('<time datetime="2025-02-13T09:40:00Z" class="local">February 13, 2025 at 9:40 AM UTC</time>');
    expect(html).toContain('<time datetime="2025-02-13T14:05:00Z" class="local">');
    expect(html).toContain('<dd>English</dd>');
    expect(html).toContain('229 words · 1 min read');
    expect(html).toContain('<img class="lead-image" src="https://images.news.example/harbour-tromso.jpg" alt=""');
    expect(html).toContain('<script src="/assets/view.js" defer=""></script>');
  });

  it('the panel lists people with roles and counts, organizations, and places with flags and codes', async () => {
    const html = await render(VIEW_ARTICLE);
    expect(html).toContain('<h2 id="who-h">Who and where</h2>');
    expect(html).toContain(
      '<a class="ent-t ent-person" href="#m-p0" data-ent="p0">Kari Lunde</a><span class="role">fisheries minister</span><span class="count">3 mentions</span>',
    );
    expect(html).toContain('<span class="count">1 mention</span>');
    expect(html).toContain(`<span class="flag" aria-hidden="true">${flagEmoji('RU')}</span><a class="ent-t ent-place" href="#m-l4" data-ent="l4">Murmansk</a><abbr class="cc" title="Russia">RU</abbr>`);
    expect(flagEmoji('NO')).toBe('\u{1F1F3}\u{1F1F4}');
    expect(flagEmoji('no')).toBeNull();
    // Named in the metadata but never in the text: listed, not a control.
    expect(html).toContain('<span class="ent-n ent-person">Lena Hartvik</span>');
  });

  it('marks every mention by name or alias, the first with an id the panel links to', async () => {
    const html = await render(VIEW_ARTICLE);
    expect(html).toContain('<mark class="ent ent-person" data-ent="p0" id="m-p0">Kari Lunde</mark>');
    expect(html.match(/data-ent="p0">Lunde<\/mark>/g)).toHaveLength(2);
    expect(html.match(/<mark class="ent ent-person" data-ent="p2"/g)).toHaveLength(3);
    // The longest name wins where names overlap: "Dr. Sunniva Eide" is one mark.
    expect(html).toContain('data-ent="p2" id="m-p2">Dr. Sunniva Eide</mark>');
    // The dateline opens the text in its own span and is not marked.
    expect(html).toContain('<p id="p-1"><span class="dl">TROMSO, Norway (AP) — </span><mark class="ent ent-place" data-ent="l5" id="m-l5">Norway</mark>&#39;s');
  });

  it('quotes are spans in their paragraph and cards that jump to it', async () => {
    const html = await render(VIEW_ARTICLE);
    expect(html).toContain('<p id="p-3"><span class="qt qt-direct" data-q="0">&quot;This is the first good news the small boats have had in ten years,&quot;</span> <mark');
    expect(html).toContain('<span class="qt qt-reported" data-q="2">the quota should rise only after a second survey confirmed the trend</span>');
    expect(html).toContain('<blockquote>“This is the first good news the small boats have had in ten years,”</blockquote>');
    expect(html).toMatch(/<span class="speaker">Per Aksel Dahl<\/span><span class="role">chairman, Norwegian Fishermen&#39;s Association<\/span><span class="kind">Direct quote<\/span><a class="jump" href="#p-3">Go to paragraph 3<\/a>/);
    expect(html).toContain('<span class="kind">Reported speech</span><a class="jump" href="#p-7">Go to paragraph 7</a>');
  });

  it('summary (without the dateline) and keywords on top; links to JSON, Markdown, the source and a curl example', async () => {
    const html = await render(VIEW_ARTICLE);
    expect(html).toContain('<li>Norway&#39;s fisheries minister, Kari Lunde, said on Thursday');
    expect(html).toContain('<ul class="keywords" aria-label="Keywords"><li class="tag">cod quota</li>');
    expect(html).toContain(`<a href="/v1/articles/${VIEW_ARTICLE.id}?format=json">JSON</a>`);
    expect(html).toContain(`<a href="/v1/articles/${VIEW_ARTICLE.id}?format=markdown">Markdown</a>`);
    expect(html).toContain('<a href="https://news.example/2025/02/13/harbour-towns-cod-quota" rel="noopener noreferrer nofollow">Source: news.example</a>');
    expect(html).toContain(`<code id="api-curl">curl -s &#39;https://ae.example/v1/articles/${VIEW_ARTICLE.id}&#39;</code>`);
  });

  it('embeds a schema.org NewsArticle as JSON-LD', async () => {
    const ld = ldOf(await render(VIEW_ARTICLE));
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: VIEW_ARTICLE.title,
      datePublished: '2025-02-13T09:40:00Z',
      dateModified: '2025-02-13T14:05:00Z',
      inLanguage: 'en',
      author: [{ '@type': 'Person', name: 'Lena Hartvik' }],
      publisher: { '@type': 'Organization', name: 'The Northern Wire' },
      sourceOrganization: { name: 'Associated Press', alternateName: 'AP' },
      isBasedOn: VIEW_ARTICLE.url,
      url: `https://ae.example/v1/articles/${VIEW_ARTICLE.id}`,
    });
    expect(ld.mentions).toContainEqual({ '@type': 'Person', name: 'Kari Lunde', jobTitle: 'fisheries minister' });
    expect(ld.mentions).toContainEqual({ '@type': 'Place', name: 'Murmansk' });
  });

  it('is small: well under 60 KB for the story', async () => {
    expect(new TextEncoder().encode(await render(VIEW_ARTICLE)).byteLength).toBeLessThan(60_000);
  });
});

describe('without entities, headline or source', () => {
  it('no panel and no quote cards when the engine found none', async () => {
    const html = await render(bare());
    expect(html).not.toContain('Who and where');
    expect(html).not.toContain('<mark');
    expect(html).not.toContain('class="quotes');
    expect(html).toContain('<p id="p-7">');
  });

  it('the lead sentence stands in for a missing headline, marked as such, without the dateline', async () => {
    const html = await render(bare({ title: null }));
    expect(html).toContain('<h1 class="lead-as-title"><span class="badge">No headline · lead sentence</span> Norway&#39;s fisheries minister');
    expect(ldOf(html).headline).toMatch(/^Norway's fisheries minister.*…$/);
  });

  it('links only http(s) sources and images', async () => {
    const html = await render(bare({ url: 'javascript:alert(1)', image: 'data:image/svg+xml,<svg onload=alert(1)>' }));
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('Source:');
    expect(html).not.toContain('<img class="lead-image"');
  });
});

describe('escaping', () => {
  const hostile = '</script><script>alert(1)</script><img src=x onerror=alert(2)> & \u2028';
  const evil: Article = {
    ...VIEW_ARTICLE,
    title: hostile,
    description: `"><svg onload=alert(3)>`,
    authors: ['<b>Mallory</b>'],
    siteName: '<i>site</i>',
    keywords: ['<u>kw</u>'],
    text: `Mallory <img src=x onerror=alert(4)> met "Eve" at the <Harbour>.\n\nShe said "<script>alert(5)</script>" twice.`,
    summary: ['<script>alert(6)</script>'],
    dateline: null,
    entities: {
      people: [{ name: '<img src=x onerror=alert(7)>', mentions: 1, aliases: ['Mallory', '"Eve"'], roles: ['<script>role</script>'] }],
      organizations: [{ name: '<Harbour>', mentions: 1, aliases: [] }],
      places: [{ name: 'x" onmouseover="alert(8)', mentions: 0, aliases: [], countryCode: null }],
    },
    quotes: [{ text: '<script>alert(5)</script>', speaker: '<img src=y>', direct: true }],
  };

  it('every value from the article is escaped, in the text, the panel, the marks and the cards', async () => {
    const html = await render(evil);
    const body = html.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, '');
    expect(body.match(/<script/g)).toEqual(['<script']); // only <script src="/assets/view.js">
    for (const bad of ['<img src=x', '<img src=y', '<svg', '<b>Mallory', '<i>site', '<u>kw', '<Harbour>', 'onmouseover="']) {
      expect(body).not.toContain(bad);
    }
    expect(body).toContain('<mark class="ent ent-organization" data-ent="o0" id="m-o0">&lt;Harbour&gt;</mark>');
    expect(body).toContain('data-ent="p0" id="m-p0">Mallory</mark>');
    expect(body).toContain('&lt;script&gt;alert(5)&lt;/script&gt;');
  });

  it('the JSON-LD cannot close its script element and round-trips exactly', async () => {
    const html = await render(evil);
    const m = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)!;
    expect(m[1]).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(m[1]).headline).toBe(hostile);
    expect(scriptSafeJson({ a: '</script>&\u2029' })).toBe('{"a":"\\u003c/script\\u003e\\u0026\\u2029"}');
  });
});

describe('highlighting', () => {
  it('matches whole words only, longest first, each term for one entity', () => {
    const ents = viewEntities(
      bare({
        entities: {
          people: [{ name: 'Ana Lund', mentions: 2, aliases: [], roles: [] }],
          organizations: [{ name: 'Lund University', mentions: 1, aliases: ['Lund'] }],
          places: [{ name: 'Lund', mentions: 1, aliases: [], countryCode: 'SE' }],
        },
      }),
    );
    // "Lund" is the organization's alias, so the person is not also found by it.
    expect(ents.map((e) => e.terms)).toEqual([['Ana Lund'], ['Lund University', 'Lund'], ['Lund']]);
    const text = 'Ana Lund of Lund University spoke in Lund; Lundgren and Lunds did not.';
    const found = findMentions(text, ents).map((m) => `${m.ent.key}:${text.slice(m.start, m.end)}`);
    expect(found).toEqual(['p0:Ana Lund', 'o0:Lund University', 'o0:Lund']);
  });

  it('a person without aliases is also found by the last word of the name', () => {
    const view = buildTextView(
      bare({
        text: 'Minister Kari Lunde spoke. Later Lunde left.',
        dateline: null,
        entities: { people: [{ name: 'Kari Lunde', mentions: 2, aliases: [], roles: [] }], organizations: [], places: [] },
      }),
    );
    expect(view.marks.get('p0')).toBe(2);
  });

  it('finds marks inside quotes, and the paragraph of a quote written with other quotation marks', () => {
    const view = buildTextView(
      bare({
        text: 'First.\n\n“Lunde is right,” said Dahl.\n\nThird.',
        dateline: null,
        entities: { people: [{ name: 'Lunde', mentions: 1, aliases: [], roles: [] }], organizations: [], places: [] },
        quotes: [
          { text: 'Lunde is right', speaker: 'Dahl', direct: true },
          { text: '"Lunde  is right,"', speaker: 'Dahl', direct: true },
        ],
      }),
    );
    expect(view.quoteParagraph).toEqual([2, 2]);
    expect(view.paragraphs[1].nodes[0]).toEqual({
      quote: 0,
      direct: true,
      children: ['“', { ent: 'p0', kind: 'person', text: 'Lunde', first: true }, ' is right,”'],
    });
  });
});

describe('served by the Worker', () => {
  it('the script and stylesheet, under a CSP that allows only the site\'s own script', async () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    const js = await SELF.fetch('http://ae.test/assets/view.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await js.text()).toContain('aria-pressed');
    const home = await SELF.fetch('http://ae.test/');
    expect(home.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('the home page: two plain forms that post to /', async () => {
    const html = (await (<HomePage error="Oops <b>" url="https://x.example/?a=<i>" />).toString()) as string;
    expect(html.match(/<form method="post" action="\/"/g)).toHaveLength(2);
    expect(html).toContain('Oops &lt;b&gt;');
    expect(html).toContain('value="https://x.example/?a=&lt;i&gt;"');
  });
});
