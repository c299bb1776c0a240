import { describe, expect, it } from 'vitest';
import { parseHtml, normalizeDate, cleanAuthors, cleanTitle } from '../../../src/engine/html/index';
import { page, ld } from '../../helpers/pages';

describe('title: site names, logos and section words', () => {
  it('takes a property= meta over the same key given as name=', () => {
    const d = parseHtml(page('<meta name="dc.title" content="Name form of the title"><meta property="dc:title" content="Property form of the title">'), null);
    expect(d.title).toBe('Property form of the title');
  });
  it('reads a logo h1 that repeats the last segment of <title> as the site name', () => {
    const d = parseHtml(page('<title>Quince jelly without pectin | Pantry Notebook</title>', '<h1>Pantry Notebook</h1><p>Cook the quinces slowly.</p>'), null);
    expect(d.title).toBe('Quince jelly without pectin');
  });
  it('drops the site and an archive word in a hierarchical title', () => {
    const d = parseHtml(page('<title>Marlow Tinkers » Blog Archive » Soldering a loose jack socket</title>', '<h1>Marlow Tinkers</h1><p>Heat the joint first.</p>'), 'https://marlowtinkers.example/2020/jack');
    expect(d.title).toBe('Soldering a loose jack socket');
  });
  it('drops an end segment holding a host label', () => {
    expect(cleanTitle('Lanterns light the old quay again - Quayside Forum', [], 'forum.quayside.example', [])).toBe('Lanterns light the old quay again');
    // but not a segment that only mentions the site inside a sentence with digits
    expect(cleanTitle('Quayside 2021 report - what changed', [], 'quayside.example', [])).toBe('Quayside 2021 report - what changed');
  });
  it('drops a known site name glued to the title without spaces', () => {
    expect(cleanTitle('Kettle descaling explained:Hearth Weekly', ['Hearth Weekly'], null, [])).toBe('Kettle descaling explained');
  });
  it('drops a Chinese site or section name at the end, glued or spaced', () => {
    expect(cleanTitle('港口城市今天举行龙舟比赛！-江城网', [], null, [])).toBe('港口城市今天举行龙舟比赛！');
    expect(cleanTitle('夜市重新开放的第一个周末_本地新闻_江城网', [], null, [])).toBe('夜市重新开放的第一个周末');
    expect(cleanTitle('东门-西门公交线路调整 | 江城日报', [], null, [])).toBe('东门-西门公交线路调整');
    expect(cleanTitle('新开的书店里可以借到旧唱片_文化_江城晚报', [], null, [])).toBe('新开的书店里可以借到旧唱片');
    // without a site name after it, a short tail may be the headline's own
    expect(cleanTitle('新开的书店里可以借到旧唱片_文化', [], null, [])).toBe('新开的书店里可以借到旧唱片_文化');
    // a dash inside the headline, or a tail that names no site, stays
    expect(cleanTitle('东门至西门-第二阶段', [], null, [])).toBe('东门至西门-第二阶段');
    expect(cleanTitle('江城-新闻网', [], null, [])).toBe('江城-新闻网');
  });
  it('compares site names without a leading article', () => {
    expect(cleanTitle('Harbour ferries resume service | Harbour Herald', ['The Harbour Herald'], null, [])).toBe('Harbour ferries resume service');
  });
  it('prefers the h1 that repeats <title> over a differently worded og:title', () => {
    const d = parseHtml(
      page('<meta property="og:title" content="Why tram fares are going up again next spring"><title>Tram fares rise in April | Metro Daily</title>', '<article><h1>Tram fares rise in April</h1><p>Body.</p></article>'),
      null,
    );
    expect(d.title).toBe('Tram fares rise in April');
  });
  it('keeps the meta title when the h1 glues a kicker block to it, takes a fuller h1 otherwise', () => {
    const kicker = parseHtml(
      page('<meta property="og:title" content="Orchard owners plant rare pear trees">', '<article><h1><span class="kicker">Heritage fruit</span><span>Orchard owners plant rare pear trees</span></h1><p>Body.</p></article>'),
      null,
    );
    expect(kicker.title).toBe('Orchard owners plant rare pear trees');
    const fuller = parseHtml(
      page('<meta property="og:title" content="Orchard owners plant rare pear trees">', '<article><h1>Orchard owners plant rare pear trees along the river</h1><p>Body.</p></article>'),
      null,
    );
    expect(fuller.title).toBe('Orchard owners plant rare pear trees along the river');
  });
  it('does not take application-name as the site name when it repeats the page title', () => {
    const d = parseHtml(page('<meta name="application-name" content="Students return to crowded halls"><title>Students return to crowded halls</title>', '<h1>Students return to crowded halls</h1><p>Body.</p>'), null);
    expect(d.title).toBe('Students return to crowded halls');
    expect(d.siteName).toBeNull();
  });
});

