import { describe, expect, it } from 'vitest';
import { parseHtml, normalizeDate, cleanAuthors, cleanTitle, dateFromUrl } from '../../../src/engine/html/index';
import { page } from '../../helpers/pages';

describe('JSON-LD', () => {
  it('reads a NewsArticle inside @graph with nested author and publisher', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', '@id': '#site', name: 'Harbor Gazette' },
        {
          '@type': 'NewsArticle',
          headline: 'Lighthouse keepers return to Gullrock Point',
          datePublished: '2023-04-05T08:30:00-04:00',
          dateModified: '2023-04-06T10:00:00-04:00',
          author: [{ '@type': 'Person', name: 'Mira Okonkwo' }, { '@type': 'Person', name: 'Tobias Lindqvist' }],
          publisher: { '@type': 'Organization', name: 'Harbor Gazette' },
          image: [{ '@type': 'ImageObject', url: '/img/lighthouse.jpg' }],
          description: 'The keepers are back after ten years.',
          inLanguage: 'en-GB',
        },
      ],
    };
    const d = parseHtml(page(`<script type="application/ld+json">${JSON.stringify(ld)}</script><title>Ignored | Harbor Gazette</title>`), 'https://news.example.org/a/1');
    expect(d.title).toBe('Lighthouse keepers return to Gullrock Point');
    expect(d.published).toBe('2023-04-05T08:30:00-04:00');
    expect(d.modified).toBe('2023-04-06T10:00:00-04:00');
    expect(d.authors).toEqual(['Mira Okonkwo', 'Tobias Lindqvist']);
    expect(d.siteName).toBe('Harbor Gazette');
    expect(d.image).toBe('https://news.example.org/img/lighthouse.jpg');
    expect(d.description).toBe('The keepers are back after ten years.');
    expect(d.language).toBe('en');
  });

  it('reads arrays of blocks, string image and author string; skips broken JSON', () => {
    const a = [{ '@type': 'BreadcrumbList' }, { '@type': ['BlogPosting'], headline: 'Notes on sourdough', author: 'Ana Reyes', image: 'https://cdn.example.com/b.png', datePublished: '2022-11-02' }];
    const d = parseHtml(page(`<script type="application/ld+json">{ broken </script><script type="application/ld+json">${JSON.stringify(a)}</script>`), null);
    expect(d.title).toBe('Notes on sourdough');
    expect(d.authors).toEqual(['Ana Reyes']);
    expect(d.image).toBe('https://cdn.example.com/b.png');
    expect(d.published).toBe('2022-11-02');
  });

  it('reads JSON-LD wrapped in a comment or a CDATA section, and with a trailing comma', () => {
    const ld = (headline: string) => JSON.stringify({ '@type': 'NewsArticle', headline, author: { '@type': 'Person', name: 'Ana Reyes' } });
    const wraps = [
      (j: string) => `<!-- ${j} -->`,
      (j: string) => `//<![CDATA[\n${j}\n//]]>`,
      (j: string) => ` <![CDATA[${j}]]> `,
      (j: string) => `${j.slice(0, -1)}, }`,
      (j: string) => `\n${j};\n`,
    ];
    for (const wrap of wraps) {
      const d = parseHtml(page(`<script type="application/ld+json">${wrap(ld('Wrapped headline'))}</script>`), null);
      expect(d.title, wrap('{}')).toBe('Wrapped headline');
      expect(d.authors).toEqual(['Ana Reyes']);
    }
  });

  it('falls back to articleBody when the page has no usable body', () => {
    const a = { '@type': 'ReportageNewsArticle', headline: 'Flood update', articleBody: 'The river rose overnight, officials said.\nSchools in the valley are closed until Monday, according to the district.' };
    const d = parseHtml(page(`<script type="application/ld+json">${JSON.stringify(a)}</script>`, '<div id="app"></div>'), null);
    expect(d.paragraphs).toEqual(['The river rose overnight, officials said.', 'Schools in the valley are closed until Monday, according to the district.']);
    expect(d.markdown).toContain('\n\nSchools in the valley');
  });
});

