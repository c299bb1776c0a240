import { describe, expect, it } from 'vitest';
import { parseHtml, normalizeDate } from '../../../src/engine/html/index';
import { page, ld } from '../../helpers/pages';

const day = (iso: string | null) => (iso ? new Date(Date.parse(iso)).toISOString().slice(0, 10) : null);

describe('title: kicker blocks, section titles, organizations', () => {
  it('takes the headline block of an h1 made of a kicker and a headline that the meta title joins', () => {
    const d = parseHtml(
      page(
        '<meta property="og:title" content="Storm season: Ferries stay in port for a third day">',
        '<article><h1><span class="kicker">Storm season</span> <span class="headline">Ferries stay in port for a third day</span></h1><p>The harbour master kept the gates shut.</p></article>',
      ),
      null,
    );
    expect(d.title).toBe('Ferries stay in port for a third day');
  });
  it('also when the kicker comes after a dash in the meta title and the h1 is wrapped in a link', () => {
    const d = parseHtml(
      page(
        '<title>Ferries stay in port for a third day - After the storm | Harbour Herald</title>',
        '<h1><a href="/x"><div class="topic-label">After the storm</div> Ferries stay in port for a third day</a></h1><p>Body text here.</p>',
      ),
      null,
    );
    expect(d.title).toBe('Ferries stay in port for a third day');
  });
  it('keeps emphasis inside a headline and a headline followed by a subtitle', () => {
    const em = parseHtml(
      page('<meta property="og:title" content="‘Salt Roads’: A slow walk along the old trade routes">', '<h1><em>Salt Roads</em>: A slow walk along the old trade routes</h1><p>Body.</p>'),
      null,
    );
    expect(em.title).toMatch(/^‘?Salt Roads’?: A slow walk along the old trade routes$/);
    const sub = parseHtml(
      page(
        '<meta property="og:title" content="Ferries stay in port: the harbour master keeps all gates shut">',
        '<h1><span class="headline">Ferries stay in port</span><span class="subline-dek">the harbour master keeps all gates shut</span></h1><p>Body.</p>',
      ),
      null,
    );
    expect(sub.title).toBe('Ferries stay in port: the harbour master keeps all gates shut');
  });
  it('skips a one-word og:title naming a section when <title> is a longer headline', () => {
    const d = parseHtml(page('<title>Vaccination centres stay open until the end of February</title><meta property="og:title" content="Announcements">'), null);
    expect(d.title).toBe('Vaccination centres stay open until the end of February');
  });
  it('drops an organization name with a legal form at either end of the title', () => {
    const d = parseHtml(page('<title>Riverside Rowing Club e.V. - News » Our regatta weekend in pictures</title>'), 'https://web.archive.example/riverside');
    expect(d.title).toBe('Our regatta weekend in pictures');
  });
});

describe('authors: visible bylines', () => {
  it('reads all names of a "Von <a>A</a> und <a>B</a>" line', () => {
    const d = parseHtml(
      page('', '<h1>Brennholz wird knapp</h1><p>Von <strong><a href="/a">Greta Lindqvist</a></strong> und <strong><a href="/b">Paul Amsel</a></strong><br>Hafenstadt</p><p>Der Text beginnt hier.</p>'),
      null,
    );
    expect(d.authors).toEqual(['Greta Lindqvist', 'Paul Amsel']);
  });
  it('reads "Eine Kolumne von …" and completes a first name given by the metadata', () => {
    const d = parseHtml(
      page('<meta name="author" content="Nora">', '<h1>Über Höflichkeit</h1><div class="entry-content"><p><strong>Eine Kolumne von Nora Feldmann</strong></p><p>Text.</p></div>'),
      null,
    );
    expect(d.authors).toEqual(['Nora Feldmann']);
  });
  it('reads a "date - name" line under the headline', () => {
    const d = parseHtml(page('', '<h1>Variablen erklärt</h1><p class="text-muted">11.12.2019 - Ida Brenner</p><p>Eine Variable ist ein Platz für einen Wert.</p>'), null);
    expect(d.authors).toEqual(['Ida Brenner']);
  });
  it('refuses a "Von" sentence that quotes a phrase', () => {
    const d = parseHtml(
      page('', '<h1>Sprache</h1><p>Von Regeln, Moden und «ganz einfachem Deutsch»</p><p class="byline">Von Tobias Rainer</p><p>Text.</p>'),
      null,
    );
    expect(d.authors).toEqual(['Tobias Rainer']);
  });
  it('reads bylines inside a main column whose class says it has a sidebar', () => {
    const d = parseHtml(
      page('', '<div class="main-content has-double-sidebar"><h1>Strompreise</h1><h5><em>Von Clara Weidner</em></h5><p>Text des Artikels.</p></div>'),
      null,
    );
    expect(d.authors).toEqual(['Clara Weidner']);
  });
  it('drops an author that is the host name in one word, and defers bare initials', () => {
    const host = parseHtml(page('<meta name="author" content="Quaywire">', '<h1>Kurzmeldung</h1><p>Von Jonas Falk</p><p>Text.</p>'), 'https://www.quaywire.example/story');
    expect(host.authors).toEqual(['Jonas Falk']);
    const initials = parseHtml(page(ld({ '@type': 'NewsArticle', headline: 'Fähre fällt aus', author: { name: 'QN' } }), '<h1>Fähre fällt aus</h1><p>Von Lea Sommer</p><p>Text.</p>'), null);
    expect(initials.authors).toEqual(['Lea Sommer']);
    const only = parseHtml(page(ld({ '@type': 'NewsArticle', headline: 'Fähre fällt aus', author: { name: 'QN' } }), '<h1>Fähre fällt aus</h1><p>Text.</p>'), null);
    expect(only.authors).toEqual(['QN']);
  });
});