describe('authors: structured sources', () => {
  it('reads the author of a WebPage object and resolves @id references', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', '@id': '#page', name: 'Notes', author: { '@id': '#p1' }, datePublished: '2021-02-03T10:00:00+01:00' },
        { '@type': 'Person', '@id': '#p1', name: 'Odile Ferrant' },
      ],
    };
    expect(parseHtml(page(ld(graph)), null).authors).toEqual(['Odile Ferrant']);
  });
  it('keeps a Person author whose name is also the site name (a personal blog)', () => {
    const graph = {
      '@graph': [
        { '@type': ['Person', 'Organization'], '@id': '#me', name: 'Ivo Sandberg' },
        { '@type': 'BlogPosting', headline: 'Winter bees', author: { '@id': '#me' }, publisher: { '@id': '#me' } },
      ],
    };
    const d = parseHtml(page(`<meta property="og:site_name" content="Ivo Sandberg">${ld(graph)}`), null);
    expect(d.authors).toEqual(['Ivo Sandberg']);
  });
  it('decodes character references inside JSON-LD strings', () => {
    const d = parseHtml(page(ld({ '@type': 'NewsArticle', headline: 'Caf&eacute; reopens', author: { '@type': 'Person', name: 'Jos&eacute; Ibarra' } })), null);
    expect(d.title).toBe('Café reopens');
    expect(d.authors).toEqual(['José Ibarra']);
  });
  it('prefers article:author and dc:creator over a publisher given as author', () => {
    expect(parseHtml(page('<meta name="author" content="Lantern Media Group"><meta property="article:author" content="Rhea Castellano">'), null).authors).toEqual(['Rhea Castellano']);
    expect(parseHtml(page('<meta name="author" content="Lantern Media Group"><meta name="dc.creator" content="Tamsin Okafor">'), null).authors).toEqual(['Tamsin Okafor']);
  });
});

describe('authors: cleaning', () => {
  it('refuses organizations with a legal form or association word', () => {
    expect(cleanAuthors(['Friends of the Moor e.V.'])).toEqual([]);
    expect(cleanAuthors(['Brightwater Verlag GmbH'])).toEqual([]);
    expect(cleanAuthors(['Ines Kaltenbach'])).toEqual(['Ines Kaltenbach']);
  });
  it('drops a trailing date, a link label and a doubled By', () => {
    expect(cleanAuthors(['Byby NOOR HADID, PAUL MERCER and LENA ROSS December 16, 2016, 4:19 PM'])).toEqual(['NOOR HADID', 'PAUL MERCER', 'LENA ROSS']);
    expect(cleanAuthors(['Wiebke Solberg Alle Artikel'])).toEqual(['Wiebke Solberg']);
    expect(cleanAuthors(['Arvid Lunde 12.03.2021'])).toEqual(['Arvid Lunde']);
  });
  it('reads a byline label with leading punctuation and "Erstellt von"', () => {
    const a = parseHtml(page('<title>Post</title>', '<article><h1>A post on pears</h1><div class="m"><span>| By </span><span>Cleo Marchetti</span></div><p>Text.</p></article>'), null);
    expect(a.authors).toEqual(['Cleo Marchetti']);
    const b = parseHtml(page('<title>Post</title>', '<article><h1>Ein Beitrag</h1><p class="x">Erstellt von <a href="/u/f">Falk Renner</a> am 6. Mai 2014</p><p>Text.</p></article>'), null);
    expect(b.authors).toEqual(['Falk Renner']);
  });
  it('reads "By Name | date" written in the text', () => {
    const d = parseHtml(page('<title>Post</title>', '<article><h1>Green deal</h1><p>By Giulia Sartori | 12/10/2020</p><p>Text of the post.</p></article>'), null);
    expect(d.authors).toEqual(['Giulia Sartori']);
  });
});

