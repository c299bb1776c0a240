import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/engine/html/index';
import { page } from '../../helpers/pages';

// Dates inside an <aside>, which the visible-text scan skips: only the date-like elements read them.
describe('dates shown by date-like elements', () => {
  it('take the date of an element with a date class when nothing else gives one', () => {
    const d = parseHtml(page('<title>Ferries stay in port</title>', '<h1>Ferries stay in port</h1><p>The harbour master kept the gates shut.</p><aside><span class="post-date">March 3, 2021</span></aside>'), null);
    expect(d.published).toBe('2021-03-03');
  });
  it('read the post meta lines of blog themes ("postmetadata", "listing_meta", "entry_meta", "asset-meta")', () => {
    const story = '<h1>Ferries stay in port</h1><p>The harbour master kept the gates shut.</p>';
    for (const [line, date] of [
      ['<p class="postmetadata">8.<a href="/date/2010/12/">Dezember 2010</a> um 09:43 &middot; <a href="/category/news">News</a></p>', '2010-12-08'],
      ['<div class="listing_meta"><span>Jana</span> <span>&middot;</span> <span>April 19, 2019</span> <span>&middot;</span> <span>7 comments</span></div>', '2019-04-19'],
      ['<div class="entry_meta">Posted on March 3, 2021 by Jana</div>', '2021-03-03'],
      ['<div class="asset-footer"><div class="asset-meta">Von Jana am 03.05.2013, 11:51 | 0 Meinungen</div></div>', '2013-05-03'],
      // one span per source line: the white space between them is no child of its own
      [`<div class="listing_meta">${['Jana', '&middot;', 'May 6, 2018', '&middot;', '<a href="/c/news">News</a>', '&middot;', '<a href="#c">7 comments</a>'].map((t) => `\n    <span>${t}</span>`).join('')}\n</div>`, '2018-05-06'],
    ])
      expect(parseHtml(page('<title>Ferries stay in port</title>', `${story}<aside>${line}</aside>`), null).published).toBe(date);
  });
  it('read a long date line from its start', () => {
    const tags = ['Harbour', 'Ferries', 'Winter', 'Timetable', 'Gates', 'Weather', 'Council'].map((t) => `<a href="/tag/${t}">${t}</a>`).join(', ');
    const line = `<p class="postmetadata alt"><small>This entry was posted on Saturday, 3 December 2011 at 14:05 and is filed under ${tags}. You can follow any responses through the feed.</small></p>`;
    expect(parseHtml(page('<title>Ferries stay in port</title>', `<h1>Ferries stay in port</h1><p>The harbour master kept the gates shut.</p><aside>${line}</aside>`), null).published).toBe('2011-12-03');
  });
  it('count only elements whose text holds a digit towards the twenty read', () => {
    const labels = '<span class="info">Share</span>'.repeat(25);
    const d = parseHtml(page('<title>Ferries stay in port</title>', `<h1>Ferries stay in port</h1>${labels}<p>The gates stayed shut.</p><aside><span class="date">4 March 2021</span></aside>`), null);
    expect(d.published).toBe('2021-03-04');
  });
  it('read no further than twenty date texts', () => {
    const times = '<time>12:00</time>'.repeat(20);
    const d = parseHtml(page('<title>Ferries stay in port</title>', `<h1>Ferries stay in port</h1>${times}<p>The gates stayed shut.</p><aside><span class="date">4 March 2021</span></aside>`), null);
    expect(d.published).toBeNull();
  });
  it('read a date whose day, month and year sit in elements of their own', () => {
    const one = (date: string) => parseHtml(page('<title>Ferries stay in port</title>', `<h1>Ferries stay in port</h1><p>The harbour master kept the gates shut.</p><aside>${date}</aside>`), null).published;
    expect(one('<span class="date">Mai<span>06</span>2018</span>')).toBe('2018-05-06');
    expect(one('<div class="post-date"><span class="day">06</span><span class="month">May</span><span class="year">2018</span></div>')).toBe('2018-05-06');
    expect(one('<span class="date">March 15<sup>th</sup>, 2021</span>')).toBe('2021-03-15');
  });
});

describe('a date written as a segment of the title', () => {
  it('dates the page when nothing else does, and is not part of the headline', () => {
    const body = '<h1>Ferries stay in port</h1><p>The harbour master kept the gates shut.</p>';
    const d = parseHtml(page('<title>08.11.2021 | Ferries stay in port: Harbour Portal</title>', body), null);
    expect(d).toMatchObject({ published: '2021-11-08', title: 'Ferries stay in port' });
    expect(parseHtml(page('<title>Ferries stay in port - March 3, 2021</title>', body), null).published).toBe('2021-03-03');
    // a headline about a date is no date segment; a date given elsewhere wins
    expect(parseHtml(page('<title>2021: the year the ferries stopped | Harbour Portal</title>', body), null).published).toBe(null);
    expect(parseHtml(page('<title>08.11.2021 | Ferries stay in port</title><meta property="article:published_time" content="2021-11-09T08:00:00+01:00">', body), null).published).toBe('2021-11-09T08:00:00+01:00');
  });
});

describe('a machine-readable date in the title attribute of a date element', () => {
  it('reads hAtom\'s <abbr class="published" title="…"> and relative times with the instant in their title', () => {
    const body = (line: string) => `<h1>Ferries stay in port</h1>${line}<p>The harbour master kept the gates shut.</p>`;
    expect(parseHtml(page('<title>Ferries</title>', body('<abbr class="published" title="2008-03-04T10:00:00+01:00">March 4</abbr>')), null).published).toBe('2008-03-04T10:00:00+01:00');
    expect(parseHtml(page('<title>Ferries</title>', body('<div class="news-time-ago" title="2020-09-20T14:20:02Z">2 hours ago</div>')), null).published).toBe('2020-09-20T14:20:02Z');
    // a title that is words stays words
    expect(parseHtml(page('<title>Ferries</title>', body('<span class="date" title="Show the calendar">soon</span>')), null).published).toBe(null);
  });
});

describe('a date given beside its label', () => {
  it('reads the value of a "Published" label in the element after it (definition lists, label/value pairs, table rows)', () => {
    const body = (pair: string) => `<h1>Ferries stay in port</h1><p>The harbour master kept the gates shut.</p><div class="story-sidebar"><ul class="credits">${pair}</ul></div>`;
    for (const pair of [
      '<li><p class="title">Mise en ligne</p><p class="content">23 mai 2019</p></li>',
      '<li><dl><dt>Veröffentlicht:</dt><dd>23. Mai 2019</dd></dl></li>',
      '<li><table><tr><th>Published</th><td>May 23, 2019</td></tr></table></li>',
    ])
      expect(parseHtml(page('<title>Ferries</title>', body(pair)), null).published).toBe('2019-05-23');
    // another label's value is no publication date
    expect(parseHtml(page('<title>Ferries</title>', body('<li><p>Recorded</p><p>23 May 2019</p></li>')), null).published).toBe(null);
  });
});

