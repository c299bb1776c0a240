import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/engine/html/index';
import { page } from '../../helpers/pages';

describe('site names written with or without spaces', () => {
  it('strip a title segment that is the site name without its spaces', () => {
    const d = parseHtml(page('<title>Ferries stay in port for a third day | HarbourNews</title><meta property="og:site_name" content="Harbour News">'), null);
    expect(d.title).toBe('Ferries stay in port for a third day');
  });
  it('strip a title segment that is the host name with spaces', () => {
    const d = parseHtml(page('<title>Ferries stay in port for a third day - Harbour News</title>'), 'https://harbournews.example/a/b');
    expect(d.title).toBe('Ferries stay in port for a third day');
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