describe('published: local dates', () => {
  it('reads a UTC time in the zone of the page locale (same instant, local date)', () => {
    const d = parseHtml(page('<meta property="article:published_time" content="2018-12-31T23:11:59+00:00">', '<p>Text.</p>', 'lang="de-DE"'), null);
    expect(d.published).toBe('2019-01-01T00:11:59+01:00');
    const summer = parseHtml(page('<meta property="article:published_time" content="2021-07-10T22:30:00Z">', '<p>Text.</p>', 'lang="de"'), null);
    expect(summer.published).toBe('2021-07-11T00:30:00+02:00');
    const brazil = parseHtml(page('<meta property="article:published_time" content="2022-05-04T00:44:52.000Z">', '<p>Text.</p>', 'lang="pt-BR"'), null);
    expect(brazil.published).toBe('2022-05-03T21:44:52-03:00');
  });
  it('takes the local date from the address or the visible date when no zone is known', () => {
    const d = parseHtml(page('<meta property="article:published_time" content="2019-03-08T01:40:00Z">'), 'https://news.example/2019/03/07/late-vote');
    expect(day(d.published)).toBe('2019-03-08');
    expect(d.published?.slice(0, 10)).toBe('2019-03-07');
    expect(Date.parse(d.published as string)).toBe(Date.parse('2019-03-08T01:40:00Z'));
  });
  it('reads 22:00 or 23:00 UTC on the dot as a local midnight, and leaves 00:00 UTC alone', () => {
    const d = parseHtml(page('<meta property="article:published_time" content="2022-11-06T23:00:00.000Z">'), null);
    expect(d.published).toBe('2022-11-07T00:00:00+01:00');
    const z = parseHtml(page('<meta property="article:published_time" content="2019-06-17T00:00:00+00:00">', '<p>Text.</p>', 'lang="pt-BR"'), null);
    expect(z.published).toBe('2019-06-17T00:00:00+00:00');
  });
  it('reads slashed visible dates day first outside US English', () => {
    const gb = parseHtml(page('', '<h1>Halls too full</h1><span class="date">02/10/2020</span><p>Text.</p>', 'lang="en-GB"'), null);
    expect(gb.published).toBe('2020-10-02');
    const us = parseHtml(page('', '<h1>Halls too full</h1><span class="date">02/10/2020</span><p>Text.</p>', 'lang="en-US"'), null);
    expect(us.published).toBe('2020-02-10');
    expect(normalizeDate('02/10/2020', true, true)).toBe('2020-10-02');
    // machine values in metas keep the month-first reading
    const meta = parseHtml(page('<meta name="date" content="11/01/2023 12:43:42">', '<p>Text.</p>', 'lang="de-CH"'), null);
    expect(meta.published?.slice(0, 10)).toBe('2023-11-01');
  });
  it('prefers a visible date under the headline to a later generic "date" meta', () => {
    const d = parseHtml(page('<meta name="date" content="2020-02-12">', '<h1>Faire Lieferketten</h1><div class="meta">05.02.2020</div><p>Text.</p>'), null);
    expect(d.published).toBe('2020-02-05');
  });
  it('reads a date that opens the first paragraph', () => {
    const d = parseHtml(page('', '<h1>Branche protestiert</h1><p>29.11.2022 – Mehrfach hatten die Verbände vor den Folgen gewarnt, nun kommt die Regelung doch.</p>'), null);
    expect(d.published).toBe('2022-11-29');
  });
});