describe('OpenGraph, Twitter, Dublin Core, itemprop, Parse.ly, Sailthru', () => {
  it('reads OpenGraph and article: properties', () => {
    const d = parseHtml(
      page(`<meta property="og:title" content="Bakery wins regional prize">
        <meta property="og:description" content="A small bakery took first place.">
        <meta property="og:site_name" content="Valley Times">
        <meta property="og:image" content="//img.example.net/bread.jpg">
        <meta property="og:url" content="https://valley.example.net/bakery">
        <meta property="article:published_time" content="2021-06-01T12:00:00+02:00">
        <meta property="article:modified_time" content="2021-06-02T09:15:00+02:00">
        <meta property="article:author" content="https://valley.example.net/staff/jo">
        <meta name="author" content="Jo Marsh">`),
      'https://valley.example.net/bakery?ref=x',
    );
    expect(d.title).toBe('Bakery wins regional prize');
    expect(d.description).toBe('A small bakery took first place.');
    expect(d.siteName).toBe('Valley Times');
    expect(d.image).toBe('https://img.example.net/bread.jpg');
    expect(d.canonicalUrl).toBe('https://valley.example.net/bakery');
    expect(d.published).toBe('2021-06-01T12:00:00+02:00');
    expect(d.modified).toBe('2021-06-02T09:15:00+02:00');
    expect(d.authors).toEqual(['Jo Marsh']);
  });

  it('takes article:author when it is a name', () => {
    const d = parseHtml(page('<meta property="article:author" content="Priya Natarajan">'), null);
    expect(d.authors).toEqual(['Priya Natarajan']);
  });

  it('reads twitter cards', () => {
    const d = parseHtml(page('<meta name="twitter:title" content="Tram line opens"><meta name="twitter:description" content="Riders cheer."><meta name="twitter:image" content="/t.jpg">'), 'https://city.example.com/x');
    expect(d.title).toBe('Tram line opens');
    expect(d.description).toBe('Riders cheer.');
    expect(d.image).toBe('https://city.example.com/t.jpg');
  });

  it('reads Dublin Core', () => {
    const d = parseHtml(page('<meta name="DC.title" content="Survey of alpine lakes"><meta name="dc.date" content="2019-08-14"><meta name="dc.creator" content="Lena Hofmann">'), null);
    expect(d.title).toBe('Survey of alpine lakes');
    expect(d.published).toBe('2019-08-14');
    expect(d.authors).toEqual(['Lena Hofmann']);
  });

  it('reads itemprop microdata', () => {
    const d = parseHtml(
      page('', `<article itemscope itemtype="https://schema.org/Article"><h1 itemprop="headline">Robots learn to fold laundry</h1>
        <span itemprop="author" itemscope><span itemprop="name">Kwame Asante</span></span>
        <meta itemprop="datePublished" content="2020-02-29T07:00:00Z"><p>Text.</p></article>`),
      null,
    );
    expect(d.title).toBe('Robots learn to fold laundry');
    expect(d.authors).toEqual(['Kwame Asante']);
    expect(d.published).toBe('2020-02-29T07:00:00Z');
  });

  it('reads Parse.ly and Sailthru', () => {
    const p = parseHtml(page('<meta name="parsely-title" content="Orchard harvest"><meta name="parsely-pub-date" content="2018-10-01T05:00:00Z"><meta name="parsely-author" content="Elif Demir">'), null);
    expect(p.title).toBe('Orchard harvest');
    expect(p.published).toBe('2018-10-01T05:00:00Z');
    expect(p.authors).toEqual(['Elif Demir']);
    const s = parseHtml(page('<meta name="sailthru.date" content="2017-03-09 14:20:00"><meta name="sailthru.author" content="Sam Whitfield">'), null);
    expect(s.published).toBe('2017-03-09T14:20:00');
    expect(s.authors).toEqual(['Sam Whitfield']);
  });

  it('reads <time datetime> in the article header, canonical link, html lang, then <title>', () => {
    const d = parseHtml(
      page(
        '<title>Council approves budget - Riverside Post</title><link rel="canonical" href="/2020/budget">',
        '<header class="site"><time datetime="2015-01-01">Site launch</time></header><article><header><h1>Council approves budget</h1><time datetime="2020-05-04T18:00:00-05:00">May 4</time></header><p>Body.</p></article>',
        'lang="es-MX"',
      ),
      'https://riverside.example.com/2020/budget?utm=1',
    );
    expect(d.published).toBe('2020-05-04T18:00:00-05:00');
    expect(d.canonicalUrl).toBe('https://riverside.example.com/2020/budget');
    expect(d.language).toBe('es');
    expect(d.title).toBe('Council approves budget');
  });

  it('reads content-language when html has no lang, else null', () => {
    expect(parseHtml(page('<meta http-equiv="Content-Language" content="de-AT">'), null).language).toBe('de');
    expect(parseHtml(page(''), null).language).toBeNull();
  });
});

describe('title', () => {
  it('strips the site name as suffix or prefix', () => {
    expect(cleanTitle('Storm closes harbor | Coastline News', ['Coastline News'], null, [])).toBe('Storm closes harbor');
    expect(cleanTitle('Storm closes harbor - Coastline News', ['Coastline News'], null, [])).toBe('Storm closes harbor');
    expect(cleanTitle('Coastline News: Storm closes the old harbor', ['Coastline News'], null, [])).toBe('Storm closes the old harbor');
    expect(cleanTitle('Storm closes the old harbor | coastline.example', [], 'www.coastline.example', [])).toBe('Storm closes the old harbor');
  });
  it('prefers the H1 when the meta title is a longer variant', () => {
    const d = parseHtml(page('<meta property="og:title" content="Storm closes harbor for third day as winds reach 90 km/h - Live"><title>x</title>', '<h1>Storm closes harbor for third day</h1><p>Body.</p>'), null);
    expect(d.title).toBe('Storm closes harbor for third day');
  });
  it('never returns the site name alone', () => {
    const d = parseHtml(page('<meta property="og:site_name" content="Coastline News"><title>Coastline News</title>', '<h1>Coastline News</h1>'), null);
    expect(d.title).toBeNull();
  });
});

