import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/engine/html/index';
import { page } from '../../helpers/pages';

describe('site names written with or without spaces', () => {
  it('take the one title segment that the page\'s description repeats (a CMS writing "Site - Headline - Section - Module")', () => {
    const d = parseHtml(page('<meta name="description" content="Harbour club signs two young keepers"><title>Harbour Fans Club Eastport - Harbour club signs two young keepers - Club Press - News</title>'), 'https://fans.example/news/1');
    expect(d.title).toBe('Harbour club signs two young keepers');
    // a description that is a sentence about the story is no title segment
    const e = parseHtml(page('<meta name="description" content="The club signed two keepers on Monday."><title>Harbour club signs two young keepers | Club Press</title>'), null);
    expect(e.title).toBe('Harbour club signs two young keepers');
    // nor is a site's tagline that ends the title
    const f = parseHtml(page('<meta name="description" content="港湾ニュース"><title>記事-2018-0135 - 港湾 - 港湾ニュース</title>'), null);
    expect(f.title).toBe('記事-2018-0135 - 港湾 - 港湾ニュース');
  });

  it('strip a title segment that is the site name without its spaces', () => {
    const d = parseHtml(page('<title>Ferries stay in port for a third day | HarbourNews</title><meta property="og:site_name" content="Harbour News">'), null);
    expect(d.title).toBe('Ferries stay in port for a third day');
  });
  it('strip a title segment that is the host name with spaces', () => {
    const d = parseHtml(page('<title>Ferries stay in port for a third day - Harbour News</title>'), 'https://harbournews.example/a/b');
    expect(d.title).toBe('Ferries stay in port for a third day');
  });
  it('strip a short first segment that holds the host name among other words', () => {
    const d = parseHtml(page('<title>The Kestrelwatch Review - Kestrels return to the old mill tower</title>'), 'https://kestrelwatch.example/news/1');
    expect(d.title).toBe('Kestrels return to the old mill tower');
    // a short host name inside a word is no site ("bild" in "Bildung")
    const e = parseHtml(page('<title>Neue Bildung Heute - Schulen öffnen wieder im ganzen Land</title>'), 'https://bild.example/a');
    expect(e.title).toBe('Neue Bildung Heute - Schulen öffnen wieder im ganzen Land');
    // a last segment that names the host is the headline ("… on Kestrelwatch.example")
    const f = parseHtml(page('<title>Birdnews - New kestrel maps on Kestrelwatch.example</title>'), 'https://kestrelwatch.example/news/2');
    expect(f.title).not.toBe('Birdnews');
  });
  it('take no description that only names the host, and keep a long one', () => {
    const lead = 'The harbour master kept the gates shut on the third day of the storm.';
    const named = parseHtml(page('<title>Ferries stay in port</title><meta name="description" content="Harbour-News">', `<p>${lead}</p>`), 'https://harbournews.example/a');
    expect(named.description).toBe(lead);
    const long = 'Harbour News reports: the ferries stay in port for a third day while the storm goes on.';
    const kept = parseHtml(page(`<title>Ferries stay in port</title><meta name="description" content="${long}">`, `<p>${lead}</p>`), 'https://harbournews.example/a');
    expect(kept.description).toBe(long);
  });
});
