import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/engine/html/index';
import { buildTree, MAX_ELEMENTS } from '../../../src/engine/html/tree';

// Invented fixtures, one per rule of the main-text stage.
const sentence = (topic: string, i: number) =>
  `Sentence ${i + 1} about ${topic}, long enough to count as prose, with commas, clauses, and a full stop at the end.`;
const paras = (n: number, topic: string) => Array.from({ length: n }, (_, i) => `<p>${sentence(topic, i)}</p>`).join('\n');

describe('page structure', () => {
  it('finds the body of a page that never closes <head> nor opens <body>', () => {
    const html = `<html><head><meta charset="utf-8"><title>Lanterns</title><link rel="stylesheet" href="/s.css">
      <div class="wrap"><div class="text">${paras(4, 'lanterns')}</div></div>`;
    const d = parseHtml(html, null);
    expect(d.title).toBe('Lanterns');
    expect(d.paragraphs).toHaveLength(4);
    expect(d.paragraphs[0]).toMatch(/^Sentence 1 about lanterns/);
  });

  it('reads the story in a page header that is never closed, and still drops a real header', () => {
    const html = `<html><body><header class="header" role="banner"><a href="#main">Skip to main content</a>
      <nav><a href="/">Home</a> <a href="/news">News</a></nav><p class="slogan">The harbour town paper, every day since 1901</p>
      <main role="main"><article><h1>Ferry timetable changes</h1>${paras(4, 'ferries')}</article></main></body></html>`;
    const d = parseHtml(html, null);
    expect(d.paragraphs[0]).toMatch(/^Sentence 1 about ferries/);
    expect(d.paragraphs).toHaveLength(4);
    const closed = `<html><body><header role="banner"><p class="slogan">The harbour town paper, every day since 1901, with news</p></header>
      <article>${paras(4, 'tides')}</article></body></html>`;
    expect(parseHtml(closed, null).paragraphs.join(' ')).not.toContain('harbour town paper');
  });

  it('reads a story set in an <aside> that holds its headline, and still drops a sidebar', () => {
    const html = `<html><head><title>Lighthouse keepers return | The Coast Paper</title></head><body><main>
      <aside class="content-wrap"><section><h1>Lighthouse keepers return</h1>${paras(4, 'lighthouses')}</section></aside>
      <aside class="sidebar"><h2>Most read</h2><p>A sidebar paragraph about something else entirely, with words enough to count.</p></aside>
      </main></body></html>`;
    const d = parseHtml(html, null);
    expect(d.paragraphs[0]).toMatch(/^Sentence 1 about lighthouses/);
    expect(d.paragraphs).toHaveLength(4);
  });

  it('reads a story whose wrapper has an unlikely class when the wrapper holds its headline and its paragraphs', () => {
    // a theme's layout wrapper named for where it sits ("above-footer") around the whole story;
    // outside it, a disclosure long enough to pass for a story on the strict pass
    const disclosure = `<section class="disclosure"><p>${sentence('the offers shown on this site and the payments we receive for them', 0)} ${sentence('the order in which they appear', 1)} ${sentence('what this site does not include', 2)} ${sentence('our advertising policy page', 3)}</p>
      <p>${sentence('the opinions here, which are the authors alone', 4)} ${sentence('the banks that have not reviewed them', 5)}</p></section>`;
    const html = `<html><head><title>Harbour ferry gets a new date | The Coast Paper</title></head><body>
      <div class="above-footer"><div class="container"><h1 class="title">Harbour ferry gets a new date</h1>
      <div class="byline">Jane Roe</div><div class="content-body">${paras(6, 'ferries')}</div></div></div>
      ${disclosure}<footer class="site-footer"><p>Home, About, Contact</p></footer></body></html>`;
    const d = parseHtml(html, null);
    expect(d.paragraphs[0]).toMatch(/^Sentence 1 about ferries/);
    expect(d.paragraphs.filter((p) => p.includes('ferries'))).toHaveLength(6);
    expect(d.paragraphs.join(' ')).not.toContain('advertising policy');
    // a page header with the headline and a standfirst is still a header
    const header = `<html><head><title>Harbour ferry gets a new date</title></head><body>
      <div class="post-header"><h1>Harbour ferry gets a new date</h1><p class="dek">${sentence('the ferry in short, as the header tells it', 0)}</p><div class="byline">By Jane Roe, staff</div></div>
      <div class="text">${paras(5, 'ferries')}</div></body></html>`;
    expect(parseHtml(header, null).paragraphs.join(' ')).not.toContain('By Jane Roe');
  });

  it('drops a skip link ("Skip to content") in the wrapper it picks, and keeps a link to a footnote', () => {
    const html = `<html><body><div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
      ${paras(4, 'owls')}<p>As the survey says<a href="#fn1">1</a>, owls are everywhere, with words enough to count as prose here.</p></div></body></html>`;
    const d = parseHtml(html, null);
    expect(d.paragraphs[0]).toMatch(/^Sentence 1 about owls/);
    expect(d.paragraphs.join(' ')).not.toContain('Skip to content');
    expect(d.paragraphs.at(-1)).toMatch(/^As the survey says1, owls/);
  });

  it('drops an advertiser or affiliate disclosure set above the story in its container', () => {
    const html = `<html><body><div class="article-wrapper">
      <section class="editorial-disclosure"><p>This post contains references to products from our advertisers, and we may be paid when you click on links to them, as our policy explains.</p></section>
      ${paras(5, 'ferries')}</div></body></html>`;
    const d = parseHtml(html, null);
    expect(d.paragraphs[0]).toMatch(/^Sentence 1 about ferries/);
    expect(d.paragraphs.join(' ')).not.toContain('advertisers');
  });

  it('drops soft hyphens, written or as entities, from the main text and its Markdown', () => {
    const html = `<html><body><article>${paras(2, 'vineyards')}<p>Mit&shy;tel&#173;al&#xAD;ter und Bo\u00adzens Hän\u00adge, where the old vines grow in long rows.</p></article></body></html>`;
    const d = parseHtml(html, null);
    expect(d.paragraphs[2]).toBe('Mittelalter und Bozens Hänge, where the old vines grow in long rows.');
    expect(d.markdown).toContain('Mittelalter und Bozens Hänge');
    expect(d.markdown).not.toContain('\u00ad');
  });

  it('reads a page wrapped in one <form> (a layout wrapper) but still drops real forms', () => {
    const html = `<html><body><form id="pageForm" method="post" action="/page">
      <input type="hidden" name="__STATE" value="abc">
      <div class="menu"><a href="/">Home</a></div>
      <div class="column">${paras(5, 'kites')}
        <form class="signup"><label>Email</label><input name="mail"><button>Join our mailing list today</button></form>
      </div></form></body></html>`;
    const d = parseHtml(html, null);
    expect(d.paragraphs).toHaveLength(5);
    expect(d.paragraphs.join(' ')).not.toContain('mailing list');
  });

  it('joins a story split over two containers of the same class, in page order', () => {
    const html = `<html><body><main>
      <section class="lead-row"><div class="body-text">${paras(2, 'glaciers')}</div></section>
      <section class="wide"><img src="/wide.jpg" alt=""><aside class="promo-box"><a href="/x">Other story</a></aside></section>
      <section class="main-row"><div class="body-text">${paras(6, 'moraines')}</div></section>
      </main></body></html>`;
    const d = parseHtml(html, null);
    expect(d.paragraphs[0]).toMatch(/^Sentence 1 about glaciers/);
    expect(d.paragraphs).toHaveLength(8);
    expect(d.paragraphs[7]).toMatch(/^Sentence 6 about moraines/);
  });

  it('does not merge the posts of a listing page (each part has its own linked headline)', () => {
    const post = (t: string, n: number) => `<div class="post"><h2><a href="/${t}">A post about ${t}</a></h2><div class="entry-content">${paras(n, t)}</div></div>`;
    const html = `<html><body><div id="content">${post('wolves', 6)}<div class="gap"><a href="/more">More</a></div>${post('bears', 2)}</div></body></html>`;
    const d = parseHtml(html, null);
    expect(d.paragraphs.some((p) => p.includes('wolves'))).toBe(true);
    expect(d.paragraphs.some((p) => p.includes('bears'))).toBe(false);
  });
});