describe('dates: offsets and formats', () => {
  it('keeps the offset of RFC 2822 and C-style dates', () => {
    expect(normalizeDate('Sat, 19 Oct 2019 00:04:00 +0200')).toBe('2019-10-19T00:04:00+02:00');
    expect(normalizeDate('Mon Aug 03 12:45:00 EDT 2015')).toBe('2015-08-03T12:45:00-04:00');
  });
  it('reads Russian month names and a day glued to a German month', () => {
    expect(normalizeDate('15 августа 2016, 13:43', true)).toBe('2016-08-15');
    expect(normalizeDate('8.Dezember 2010 um 09:43', true)).toBe('2010-12-08');
  });
  it('writes a UTC instant in the page offset given elsewhere for the same instant', () => {
    const d = parseHtml(page('<meta property="article:published_time" content="2022-05-04T03:37:37+00:00">', '<article><time datetime="2022-05-03T23:37:37-04:00">May 3</time><p>Text.</p></article>'), null);
    expect(d.published).toBe('2022-05-03T23:37:37-04:00');
  });
  it('infers the offset from a visible local time of the same instant', () => {
    const d = parseHtml(
      page('<meta property="article:published_time" content="2020-02-25T02:25:54Z">', '<article><h1>Quarry closes</h1><div class="date">February 24, 2020 | 9:25pm</div><p>Text.</p></article>'),
      null,
    );
    expect(d.published).toBe('2020-02-24T21:25:54-05:00');
  });
  it('prefers a date labelled as published and ignores the current time', () => {
    const d = parseHtml(
      page('<title>Notice</title>', '<div class="date">Aktuelle Zeit: 14.10.2020, 12:18</div><article><h1>Notice</h1><div class="meta"><span class="date">2023-11-03</span><span class="date">Written: 2023-11-07 15:03</span></div><p>Text.</p></article>'),
      null,
    );
    expect(d.published?.slice(0, 10)).toBe('2023-11-07');
  });
});

describe('meta values escaped twice', () => {
  it('decodes entities a CMS escaped twice in meta content, as JSON-LD values are', () => {
    const d = parseHtml(
      page(
        '<title>x</title><meta property="og:title" content="Fish &amp;amp; Chips in &amp;quot;Harbour Row&amp;quot;">' +
          '<meta name="description" content="The stall&amp;#39;s queue &amp;#x1F41F; &amp;#128031; &amp;#xg; stays">' +
          '<meta property="og:site_name" content="Harbour &amp;amp; Hill">',
      ),
      null,
    );
    expect(d.title).toBe('Fish & Chips in "Harbour Row"');
    expect(d.description).toBe("The stall's queue 🐟 🐟 &#xg; stays");
    expect(d.siteName).toBe('Harbour & Hill');
  });

  it('leaves content escaped once as it is', () => {
    const d = parseHtml(page('<meta name="description" content="Salt &amp; pepper, 5 &lt; 6">'), null);
    expect(d.description).toBe('Salt & pepper, 5 < 6');
  });
});

describe('description fallback', () => {
  it('takes the first prose paragraph of the body when the page gives no description', () => {
    const body =
      '<article><h1>Harbour</h1><div>The harbour committee met on Tuesday to discuss the winter ferry timetable.</div>' +
      '<div>It will publish the new times next week, after a vote.</div></article>';
    const d = parseHtml(page('<title>Harbour</title>', body), null);
    expect(d.description).toBe('The harbour committee met on Tuesday to discuss the winter ferry timetable.');
  });

  it('skips a paragraph that repeats the headline or is a short label, and prefers the page description', () => {
    const body =
      '<article><div>Harbour news</div><div>Links</div><div>The harbour committee met on Tuesday to discuss the winter ferry timetable.</div>' +
      '<div>It will publish the new times next week, after a vote of the full council.</div></article>';
    expect(parseHtml(page('<title>Harbour news</title>', body), null).description).toBe(
      'The harbour committee met on Tuesday to discuss the winter ferry timetable.',
    );
    expect(parseHtml(page('<title>Harbour news</title><meta name="description" content="Ferry times change.">', body), null).description).toBe('Ferry times change.');
  });
});

