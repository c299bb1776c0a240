import { describe, expect, it } from 'vitest';
import { parseHtml, normalizeDate, cleanAuthors } from '../../../src/engine/html/index';
import { page } from '../../helpers/pages';

describe('dates in several languages and short forms', () => {
  it('reads German month names with umlauts and Portuguese months', () => {
    expect(normalizeDate('7. März 2019')).toBe('2019-03-07');
    expect(normalizeDate('3 de outubro de 2018')).toBe('2018-10-03');
  });
  it('finds a numeric date inside a text only in loose mode', () => {
    expect(normalizeDate('veröffentlicht am 04.09.2017, 10:12', true)).toBe('2017-09-04');
    expect(normalizeDate('Dienstag, 4.9.2017', true)).toBe('2017-09-04');
    expect(normalizeDate('Rubrik, 14.06.21', true)).toBe('2021-06-14');
    expect(normalizeDate('2018年11月3日')).toBe('2018-11-03');
  });
  it('refuses version numbers and slashed two-digit years', () => {
    expect(normalizeDate('Release 2.4.1', true)).toBeNull();
    expect(normalizeDate('v 1.2.3.4', true)).toBeNull();
    expect(normalizeDate('09/04/17', true)).toBeNull();
  });
  it('takes a short dotted date from a date element', () => {
    const html = page('<title>Gartenbericht</title>', '<article><h1>Gartenbericht</h1><span class="datum">14.06.21</span><p>Im Juni blühen die Rosen im Stadtpark besonders schön.</p></article>');
    expect(parseHtml(html, null).published).toBe('2021-06-14');
  });
});

describe('authors from labels and structured fields', () => {
  it('reads the Twitter "Written by" label pair', () => {
    const html = page('<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Ottilie Brandstetter @obrand">');
    expect(parseHtml(html, null).authors).toEqual(['Ottilie Brandstetter']);
  });
  it('strips byline prefixes in several languages, glued or not', () => {
    expect(cleanAuthors(['Veröffentlicht vonKasimir Lindgren'])).toEqual(['Kasimir Lindgren']);
    expect(cleanAuthors(['Publié par Aurèle Vasseur'])).toEqual(['Aurèle Vasseur']);
    expect(cleanAuthors(['Auteur(s) : Aurèle Vasseur'])).toEqual(['Aurèle Vasseur']);
    expect(cleanAuthors(['Text: Ida Sørlie'])).toEqual(['Ida Sørlie']);
  });
  it('keeps a lower-case user name only from a structured author field', () => {
    expect(cleanAuthors(['quillfox'], true)).toEqual(['quillfox']);
    expect(cleanAuthors(['quillfox'])).toEqual([]);
    const html = page('<title>Notes</title>', '<article><h1>Weekend notes</h1><span class="byline">by <span class="author vcard"><a class="url fn n" href="/u/q">quillfox</a></span></span><p>Some text about the weekend.</p></article>');
    expect(parseHtml(html, null).authors).toEqual(['quillfox']);
  });
  it('drops an agency code after a slash', () => {
    expect(cleanAuthors(['Petra Vogelsang/SP-X'])).toEqual(['Petra Vogelsang']);
  });
  it('reads a label followed by the name ("Autor:")', () => {
    const html = page('<title>Bericht</title>', '<article><h1>Bericht vom Markt</h1><div><span class="lbl">Autor:</span> Henrike Wolters<br></div><p>Der Wochenmarkt war gut besucht.</p></article>');
    expect(parseHtml(html, null).authors).toEqual(['Henrike Wolters']);
  });
  it('reads "Von Name" written in the text, not "Von" before a lower-case phrase', () => {
    const html = page('<title>Bericht</title>', '<article><h1>Bericht vom Markt</h1><p>Von Henrike Wolters</p><p>Der Wochenmarkt war gut besucht.</p></article>');
    expect(parseHtml(html, null).authors).toEqual(['Henrike Wolters']);
    const other = page('<title>Bericht</title>', '<article><h1>Bericht vom Markt</h1><p>Von Berlin nach hamburg fahren</p></article>');
    expect(parseHtml(other, null).authors).toEqual([]);
  });
  it('ignores author names inside comment threads', () => {
    const html = page('<title>Post</title>', '<article><h1>A post</h1><p>Text of the post.</p></article><div class="comments"><span class="fn">Bartholomew Quince</span></div>');
    expect(parseHtml(html, null).authors).toEqual([]);
  });
});

describe('titles', () => {
  it('keeps a dash tail that is part of the headline when no site is known', () => {
    const html = page('<title>Why the river froze – and what came next</title>');
    expect(parseHtml(html, null).title).toBe('Why the river froze – and what came next');
  });
  it('still drops a short unknown tail after a pipe', () => {
    const html = page('<title>Why the river froze early this winter | Valley Post</title>');
    expect(parseHtml(html, null).title).toBe('Why the river froze early this winter');
  });
  it('prefers the article h1 when the meta title adds a kicker to it', () => {
    const html = page(
      '<meta property="og:title" content="Winter: Why the river froze early this year">',
      '<article><h1 class="entry-title">Why the river froze early this year</h1><p>Body text.</p></article>',
    );
    expect(parseHtml(html, null).title).toBe('Why the river froze early this year');
  });
  it('keeps the meta title when the h1 is a different sentence', () => {
    const html = page('<title>Tides and moons: a short primer</title>', '<article><h1>Tides and moons: what every sailor should know first</h1></article>');
    expect(parseHtml(html, null).title).toBe('Tides and moons: a short primer');
  });
});

describe('description fallback', () => {
  it('uses the lead paragraph of the article when no description meta exists', () => {
    const html = page('<title>Orchard</title>', '<nav><p>Home and other links of this site menu</p></nav><article><h1>Orchard</h1><p>The orchard keeps forty old apple varieties.</p><p>Second paragraph.</p></article>');
    expect(parseHtml(html, null).description).toBe('The orchard keeps forty old apple varieties.');
  });
  it('prefers a description meta over the lead paragraph', () => {
    const html = page('<meta name="description" content="Forty apple varieties.">', '<article><p>The orchard keeps forty old apple varieties.</p></article>');
    expect(parseHtml(html, null).description).toBe('Forty apple varieties.');
  });
});