describe('author boxes', () => {
  it('does not take an author biography for the story, even when it is longer', () => {
    const bio = `<div class="author-bio"><div class="author-description"><p>${sentence('me, the author of this blog', 0)} ${sentence('my life in the city', 1)} ${sentence('my three children', 2)} ${sentence('my favourite shoes', 3)}</p><p>${sentence('my old blog', 4)} ${sentence('my podcast', 5)}</p></div></div>`;
    const deep = (t: string) => `<div class="row"><div class="col"><div class="inner"><div class="wrap"><div class="cell"><p>${t}</p></div></div></div></div></div>`;
    const html = `<html><body><article><h1>Winter gift guide</h1>
      ${deep('Gifts I would buy for myself, and so for friends: warm, useful, good to look at. Bookends: heavy brass ones, a gift that lasts, for the friend who reads.')}
      ${deep('A wool blanket: the softest I found this year, in three colours, for cold nights. A lamp: small and warm, bright enough to read by, for a desk.')}
      ${bio}</article></body></html>`;
    const text = parseHtml(html, null).paragraphs.join(' ');
    expect(text).toContain('Bookends: heavy brass ones');
    expect(text).not.toContain('my podcast');
  });
});

describe('an author section at the end', () => {
  it('drops a closing section headed "About <name>", but not one about a thing, nor one at the start', () => {
    const tail = `<h3>About Maria Lopez</h3><p>Maria Lopez writes about harbours and ferries, and has two cats and a boat.</p>`;
    const html = `<html><body><article><div class="content"><h1>Ferries</h1>${paras(4, 'ferries')}${tail}</div></article></body></html>`;
    const text = parseHtml(html, null).paragraphs.join(' ');
    expect(text).toContain('Sentence 4 about ferries');
    expect(text).not.toMatch(/About Maria Lopez|two cats/);
    const study = html.replace(tail, '<h3>About the study</h3><p>The survey counted ferries at nine ports over two summers, by hand.</p>');
    expect(parseHtml(study, null).paragraphs.join(' ')).toContain('The survey counted ferries');
    const early = `<html><body><article><div class="content"><h1>A portrait</h1>${tail}${paras(6, 'her boat')}</div></article></body></html>`;
    expect(parseHtml(early, null).paragraphs.join(' ')).toContain('two cats');
  });

  it('takes a given name alone as a person ("Über Maria"), but not a place that is also a given name', () => {
    const html = (h: string) => `<html><body><article><div class="content"><h1>Ferries</h1>${paras(4, 'ferries')}<h3>${h}</h3><p>Maria writes about harbours and ferries, and has two cats and a boat.</p></div></article></body></html>`;
    for (const h of ['About Maria', 'Über <span itemprop="name">Maria</span>']) expect(parseHtml(html(h), null).paragraphs.join(' ')).not.toContain('two cats');
    expect(parseHtml(html('About Paris'), null).paragraphs.join(' ')).toContain('two cats');
  });
});

