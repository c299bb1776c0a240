import { env, SELF } from 'cloudflare:test';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { articleErrors } from '../helpers/validate';
import { clearKv } from '../helpers/kv';

const BASE = 'http://article-extract.test';
const origin = inject('fixtureOrigin');

beforeEach(async () => {
  await clearKv();
});

describe('fetching pages from a loopback server the tests start', () => {
  it('GET /v1/extract?url= fetches, extracts, then answers from the URL index', async () => {
    const url = `${origin}/story`;
    const first = await SELF.fetch(`${BASE}/v1/extract?url=${encodeURIComponent(url)}`);
    expect(first.status).toBe(200);
    expect(first.headers.get('x-cache')).toBe('MISS');
    expect(first.headers.get('server-timing')).toMatch(/fetch;dur=/);
    const a = await first.json<any>();
    expect(articleErrors(a)).toEqual([]);
    expect(a.title).toBe('Harbour ferry returns after winter repairs');
    expect(a.siteName).toBe('The Lakeside Courier');
    expect(a.dateline?.place).toBe('Port Ellen');
    expect(a.agency?.code).toBe('AP');
    expect(a.url).toBe(url);

    const second = await SELF.fetch(`${BASE}/v1/extract?url=${encodeURIComponent(url + '#top')}`);
    expect(second.headers.get('x-cache')).toBe('HIT');
    expect(second.headers.get('server-timing') ?? '').not.toMatch(/fetch;dur=/);
  });

  it('the reader-style shortcut GET /http://… behaves like ?url=', async () => {
    const res = await SELF.fetch(`${BASE}/${origin}/story`);
    expect(res.status).toBe(200);
    expect((await res.json<any>()).title).toBe('Harbour ferry returns after winter repairs');
    const html = await SELF.fetch(`${BASE}/${origin}/story`, { headers: { accept: 'text/html' } });
    expect(html.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('follows redirects and decodes windows-1251 pages', async () => {
    const r = await SELF.fetch(`${BASE}/v1/extract?url=${encodeURIComponent(origin + '/redirect')}`);
    expect(r.status).toBe(200);
    const cyr = await (await SELF.fetch(`${BASE}/v1/extract?url=${encodeURIComponent(origin + '/story-1251')}`)).json<any>();
    expect(cyr.title).toBe('Паром вернулся');
    expect(cyr.language).toBe('ru');
  });

  it('accepts {"url"} in a JSON POST and plain-text pages', async () => {
    const res = await SELF.fetch(BASE + '/v1/extract', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ url: `${origin}/plain` }),
    });
    expect(res.status).toBe(200);
    const a = await res.json<any>();
    expect(a.dateline?.place).toBe('Lisbon');
    expect(a.agency?.code).toBe('Reuters');
  });

  it('answers 502 for origin errors, wrong types, loops and oversized pages', async () => {
    for (const path of ['/status/404', '/status/500', '/image', '/loop', '/big']) {
      const res = await SELF.fetch(`${BASE}/v1/extract?url=${encodeURIComponent(origin + path)}`);
      expect(res.status, path).toBe(502);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
    }
  });
});
