import { describe, expect, it } from 'vitest';
import { parseHtml, cleanAuthors } from '../../../src/engine/html/index';
import { givenFirst } from '../../../src/engine/html/authors';
import { page } from '../../helpers/pages';

const para = '<p>The harbour committee met on Tuesday to discuss the new ferry timetable and the winter repairs.</p>';

describe('authors: where the byline is', () => {
  it('reads the byline of a page whose body class names its sidebar layout', () => {
    const d = parseHtml(
      page(
        '<title>Ferry times</title>',
        `<div class="site"><article class="post hentry"><header><h1>Ferry times</h1><div class="entry-meta"><span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/jd/">JD</a></span></span></div></header>${para}</article><div class="widget-area">Recent posts</div></div>`,
        '',
        'class="single single-post layout-sidebar-right"',
      ),
      null,
    );
    expect(d.authors).toEqual(['JD']);
  });

  it('prefers a byline under the headline to a "Von …" menu link above it', () => {
    const d = parseHtml(
      page(
        '<title>Münzen werfen</title>',
        `<div class="blogmenu"><a href="/kraut/">Von Kraut und Rüben</a><a href="/mathe/">Mathewelt</a></div><h1>Münzen werfen</h1><div class="entry-meta">Von <a href="/author/ottokar/" rel="author">Ottokar Quast</a> / 6. November 2023</div>${para}`,
      ),
      null,
    );
    expect(d.authors).toEqual(['Ottokar Quast']);
  });

  it('takes the byline author, not every author of the teaser cards marked up with microdata', () => {
    const card = (n: string) => `<div class="card"><h3><a href="/p">Another story</a></h3><span itemprop="author"><span class="author-name">by <a href="/a">${n}</a></span></span></div>`;
    const d = parseHtml(
      page(
        '<title>Rust at work</title>',
        `<article><h1>Rust at work</h1><div class="meta"><span itemprop="author"><span class="author-name">by <a href="/authors/jdoe">Jane Doe</a></span></span></div>${para}</article><section class="more">${card('John Roe')}${card('Ann Poe')}${card('Rick Moe')}</section>`,
      ),
      null,
    );
    expect(d.authors).toEqual(['Jane Doe']);
  });
});

describe('authors: cleaning', () => {
  it('cuts a date or reading time glued to the last name', () => {
    expect(cleanAuthors(['Ana Pérez, Luis Gómez y Marta RuizHace 3 horas Tiempo de lectura: 8 minutos'])).toEqual(['Ana Pérez', 'Luis Gómez', 'Marta Ruiz']);
    expect(cleanAuthors(['Jane DoeUpdated 5 min ago'])).toEqual(['Jane Doe']);
    // a capital inside a surname stays
    expect(cleanAuthors(['Mary McDonald'])).toEqual(['Mary McDonald']);
  });

  it('drops what a byline calls the piece before the name (a press release, a guest post, a comment)', () => {
    expect(cleanAuthors(['Pressemitteilung von Jana Roth'])).toEqual(['Jana Roth']);
    expect(cleanAuthors(['Ein Gastbeitrag von Jana Roth'])).toEqual(['Jana Roth']);
    expect(cleanAuthors(['Kommentar von Jana Roth'])).toEqual(['Jana Roth']);
    expect(cleanAuthors(['A guest post by Jane Doe'])).toEqual(['Jane Doe']);
    expect(cleanAuthors(['Press release by Jane Doe'])).toEqual(['Jane Doe']);
  });

  it('splits two personal names joined by a dash', () => {
    expect(cleanAuthors(['Matthias Holm - Lukas Brand'])).toEqual(['Matthias Holm', 'Lukas Brand']);
    expect(cleanAuthors(['Matthias Holm – Lukas Brand – Jana Roth'])).toEqual(['Matthias Holm', 'Lukas Brand', 'Jana Roth']);
    // a double-barrelled name or a name and a title stays one
    expect(cleanAuthors(['Anna Schmidt-Weber'])).toEqual(['Anna Schmidt-Weber']);
    expect(cleanAuthors(['Jane Doe - Staff Writer'])).toEqual(['Jane Doe']);
  });

  it('drops "last updated" with its date after the name', () => {
    expect(cleanAuthors(['By Jane Doe last updated 4 April 17'])).toEqual(['Jane Doe']);
    expect(cleanAuthors(['Von Jana Roth zuletzt aktualisiert am 3. März 2021'])).toEqual(['Jana Roth']);
  });

  it('keeps all names of a byline whose last name runs into the time', () => {
    const d = parseHtml(
      page(
        '<title>La agenda</title>',
        `<h1>La agenda</h1><div class="byline"><div class="name"><a href="/autor/ana">Ana Pérez</a><span>, </span><a href="/autor/luis">Luis Gómez</a><span> y </span><a href="/autor/marta">Marta Ruiz</a></div><time>Hace 13 horas</time></div>${para}`,
      ),
      null,
    );
    expect(d.authors).toEqual(['Ana Pérez', 'Luis Gómez', 'Marta Ruiz']);
  });
});