describe('a comments section at the end', () => {
  it('drops a closing "Comments" heading and what follows it, but not a heading with words after it, nor one at the start', () => {
    const tail = `<h3>Comments</h3><div class="fb-comments"></div><p>Advertise with the most read site in the harbour, call us today.</p><p>© 2022 Harbour News. This article is the property of Harbour News.</p>`;
    const html = `<html><body><article><div class="content"><h1>Ferries</h1>${paras(4, 'ferries')}${tail}</div></article></body></html>`;
    const text = parseHtml(html, null).paragraphs.join(' ');
    expect(text).toContain('Sentence 4 about ferries');
    expect(text).not.toMatch(/Comments|Advertise|property of Harbour News/);
    for (const h of ['Kommentare (3)', '12 Comments', 'Comentarios:', 'Leave a comment', 'Tell us what YOU think...', 'Have your say!', 'Diskutieren Sie mit'])
      expect(parseHtml(html.replace('<h3>Comments</h3>', `<h3>${h}</h3>`), null).paragraphs.join(' ')).not.toContain('Advertise');
    const topic = html.replace('<h3>Comments</h3>', '<h3>Comments from the harbour board</h3>');
    expect(parseHtml(topic, null).paragraphs.join(' ')).toContain('Advertise with the most read site');
    const early = `<html><body><article><div class="content"><h1>Ferries</h1><h3>Comments</h3>${paras(6, 'readers and ferries')}</div></article></body></html>`;
    expect(parseHtml(early, null).paragraphs.join(' ')).toContain('Sentence 5 about readers and ferries');
  });
});

describe('copyright blocks', () => {
  it('drop a photo credit set in a copyright block inside the story', () => {
    const html = `<html><body><article><div class="content"><h1>Ferries</h1>${paras(2, 'ferries')}
      <div class="image"><img src="/quay.jpg" alt="The quay"><div class="copyright">Jana Muster / Harbour Agency</div></div>${paras(2, 'piers')}</div></article></body></html>`;
    const d = parseHtml(html, null);
    expect(d.paragraphs.join(' ')).not.toContain('Harbour Agency');
    expect(d.paragraphs).toHaveLength(4);
  });
});

describe('stories with a table', () => {
  it('takes the paragraphs around a table of names whose row outscored them (columns of signers)', () => {
    const prose = (k: number) => `Part ${k} of the letter says that free debate matters, to all of us, to all of us who write for a living in the harbour towns and cities of the coast, and beyond them.`;
    const letter = Array.from({ length: 6 }, (_, k) => `<p><span style="font-size: 1.5em;">${prose(k)} ${prose(k + 1)}</span></p>`).join('\n');
    const names = (from: number, n: number) => Array.from({ length: n }, (_, k) => `<strong>Signer Number${from + k}</strong>, <span style="font-size: .8em;">Harbour College</span><br />`).join('\n');
    const table = `<table><tbody><tr><td><span>${names(0, 60)}</span></td><td><span>${names(60, 60)}</span></td></tr><tr><td><span>${names(120, 30)}</span></td></tr></tbody></table>`;
    const html = `<html><body><div class="page"><article class="post"><h1>An open letter on harbours</h1><div class="body">${letter}${table}</div></article>
      <div class="sidebar"><p>Other letters, and how to write one.</p></div></div></body></html>`;
    const text = parseHtml(html, null).paragraphs.join(' ');
    expect(text).toContain('Part 1 of the letter');
    expect(text).toContain('Signer Number149');
    expect(text).not.toContain('Other letters');
  });
});