describe('authors', () => {
  it('strips By, job titles, dates, URLs and splits co-authors', () => {
    expect(cleanAuthors(['By Jane Doe and John Roe, Staff Writers'])).toEqual(['Jane Doe', 'John Roe']);
    expect(cleanAuthors(['By Hana Sato | March 3, 2021'])).toEqual(['Hana Sato']);
    expect(cleanAuthors(['Luis Ortega, Correspondent'])).toEqual(['Luis Ortega']);
    expect(cleanAuthors(['Ruth Byrne & Omar Haddad', 'ruth byrne'])).toEqual(['Ruth Byrne', 'Omar Haddad']);
    expect(cleanAuthors(['https://example.com/people/x'])).toEqual([]);
  });
  it('finds a byline in the page when no metadata names the author', () => {
    const d = parseHtml(page('', '<article><div class="byline">By Greta Nilsen</div><p>Text.</p></article>'), null);
    expect(d.authors).toEqual(['Greta Nilsen']);
  });
});

describe('dates', () => {
  it('keeps ISO values as given and normalizes other formats', () => {
    expect(normalizeDate('2021-07-04T10:20:30.000+01:00')).toBe('2021-07-04T10:20:30.000+01:00');
    expect(normalizeDate('2021-07-04')).toBe('2021-07-04');
    expect(normalizeDate('2021-07-04 10:20')).toBe('2021-07-04T10:20:00');
    expect(normalizeDate('Sun, 04 Jul 2021 10:20:30 GMT')).toBe('2021-07-04T10:20:30Z');
    expect(normalizeDate('July 4, 2021')).toBe('2021-07-04');
    expect(normalizeDate('4 July 2021')).toBe('2021-07-04');
    expect(normalizeDate('04.07.2021')).toBe('2021-07-04');
    expect(normalizeDate('20210704')).toBe('2021-07-04');
    expect(normalizeDate('© 2021')).toBeNull();
    expect(normalizeDate('2021-02-30')).toBeNull();
  });
  it('keeps published and modified apart', () => {
    const d = parseHtml(page('<meta property="article:modified_time" content="2022-01-02"><meta property="article:published_time" content="2021-12-31">'), null);
    expect(d.published).toBe('2021-12-31');
    expect(d.modified).toBe('2022-01-02');
  });
  it('takes a <time pubdate> as the publication date even when its class says "updated"', () => {
    const body = '<article><p>Story text that is long enough to count as the body of the page.</p><footer><time class="updated" datetime="2020-05-06T07:08:09+00:00" pubdate>6 May</time></footer></article>';
    const d = parseHtml(page('', body), null);
    expect(d.published).toBe('2020-05-06T07:08:09+00:00');
    expect(d.modified).toBeNull();
  });
  it('uses a URL date, never a copyright year or today', () => {
    expect(dateFromUrl('https://x.example/news/2019/11/23/story')).toBe('2019-11-23');
    const d = parseHtml(page('', '<p>Text.</p><footer>© 2023 Example</footer>'), 'https://x.example/story');
    expect(d.published).toBeNull();
  });
});

describe('page-text evidence', () => {
  it('reads "By <a>Name</a>" and a visible date when metadata is missing', () => {
    const d = parseHtml(page('', '<main><h1>Ferry schedule changes</h1><div class="x1"><span>By</span><div><a href="/p/ines">Ines Valdez</a></div></div><span>March 9, 2021</span><p>Text.</p></main>'), null);
    expect(d.authors).toEqual(['Ines Valdez']);
    expect(d.published).toBe('2021-03-09');
  });
  it('picks the JSON-LD name over headline when only the name matches the page title', () => {
    const ld = { '@type': 'Article', name: 'Quokka', headline: 'small marsupial of Western Australia' };
    const d = parseHtml(page(`<title>Quokka - Field Guide</title><script type="application/ld+json">${JSON.stringify(ld)}</script>`), null);
    expect(d.title).toBe('Quokka');
  });
  it('splits RDFa property lists and reads dc: prefixes', () => {
    const d = parseHtml(page('<title>Element title</title><meta property="x:title dc:title" content="Meta title here"><meta property="dc:creator" content="Bea Lindgren">'), null);
    expect(d.title).toBe('Meta title here');
    expect(d.authors).toEqual(['Bea Lindgren']);
  });
});