describe('description fallback: prose only', () => {
  it('takes no heading, link line or preformatted block for a description', () => {
    const body =
      '<article><h2>A long subheading that runs on but: ends without a stop</h2><p>See: https://harbour.example/notes/2021/ferry</p>' +
      '<pre>FERRY   TIMES\n  08:00   harbour\n  09:00   island</pre><div>The committee met on Tuesday.\n  It voted on the timetable.</div></article>';
    expect(parseHtml(page('<title>Harbour</title>', body), null).description).toBe('The committee met on Tuesday. It voted on the timetable.');
  });
});

describe('description: no site name, no placeholder', () => {
  it('passes over a description that is the site name or a CMS placeholder', () => {
    const body = '<article><h1>Harbour</h1><p>The harbour committee met on Tuesday to discuss the winter ferry timetable.</p></article>';
    const site = parseHtml(page('<title>Harbour | Harbour Post</title><meta property="og:site_name" content="Harbour Post"><meta property="og:description" content="Harbour Post">', body), null);
    expect(site.description).toBe('The harbour committee met on Tuesday to discuss the winter ferry timetable.');
    const placeholder = parseHtml(page('<title>Harbour</title><meta property="og:description" content="Visit the post for more."><meta name="description" content="Ferry times change in winter.">', body), null);
    expect(placeholder.description).toBe('Ferry times change in winter.');
  });

  it('reads a microdata description of the article, not the one of its author or publisher', () => {
    const lead = 'The harbour committee met on Tuesday to discuss the winter ferry timetable.';
    const author = '<div itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Jana Muster</span><div itemprop="description"><p>Jana writes about boats and weather.</p></div></div>';
    const body = `<article itemscope itemtype="https://schema.org/NewsArticle"><h1>Harbour</h1>${author}<p>${lead}</p></article>`;
    const d = parseHtml(page('<title>Harbour</title>', body), null);
    expect(d.description).toBe(lead);
    expect(d.authors).toEqual(['Jana Muster']);
    // a byline's time set inside the author's scope is still the article's
    const timed = body.replace('<span itemprop="name">Jana Muster</span>', '<span itemprop="name">Jana Muster</span><time itemprop="datePublished" content="2024-01-09T10:00:00+01:00">9 Jan</time><meta itemprop="dateModified" content="2024-01-10T08:00:00+01:00">');
    expect(parseHtml(page('<title>Harbour</title>', timed), null)).toMatchObject({ published: '2024-01-09T10:00:00+01:00', modified: '2024-01-10T08:00:00+01:00' });
    const own = body.replace('<h1>Harbour</h1>', '<h1>Harbour</h1><p itemprop="description">Winter ferries run less often.</p>');
    expect(parseHtml(page('<title>Harbour</title>', own), null).description).toBe('Winter ferries run less often.');
    const publisher = body.replace(author, '<div itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Harbour Post</span><meta itemprop="description" content="News from the quays since 1901."><span itemprop="description">News from the quays since 1901.</span></div>');
    expect(parseHtml(page('<title>Harbour</title>', publisher), null).description).toBe(lead);
    // a profile box typed as a Person, outside any author property
    const box = body.replace(author, '').replace('</article>', '<div class="profile" itemscope itemtype="https://schema.org/Person"><div itemprop="description">Jana writes about boats and weather.</div></div></article>');
    expect(parseHtml(page('<title>Harbour</title>', box), null).description).toBe(lead);
  });

  it('cleans a description: markup and escapes written into it go, a sentence given twice is given once', () => {
    const body = '<article><h1>Harbour</h1><p>The harbour committee met on Tuesday to discuss the winter ferry timetable.</p></article>';
    const described = (meta: string) => parseHtml(page(`<title>Harbour</title>${meta}`, body), null).description;
    const cases: [string, string][] = [
      ['<meta property="og:description" content="<p>Ferries run <em>less</em> often in winter.</p>">', 'Ferries run less often in winter.'],
      ['<meta property="og:description" content="&lt;p&gt;Ferries run less often in winter.&lt;/p&gt;">', 'Ferries run less often in winter.'],
      ['<meta property="og:description" content="Ferries run less often\\n In winter the quay closes early.">', 'Ferries run less often In winter the quay closes early.'],
      ['<meta name="description" content="&quot; Ferries run less often in winter.">', 'Ferries run less often in winter.'],
      ['<meta name="description" content="&quot;We will manage,&quot; the skipper said.">', '"We will manage," the skipper said.'],
      ['<meta name="dc.description" content="Ferries run less often in winter. Ferries run less often in winter.">', 'Ferries run less often in winter.'],
      ['<meta name="description" content="When a < b and c > d, the tide wins.">', 'When a < b and c > d, the tide wins.'],
      ['<meta name="description" content="Visitors came to watch &lt;The Palace: A Tale of Boats&gt; at the quay.">', 'Visitors came to watch <The Palace: A Tale of Boats> at the quay.'],
      ['<meta name="description" content="Ferries run less often. <a class=\'more\' href=\'/x\'>Read on</a>">', 'Ferries run less often. Read on'],
    ];
    for (const [meta, want] of cases) expect(described(meta), meta).toBe(want);
  });

  it("passes over a description that is the site's name and its motto", () => {
    const lead = 'The harbour committee met on Tuesday to discuss the winter ferry timetable.';
    const body = `<article><h1>Winter ferries</h1><p>${lead}</p></article>`;
    for (const motto of ['harbourpost.example - das unabhängige Hafenportal', 'Harbour Post | News from the quays'])
      expect(parseHtml(page('<title>Winter ferries | Harbour Post</title><meta property="og:site_name" content="Harbour Post">' + `<meta name="description" content="${motto}">`, body), 'https://harbourpost.example/a').description).toBe(lead);
    const story = 'Harbour Post - The committee will vote on the timetable on Friday, after months of talks.';
    expect(parseHtml(page('<title>Winter ferries | Harbour Post</title><meta property="og:site_name" content="Harbour Post">' + `<meta name="description" content="${story}">`, body), 'https://harbourpost.example/a').description).toBe(story);
  });

  it('passes over a description that is only a byline, and keeps one that opens with "By" as a sentence', () => {
    const lead = 'The harbour committee met on Tuesday to discuss the winter ferry timetable.';
    const body = `<article><h1>Harbour</h1><p>${lead}</p></article>`;
    for (const byline of ['Written by Harbour Staff Report', 'By Jana Muster', 'Von Jana Muster und Ole Beispiel', 'Par Jeanne Exemple', 'by: HARBOUR NEWS DESK'])
      expect(parseHtml(page(`<title>Harbour</title><meta name="description" content="${byline}">`, body), null).description).toBe(lead);
    for (const sentence of ['By the end of the year, the harbour will have two new piers.', 'Von Montag an fahren die Fähren seltener.', 'By ferry to the island'])
      expect(parseHtml(page(`<title>Harbour</title><meta name="description" content="${sentence}">`, body), null).description).toBe(sentence);
  });
});

describe('unrendered template placeholders', () => {
  it('reads no title, description, site name or author from a template variable the CMS left unfilled', () => {
    const script = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"${article.title}","author":{"@type":"Person","name":"{{ author.name }}"}}</script>';
    const head = '<title>Winter ferries</title><meta property="og:site_name" content="{$plugin.tx_news.opengraph.site_name}"><meta property="og:title" content="{{ page.title }}">' +
      '<meta name="description" content="%%excerpt%%"><meta name="author" content="[[author]]">' + script;
    const d = parseHtml(page(head, '<article><h1>Winter ferries</h1><p>The harbour committee met on Tuesday to discuss the winter ferry timetable.</p></article>'), null);
    expect(d).toMatchObject({ title: 'Winter ferries', siteName: null, description: 'The harbour committee met on Tuesday to discuss the winter ferry timetable.', authors: [] });
  });
});