describe('stories made of lists', () => {
  it('takes the container of a post of bullet points, not one of its lists, and not the comments', () => {
    const item = (t: string) => `<li>The ${t} team landed a fix, so <a href="/b/${t}">reports of ${t} crashes</a> should fall, and thanks go to the volunteers.</li>`;
    const html = `<html><body><div class="post"><h1>These weeks in lighthouses</h1><div class="inner">
      <h3>Highlights</h3><ul>${item('lamp')}${item('lens')}<li>Notes<ul><li>Keepers<ul><li><p>The keepers wrote up the week, with numbers.</p></li></ul></li></ul></li></ul>
      <h3>Friends of the team</h3><ul><li><a href="/u/1">Ana Lima</a></li><li><a href="/u/2">Max Stone</a></li></ul>
      <h3>Project updates</h3><ul>${item('radio')}${item('tower')}${item('stairs')}</ul></div></div>
      <section id="comments" class="section"><div class="content"><ol class="comment-list"><li class="comment hentry"><blockquote class="entry-content">
      <p>${sentence('a reader', 0)} ${sentence('a reader', 1)} ${sentence('a reader', 2)} ${sentence('a reader', 3)} ${sentence('a reader', 4)} ${sentence('a reader', 5)}</p>
      </blockquote></li></ol></div></section></body></html>`;
    const text = parseHtml(html, null).paragraphs.join(' ');
    expect(text).toContain('The radio team landed a fix');
    expect(text).toContain('The stairs team landed a fix');
    expect(text).not.toContain('about a reader');
  });
});

describe('stories set by a page builder', () => {
  const row = (topic: string, n: number) =>
    `<div class="row"><div class="col"><div class="text-column"><h2>On ${topic}</h2>${paras(n, topic)}</div></div></div>`;
  it('joins a story set in many text columns of one class, one per row, in page order', () => {
    const html = `<html><body><div class="page">${row('otters', 2)}${row('rivers', 2)}<div class="row"><img src="/a.jpg" alt=""></div>
      ${row('weirs', 6)}${row('eels', 2)}${row('nets', 2)}</div></body></html>`;
    const d = parseHtml(html, null);
    const text = d.paragraphs.join(' ');
    for (const t of ['otters', 'rivers', 'weirs', 'eels', 'nets']) expect(text, t).toContain(`Sentence 1 about ${t}`);
    expect(d.paragraphs[0]).toBe('On otters');
  });
  it('joins the text columns when the builder also wraps many empty boxes in their class', () => {
    const box = (inner: string) => `<div class="row"><div class="col"><div class="box">${inner}</div></div></div>`;
    const empties = Array.from({ length: 14 }, () => box('<span class="spacer"></span>')).join('');
    const text = (topic: string, n: number) => box(`<h2>On ${topic}</h2>${paras(n, topic)}`);
    const html = `<html><body><div class="page">${empties}${text('otters', 2)}${text('rivers', 2)}<div class="row"><img src="/a.jpg" alt=""></div>${text('weirs', 6)}${text('eels', 2)}</div></body></html>`;
    const d = parseHtml(html, null);
    const all = d.paragraphs.join(' ');
    for (const t of ['otters', 'rivers', 'weirs', 'eels']) expect(all, t).toContain(`Sentence 1 about ${t}`);
  });

  it('does not join teasers of other stories, whose linked title is not a heading', () => {
    const teaser = (t: string) =>
      `<div class="card"><div class="media"><p class="title"><a href="/${t}">Another story about ${t} here</a></p></div><div class="text-column">${paras(2, t)}</div></div>`;
    const html = `<html><body><div class="page"><div class="main"><h1>Weirs</h1>${row('weirs', 6)}</div>
      <div class="more">${teaser('foxes')}${teaser('hares')}${teaser('crows')}${teaser('moles')}</div></div></body></html>`;
    const d = parseHtml(html, null);
    const text = d.paragraphs.join(' ');
    expect(text).toContain('Sentence 6 about weirs');
    expect(text).not.toMatch(/foxes|hares|crows|moles/);
  });
});