describe('authors: not people', () => {
  it('drops a place written after the names (a dateline)', () => {
    expect(cleanAuthors(['Jane Doe, London'])).toEqual(['Jane Doe']);
    expect(cleanAuthors(['harbourtimes.example, Heidelberg, Germany'])).toEqual([]);
    // a given name that is also a country stays
    expect(cleanAuthors(['Jordan'], true)).toEqual(['Jordan']);
  });
});

describe('authors: sources', () => {
  it('keeps an author who is also the site name when it is a personal name', () => {
    const d = parseHtml(page('<title>Yellow coats</title><meta property="og:site_name" content="Pamela Quill"><meta name="author" content="Pamela Quill">', `<h1>Yellow coats</h1>${para}`), null);
    expect(d.authors).toEqual(['Pamela Quill']);
    const org = parseHtml(page('<title>Yellow coats</title><meta property="og:site_name" content="Harbour Post"><meta name="author" content="Harbour Post">', `<h1>Yellow coats</h1>${para}`), null);
    expect(org.authors).toEqual([]);
    // a given name first, but a country after it: a business
    const shop = parseHtml(page('<title>Green beans</title><meta property="og:site_name" content="Sunny Tea Germany"><meta name="author" content="Sunny Tea Germany">', `<h1>Green beans</h1>${para}`), null);
    expect(shop.authors).toEqual([]);
  });

  it('falls back on a copyright line naming a person', () => {
    const d = parseHtml(page('<title>Notes on tea</title>', `<h1>Notes on tea</h1>${para}<div id="footer"><p>Copyright (c) 2012- Gregor Szabo. All rights reserved.</p></div>`), null);
    expect(d.authors).toEqual(['Gregor Szabo']);
    const cc = parseHtml(page('<title>Notes on tea</title>', `<h1>Notes on tea</h1>${para}<div id="credits"><small>(CC) 2006-2008 by Martin Wexford<br> Hosted by Example Hosting</small></div>`), null);
    expect(cc.authors).toEqual(['Martin Wexford']);
  });

  it('finds the copyright line that closes a long page, reading only the end of the page', () => {
    const filler = '<ul>' + '<li><a href="/t">Tide table</a></li>'.repeat(3000) + '</ul>';
    const end = parseHtml(page('<title>Notes on tea</title>', `<h1>Notes on tea</h1>${para}${filler}<div id="footer"><p>© 2019 Gregor Szabo</p></div>`), null);
    expect(end.authors).toEqual(['Gregor Szabo']);
    const buried = parseHtml(page('<title>Notes on tea</title>', `<h1>Notes on tea</h1>${para}<p>© 2019 Gregor Szabo</p>${filler}`), null);
    expect(buried.authors).toEqual([]);
  });

  it('takes no organisation from a copyright line, and no copyright holder over a byline', () => {
    const org = parseHtml(page('<title>Notes on tea</title>', `<h1>Notes on tea</h1>${para}<footer><p>© 2020 Harbour Media Group. All rights reserved.</p></footer>`), null);
    expect(org.authors).toEqual([]);
    // A company named after its founder: a given name and a business word.
    for (const holder of ['Mara Enterprises', 'Lena Holdings', 'Otto Publishing']) {
      const co = parseHtml(page('<title>Notes on tea</title>', `<h1>Notes on tea</h1>${para}<footer><p>© 2020 ${holder}. All rights reserved.</p></footer>`), null);
      expect(co.authors).toEqual([]);
    }
    const by = parseHtml(page('<title>Notes on tea</title>', `<h1>Notes on tea</h1><p class="byline">By Lena Ortmann</p>${para}<footer><p>© 2020 Gregor Szabo</p></footer>`), null);
    expect(by.authors).toEqual(['Lena Ortmann']);
  });

  it('takes no photographer from a photo credit "© Name / Agency" near the end', () => {
    const d = parseHtml(page('<title>Notes on tea</title>', `<h1>Notes on tea</h1>${para}<div class="gallery"><img src="/t.jpg"><span>© Gregor Szabo / Harbour Agency</span></div>`), null);
    expect(d.authors).toEqual([]);
  });

  it('reads an "Autoren" credit without a colon', () => {
    const d = parseHtml(page('<title>Sperrfristen</title>', `<h1>Sperrfristen</h1>${para}<p>Autoren Jelena Brandt und Tobias Kraemer</p>`), null);
    expect(d.authors).toEqual(['Jelena Brandt', 'Tobias Kraemer']);
  });

  it('resolves article:author profile addresses through the page\'s author links', () => {
    const d = parseHtml(
      page(
        '<title>Tech layoffs</title><meta property="article:author" content="https://news.example/profile/jane-doe,https://news.example/profile/john-roe">',
        `<h1>Tech layoffs</h1><p class="byline"><a rel="author" href="https://news.example/profile/jane-doe">Jane Doe</a> and <a rel="author" href="https://news.example/profile/john-roe">John Roe</a> in San Francisco</p>${para}<aside><a rel="author" href="https://news.example/profile/ann-poe">Ann Poe</a></aside>`,
      ),
      null,
    );
    expect(d.authors).toEqual(['Jane Doe', 'John Roe']);
  });

  it('takes a Dublin Core creator given both as property and as name once, the property first', () => {
    const d = parseHtml(page('<title>Tides</title><meta name="DC.creator" content="John Roe"><meta property="dc:creator" content="Jane Doe">', `<h1>Tides</h1>${para}`), null);
    expect(d.authors).toEqual(['Jane Doe']);
  });
});