describe('start of the story', () => {
  it('drops captions and credits even when their class names the story', () => {
    const html = `<html><body><article><div class="story-body">
      <div class="story-meta"><p class="story-meta__credit">A lighthouse keeper stands at the top of the tower at dusk.</p></div>
      <p class="story_photo_caption">Photo: the harbour seen from the pier.</p>
      ${paras(4, 'lighthouses')}</div></article></body></html>`;
    const d = parseHtml(html, null);
    expect(d.paragraphs[0]).toMatch(/^Sentence 1 about lighthouses/);
    expect(d.paragraphs).toHaveLength(4);
  });

  it('keeps an inline dateline inside the first paragraph', () => {
    const html = `<html><body><article><div class="article-text">
      <p><span class="dateline">PORTVILLE –</span> ${sentence('ferries', 0)}</p>${paras(3, 'ferries')}</div></article></body></html>`;
    const d = parseHtml(html, null);
    expect(d.paragraphs[0]).toMatch(/^PORTVILLE – Sentence 1 about ferries/);
  });

  it('drops "Advertisement" labels and a key-points box', () => {
    const html = `<html><body><article><div class="content">
      <div class="points"><strong>Highlights</strong><ul><li>One short point on orchards</li><li>Another point on orchards</li></ul></div>
      ${paras(2, 'orchards')}<div class="slot">Advertisement</div><p>ADVERTISEMENT</p>${paras(2, 'cider')}</div></article></body></html>`;
    const d = parseHtml(html, null);
    expect(d.paragraphs[0]).toMatch(/^Sentence 1 about orchards/);
    expect(d.paragraphs).toHaveLength(4);
    expect(d.paragraphs.join(' ')).not.toMatch(/advertisement|Highlights|short point/i);
  });

  it('drops a hover card of links set inside a sentence, and keeps the name it hangs on', () => {
    const card = `<span class="card"><img src="/p.jpg" alt=""><a href="/p/ana">Ana Lima</a><a href="/s/1">Harbour budget passes after a long night of votes in the council</a> <a href="/s/2">Ferry fares to rise in the spring, the port says</a> <a href="/p/ana">MORE</a></span>`;
    const html = `<html><body><article><div class="content"><p>The mayor thanked <span class="person"><a href="/p/ana">Ana Lima</a>${card}</span> (Harbour Party), who chairs the budget committee, for her work on the plan.</p>${paras(3, 'budgets')}</div></article></body></html>`;
    const d = parseHtml(html, null);
    expect(d.paragraphs[0]).toBe('The mayor thanked Ana Lima (Harbour Party), who chairs the budget committee, for her work on the plan.');
    expect(d.paragraphs.join(' ')).not.toMatch(/Ferry fares|MORE/);
  });

  it('drops a call to subscribe, sign up or support that closes the story, but keeps such words in the story', () => {
    const html = `<html><body><article><div class="content">${paras(3, 'ferries')}
      <p>Riders can subscribe to the ferry alerts for two euros a month, the operator said on Monday.</p>
      <p>Enjoyed this story? Subscribe now to our weekly harbour letter for more.</p>
      <p>Get the latest news straight to your phone with the Harbour Post app.</p></div></article></body></html>`;
    const quoted = `<html><body><article><div class="content">${paras(3, 'storms')}<p>“Anyone who lost a boat can get support from us now,” the mayor said.</p></div></article></body></html>`;
    expect(parseHtml(quoted, null).paragraphs.join(' ')).toContain('Anyone who lost a boat');
    const d = parseHtml(html, null);
    const text = d.paragraphs.join(' ');
    expect(text).toContain('Riders can subscribe to the ferry alerts');
    expect(text).not.toMatch(/Subscribe now|Harbour Post app/);
    const early = `<html><body><article><div class="content"><p>Subscribe now to our letter, the union told its members, and read the offer before the vote.</p>${paras(4, 'unions')}</div></article></body></html>`;
    expect(parseHtml(early, null).paragraphs[0]).toMatch(/^Subscribe now to our letter/);
  });

  it('drops the British "Advert" label too', () => {
    const html = `<html><body><article><div class="content">${paras(2, 'kilns')}<div class="slot">Advert</div><p>Adverts</p>${paras(2, 'glaze')}</div></article></body></html>`;
    const d = parseHtml(html, null);
    expect(d.paragraphs).toHaveLength(4);
    expect(d.paragraphs.join(' ')).not.toMatch(/advert/i);
  });

  it('drops the labels of related-reading boxes, and a "Read also:" line that only links to another story', () => {
    const html = `<html><body><article><div class="content">${paras(2, 'hedgehogs')}
      <p><strong>Read also:</strong> <a href="/other">Why hedgehogs cross roads at night, and what towns can do</a></p>
      ${paras(1, 'burrows')}<p>Lesen Sie auch: <a href="/de">Igel im Garten: so helfen Sie im Winter</a></p>
      ${paras(1, 'leaves')}<h3>Mehr zum Thema</h3><h2>You might also like:</h2><p>Czytaj też</p><h4>About the author</h4><p>Share this article:</p></div></article></body></html>`;
    const d = parseHtml(html, null);
    expect(d.paragraphs).toHaveLength(4);
    expect(d.paragraphs.join(' ')).not.toMatch(/Read also|Lesen Sie|Mehr zum|might also|Czytaj|cross roads|Igel|About the|Share this/);
    expect(d.markdown).not.toMatch(/Read also|Mehr zum Thema/);
  });

  it('drops more related-reading labels, and a label followed by an ellipsis before its link', () => {
    const html = `<html><body><article><div class="content">${paras(2, 'otters')}
      <p>Lee también... <a href="/es">"Las nutrias vuelven al río": lo que dicen los biólogos del parque</a></p>
      <p>PUEDES VER: <a href="/es2">¿Qué comen las nutrias en invierno y dónde duermen?</a></p>
      ${paras(1, 'rivers')}<p>Lesen Sie hier: <a href="/de">Otter im Stadtpark gesichtet, die Polizei bittet um Abstand</a></p>
      <h3>Schon gelesen?</h3><p>Weiterführender Link</p><h4>Diese Artikel könnten dich ebenfalls interessieren:</h4>
      <p>Weitere Informationen</p></div></article></body></html>`;
    const d = parseHtml(html, null);
    expect(d.paragraphs.join(' ')).not.toMatch(/Lee también|nutrias|PUEDES|Lesen Sie|Otter im|Schon gelesen|Weiterführender|ebenfalls|Weitere Informationen/);
    expect(d.paragraphs).toHaveLength(3);
  });

  it('drops "READ MORE:" and "SEE MORE:" lines, and a label set on a line of its own by a <br> before its links', () => {
    const html = `<html><body><article><div class="content">${paras(2, 'plague')}
      <p><strong>READ MORE: <a href="/n/1">Harbour rats tested for fleas after two cases in the port</a></strong></p>${paras(1, 'rats')}
      <p><strong>SEE MORE: <a href="/n/2">Port workers given masks as the city waits</a></strong></p>${paras(1, 'fleas')}
      <p><strong>DON'T MISS</strong><br><strong><a href="/n/3">Ships held at sea for a week</a> [WARNING]</strong><br><strong><a href="/n/4">Harbour cats in demand</a> [INSIGHT]</strong></p>
      ${paras(1, 'ships')}<p>Read more about the port on its own site, where the harbour master posts updates every morning.</p></div></article></body></html>`;
    const text = parseHtml(html, null).paragraphs.join(' ');
    expect(text).not.toMatch(/READ MORE|SEE MORE|DON'T MISS|tested for fleas|given masks|held at sea/);
    expect(text).toContain('Read more about the port on its own site');
  });

  it('drops a paragraph that is only a link (another story, an app, a video), but keeps a bare source address', () => {
    const html = `<html><body><article><div class="content">${paras(2, 'badgers')}
      <p><a href="/other">BADGER SETTS FOUND UNDER THE NEW BYPASS, SAY RANGERS</a></p>
      <p><strong><a href="/app">Get our app for the latest news from the valley</a></strong></p>
      ${paras(1, 'setts')}<p><a href="https://example.org/report.pdf">https://example.org/badger-survey-2019/report.pdf</a></p>
      <p>www.example.org/badgers</p><p>The rangers <a href="/count">counted the setts</a> twice this spring.</p></div></article></body></html>`;
    const d = parseHtml(html, null);
    const text = d.paragraphs.join(' ');
    expect(text).not.toMatch(/BYPASS|Get our app/);
    expect(text).toContain('https://example.org/badger-survey-2019/report.pdf');
    expect(text).toContain('The rangers counted the setts twice');
    expect(d.paragraphs).toHaveLength(6);
  });

  it('keeps prose that starts like a related-reading label, and a label line that is not a link', () => {
    const html = `<html><body><article><div class="content">${paras(2, 'moths')}
      <p>Related research: moths navigate by the moon, and street lights draw them off course for hours.</p>
      <p>Read more: the survey counted <a href="/data">eleven species</a> in one night, twice as many as last year, in the park.</p>
      <p>Related</p>${paras(1, 'lamps')}<h2>See also</h2><ul><li>Moth traps, a history of the light trap in field biology and its uses</li></ul>
      <p>See also: <a href="/bats">Bats and the insects of the night</a></p></div></article></body></html>`;
    const d = parseHtml(html, null);
    const text = d.paragraphs.join(' ');
    expect(text).toContain('Related research: moths navigate');
    expect(text).toContain('Read more: the survey counted eleven species');
    expect(d.paragraphs).not.toContain('Related'); // the bare label goes
    // "See also" alone heads the page's own references; as a link line it is related reading
    expect(d.paragraphs).toContain('See also');
    expect(text).not.toContain('Bats and the insects');
    expect(d.paragraphs).toHaveLength(7);
  });

  it('drops a photo credit line in the body, but keeps prose that mentions a photo', () => {
    const html = `<html><body><article><div class="content"><p>Photo: Jane Roe / Example Agency</p>${paras(2, 'herons')}
      <p>Foto: Max Mustermann</p><p>Photograph by Ana Lima for the Harbour Review</p>${paras(1, 'reeds')}
      <p>Photo: the heron nests were counted from the air, and the photo shows twice as many as last spring.</p>
      <p>Crédits photos : Agence Exemple</p></div></article></body></html>`;
    const d = parseHtml(html, null);
    const text = d.paragraphs.join(' ');
    expect(text).not.toMatch(/Jane Roe|Mustermann|Ana Lima|Agence Exemple/);
    expect(text).toContain('Photo: the heron nests were counted');
    expect(d.paragraphs).toHaveLength(4);
  });

  it('drops a credit line marked with a copyright sign, but keeps a long notice and prose about the sign', () => {
    const html = `<html><body><article><div class="content"><p>\u00a9 Jane Roe / Example Agency</p>${paras(2, 'storks')}
      <p>\u00a9Example Stock</p><p>\u00a9 2020 Harbour Wire</p>${paras(1, 'nests')}
      <p>\u00a9 signs on the photos in this story mean that the pictures belong to the agencies that took them.</p>
      <p>\u00a9 2019 Example Press. All rights reserved. This material may not be published, broadcast or redistributed.</p>
      </div></article></body></html>`;
    const d = parseHtml(html, null);
    const text = d.paragraphs.join(' ');
    expect(text).not.toMatch(/Jane Roe|Example Stock|Harbour Wire/);
    expect(text).toContain('\u00a9 signs on the photos');
    expect(text).toContain('\u00a9 2019 Example Press. All rights reserved.');
    expect(d.paragraphs).toHaveLength(5);
  });

  it('drops the lines before the story that repeat its title or give only its byline or dates', () => {
    const html = `<html><head><title>Harbour cranes go electric</title></head><body><article><div class="content">
      <h3>Harbour cranes go electric</h3><p>By Maren Oduya December 28, 2016</p>
      <p>Dec. 20, 2016, 12:44 PM UTC / Updated Dec. 20, 2016, 1:00 PM UTC</p>${paras(3, 'cranes')}
      <p>By the end of the year, every crane on the east quay will run on power from the grid, the port said today.</p>
      </div></article></body></html>`;
    const d = parseHtml(html, null);
    expect(d.paragraphs[0]).toMatch(/^Sentence 1 about cranes/);
    expect(d.paragraphs).toHaveLength(4);
    expect(d.paragraphs[3]).toMatch(/^By the end of the year/);
    expect(d.markdown).not.toMatch(/Maren Oduya|12:44|### Harbour/);
  });

  it('keeps a line that repeats the title when it is all the text there is', () => {
    const html = `<html><head><title>Just landed in Lisbon after a long night flight</title></head><body><article>
      <p>Just landed in Lisbon after a long night flight</p></article></body></html>`;
    expect(parseHtml(html, null).paragraphs).toEqual(['Just landed in Lisbon after a long night flight']);
  });

  it('keeps a first paragraph that starts with "By" or a date but goes on as prose', () => {
    const html = `<html><head><title>Night ferries</title></head><body><article><div class="content">
      <p>By Tuesday, the night ferries were running again, after a week of repairs to the landing stages.</p>
      <p>December 28, 2016 was the last day of the old timetable, and few passengers noticed the change.</p><p>225.86</p><p>1.</p>${paras(3, 'ferries')}
      </div></article></body></html>`;
    const d = parseHtml(html, null);
    expect(d.paragraphs[0]).toMatch(/^By Tuesday, the night ferries/);
    expect(d.paragraphs).toHaveLength(7); // numbers alone are no dates
    expect(parseHtml(html.replace('<p>1.</p>', '<p>28.12.2016</p>'), null).paragraphs).toHaveLength(6);
    // a table's cell keeps its place, whatever it holds
    const table = '<table><tr><th>Day</th><th>Race</th></tr><tr><td>28.12.2016</td><td>Harbour relay</td></tr></table>';
    expect(parseHtml(html.replace('<p>225.86</p>', table), null).markdown).toContain('| 28.12.2016 | Harbour relay |');
  });

  it('puts a recipe\'s ingredients from its JSON-LD before the steps when the body has not got them', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'Recipe',
      name: 'Plum cake',
      recipeIngredient: ['500 g plums', '200 g flour', '2 eggs', '100 g sugar [fine]'],
    });
    const steps = paras(3, 'baking');
    const html = `<html><head><title>Plum cake</title><script type="application/ld+json">${ld}</script></head><body>
      <div class="widget ingredients-box"><ul><li><a href="/i/plums">500 g plums</a></li><li><a href="/i/flour">200 g flour</a></li></ul></div>
      <article><h1>Plum cake</h1>${steps}</article></body></html>`;
    const d = parseHtml(html, null);
    expect(d.paragraphs.slice(0, 4)).toEqual(['500 g plums', '200 g flour', '2 eggs', '100 g sugar [fine]']);
    expect(d.paragraphs[4]).toMatch(/^Sentence 1 about baking/);
    expect(d.markdown).toMatch(/^- 500 g plums\n- 200 g flour\n- 2 eggs\n- 100 g sugar \\\[fine\\\]\n\nSentence 1 about baking/);
    // a body that lists them already is left as it is
    const listed = html.replace('<article><h1>Plum cake</h1>', '<article><h1>Plum cake</h1><ul><li>500 g plums</li><li>200 g flour</li><li>2 eggs</li><li>100 g sugar [fine]</li></ul>');
    expect(parseHtml(listed, null).paragraphs.filter((p) => p === '2 eggs')).toHaveLength(1);
  });

  it('adds a recipe\'s steps from its JSON-LD after the body when the body has not got them', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'Recipe',
      name: 'Plum cake',
      recipeIngredient: ['500 g plums', '200 g flour'],
      recipeInstructions: [
        { '@type': 'HowToStep', text: 'Heat the oven to 180 °C and butter the tin.' },
        { '@type': 'HowToSection', name: 'Dough', itemListElement: [{ '@type': 'HowToStep', text: 'Mix the flour with the sugar and the eggs.' }, 'Spread the dough in the tin.'] },
        { '@type': 'HowToStep', name: 'Bake', text: 'Lay the plums on top and bake for 40 minutes.' },
      ],
    });
    const html = `<html><head><title>Plum cake</title><script type="application/ld+json">${ld}</script></head><body>
      <article><h1>Plum cake</h1><ul><li>500 g plums</li><li>200 g flour</li></ul>${paras(2, 'plum harvests')}</article>
      <div class="steps-carousel"><div class="slide">1 of 4</div></div></body></html>`;
    const d = parseHtml(html, null);
    expect(d.paragraphs.slice(-4)).toEqual([
      'Heat the oven to 180 °C and butter the tin.',
      'Mix the flour with the sugar and the eggs.',
      'Spread the dough in the tin.',
      'Lay the plums on top and bake for 40 minutes.',
    ]);
    expect(d.markdown).toMatch(/\n\n1\. Heat the oven to 180 °C and butter the tin\.\n2\. Mix the flour with the sugar and the eggs\.\n3\. Spread the dough in the tin\.\n4\. Lay the plums on top and bake for 40 minutes\.$/);
    // a body that gives the steps already is left as it is
    const given = html.replace('</article>', '<ol><li>Heat the oven to 180 °C and butter the tin.</li><li>Mix the flour with the sugar and the eggs.</li><li>Spread the dough in the tin.</li><li>Lay the plums on top and bake for 40 minutes.</li></ol></article>');
    expect(parseHtml(given, null).paragraphs.filter((p) => p === 'Spread the dough in the tin.')).toHaveLength(1);
  });

  it('puts the lead paragraph (a standfirst in the story header, beside the body) first', () => {
    const html = `<html><body><article><header class="story-head"><h1>Night trains return</h1>
      <div class="story-intro"><p>After ten years without them, sleeper trains are back on the northern line, and the first one left full.</p></div></header>
      <div class="story-columns"><section class="text-module">${paras(3, 'sleepers')}</section><figure><img src="/t.jpg" alt=""></figure>
      <section class="text-module">${paras(3, 'couchettes')}</section></div><div class="tag-list"><a href="/t">Trains</a> <a href="/r">Rail</a></div></article></body></html>`;
    const d = parseHtml(html, null);
    expect(d.paragraphs[0]).toMatch(/^After ten years without them/);
    expect(d.paragraphs[1]).toMatch(/^Sentence 1 about sleepers/);
    expect(d.paragraphs).toHaveLength(7);
  });

  it('takes a lead paragraph set above the chosen container, but not a caption or a linked teaser', () => {
    const html = `<html><body><article><div class="teaser-row"><p>The council has approved the new bridge after a long debate, and work starts in spring.</p></div>
      <figure><img src="/b.jpg" alt=""><figcaption><p>The old bridge, seen from the river bank at dawn.</p></figcaption></figure>
      <div class="intro-links"><p><a href="/a">A teaser that is only a link to another story, long enough to count.</a></p></div>
      <div class="article-text">${paras(4, 'bridges')}</div></article></body></html>`;
    const d = parseHtml(html, null);
    expect(d.paragraphs[0]).toMatch(/^The council has approved/);
    expect(d.paragraphs[1]).toMatch(/^Sentence 1 about bridges/);
    expect(d.paragraphs.join(' ')).not.toMatch(/old bridge|only a link/);
  });

  it('drops a short box of previous/next links even when the lenient pass is taken', () => {
    const html = `<html><body><div id="wrap"><div id="col"><div id="story-links">Previous: <a href="/a">An earlier story about the harbour wall</a><br>Next: <a href="/b">A later story about the lighthouse keeper</a></div>
      <p>The ferry timetable changes on Monday, the harbour office said, and boats will leave every hour.</p><p>The first boat leaves at six, the last at ten, and tickets cost the same as before.</p></div></div></body></html>`;
    const d = parseHtml(html, null);
    expect(d.paragraphs).toHaveLength(2);
    expect(d.paragraphs[0]).toMatch(/^The ferry timetable/);
  });

  it('keeps headings inside the story', () => {
    const html = `<html><body><article><div class="content">${paras(2, 'canals')}<h2>Locks and weirs</h2>${paras(2, 'locks')}</div></article></body></html>`;
    const d = parseHtml(html, null);
    expect(d.paragraphs).toContain('Locks and weirs');
  });
});

describe('pathological pages', () => {
  // A hang guard, not a speed test (the bench times pages): a builder without the element cap
  // takes minutes on this input and fails by the timeout.
  it('stops building the tree after MAX_ELEMENTS elements', { timeout: 30_000 }, () => {
    const html = '<html><body><div>' + 'x<br>'.repeat(1_000_000) + '</div></body></html>';
    const tree = buildTree(html);
    let n = 0;
    const stack = [tree.root];
    while (stack.length) {
      const el = stack.pop()!;
      n++;
      for (const c of el.children) if (typeof c !== 'string') stack.push(c);
    }
    expect(n).toBeLessThanOrEqual(MAX_ELEMENTS + 4);
    const d = parseHtml(html, null);
    expect(d.paragraphs.length).toBeGreaterThan(0);
  });
});