describe('authors: catalogue fields write "Surname, Given"', () => {
  it('reads a Dublin Core creator "Surname, Given" as one person, given name first', () => {
    const d = parseHtml(page('<title>Tides</title><meta name="DC.creator" content="Okafor, Tamsin">', `<h1>Tides</h1>${para}`), null);
    expect(d.authors).toEqual(['Tamsin Okafor']);
  });

  it('keeps initials and trailing particles with the given names', () => {
    const d = parseHtml(
      page('<title>Tides</title><meta name="DC.Creator" content="Lindqvist, B."><meta name="DC.Creator" content="Berg, Anna van">', `<h1>Tides</h1>${para}`),
      null,
    );
    expect(d.authors).toEqual(['B. Lindqvist', 'Anna van Berg']);
  });

  it('keeps the full stop of a final initial or of "Jr." and "Sr.", and drops any other', () => {
    expect(cleanAuthors(['By Perry Oduya Jr.', 'Nicolas Ferrand C.', 'Lena Hofmann Sr.,', 'Jane Doe.', 'Tom Berg. |'])).toEqual([
      'Perry Oduya Jr.',
      'Nicolas Ferrand C.',
      'Lena Hofmann Sr.',
      'Jane Doe',
      'Tom Berg',
    ]);
  });

  it('reads citation_author the same way', () => {
    const d = parseHtml(page('<title>Alpine lakes</title><meta name="citation_author" content="Hofmann, Lena M.">', `<h1>Alpine lakes</h1>${para}`), null);
    expect(d.authors).toEqual(['Lena M. Hofmann']);
  });

  it('leaves a comma list of full names as co-authors', () => {
    const d = parseHtml(page('<title>Tides</title><meta name="dc.creator" content="Jane Doe, John Roe">', `<h1>Tides</h1>${para}`), null);
    expect(d.authors).toEqual(['Jane Doe', 'John Roe']);
  });
});

describe('givenFirst', () => {
  it('turns "Surname, Given" round and leaves anything else as it is', () => {
    expect(givenFirst('Kooman, F.')).toBe('F. Kooman');
    expect(givenFirst('Smith, J. R.')).toBe('J. R. Smith');
    expect(givenFirst('Jong, Michiel de')).toBe('Michiel de Jong');
    expect(givenFirst('de Jong, Michiel')).toBe('Michiel de Jong');
    expect(givenFirst('Müller-Lüdenscheidt, Hans Peter')).toBe('Hans Peter Müller-Lüdenscheidt');
    expect(givenFirst('Jane Doe, John Roe')).toBe('Jane Doe, John Roe');
    expect(givenFirst('Reuters, AP')).toBe('Reuters, AP');
    expect(givenFirst('Jane Doe')).toBe('Jane Doe');
    expect(givenFirst('Doe, Jane, Roe, John')).toBe('Doe, Jane, Roe, John');
  });
});
