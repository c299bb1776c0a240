import { env } from 'cloudflare:test';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { EXTRACTOR } from '../../src/engine/version';
import { loggedApp } from '../helpers/app';
import { clearKv } from '../helpers/kv';

const origin = inject('fixtureOrigin');
const { app, logs, postStory } = loggedApp();

beforeEach(async () => {
  logs.length = 0;
  await clearKv();
});


/** KV namespaces that fail in the ways a real one can. */
const throwingKv = {
  get: async () => { throw new Error('KV GET failed: 500'); },
  put: async () => { throw new Error('KV PUT failed: 500'); },
  list: async () => ({ keys: [] }),
} as unknown as KVNamespace;
const hangingKv = {
  get: () => new Promise(() => {}),
  put: () => new Promise(() => {}),
} as unknown as KVNamespace;

describe('the KV cache', () => {
  it('stores the Article under article:<version>:<hex> with metadata and the configured TTL', async () => {
    const res = await postStory();
    const a = await res.json<any>();
    const key = `article:${EXTRACTOR.version}:${a.id.slice(7)}`;
    const { value, metadata } = await env.ARTICLES.getWithMetadata<any>(key);
    expect(JSON.parse(value!).id).toBe(a.id);
    expect(metadata).toMatchObject({ url: null, title: null });
    expect(Date.parse(metadata.extractedAt)).not.toBeNaN();
    const { keys } = await env.ARTICLES.list({ prefix: 'article:' });
    const expiration = keys.find((k) => k.name === key)!.expiration!;
    const expected = Date.now() / 1000 + 30 * 24 * 3600;
    expect(Math.abs(expiration - expected)).toBeLessThan(120);
  });

  it('keeps KV metadata within its 1,024-byte limit for long non-Latin titles and URLs, so the entry is stored', async () => {
    const title = '港口渡轮时刻表调整'.repeat(40) + '😀';
    const url = 'https://example.com/' + 'path-segment/'.repeat(40);
    const html = `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>` +
      '<p>The harbour ferry timetable changes on Monday, the operator said, with boats every twenty minutes.</p>'.repeat(3) +
      '</article></body></html>';
    const post = () => app.request('/v1/extract', { method: 'POST', body: JSON.stringify({ html, url }), headers: { 'content-type': 'application/json' } }, env);
    const first = await post();
    expect(first.status).toBe(200);
    expect(first.headers.get('x-cache')).toBe('MISS');
    const a = await first.json<any>();
    const { metadata } = await env.ARTICLES.getWithMetadata<any>(`article:${EXTRACTOR.version}:${a.id.slice(7)}`);
    expect(metadata).not.toBeNull();
    expect(new TextEncoder().encode(JSON.stringify(metadata)).length).toBeLessThanOrEqual(1024);
    expect(metadata.title.isWellFormed()).toBe(true);
    expect(a.title.startsWith(metadata.title)).toBe(true);
    expect((await post()).headers.get('x-cache')).toBe('HIT');
  });

  it('honours ARTICLE_TTL_SECONDS', async () => {
    await postStory({ ARTICLE_TTL_SECONDS: '600' });
    const { keys } = await env.ARTICLES.list({ prefix: 'article:' });
    expect(Math.abs(keys[0].expiration! - (Date.now() / 1000 + 600))).toBeLessThan(60);
  });

  it('after expiry (the entry gone) the next request is a MISS and stores it again', async () => {
    const a = await (await postStory()).json<any>();
    expect((await postStory()).headers.get('x-cache')).toBe('HIT');
    await env.ARTICLES.delete(`article:${EXTRACTOR.version}:${a.id.slice(7)}`);
    expect((await postStory()).headers.get('x-cache')).toBe('MISS');
    expect((await postStory()).headers.get('x-cache')).toBe('HIT');
  });

  it('never serves an entry from another extractor version', async () => {
    const a = await (await postStory()).json<any>();
    const hex = a.id.slice(7);
    const stale = { ...a, extractor: { ...a.extractor, version: '0.0.0-old' }, title: 'OLD' };
    await env.ARTICLES.delete(`article:${EXTRACTOR.version}:${hex}`);
    await env.ARTICLES.put(`article:0.0.0-old:${hex}`, JSON.stringify(stale));
    const fresh = await postStory();
    expect(fresh.headers.get('x-cache')).toBe('MISS');
    expect((await fresh.json<any>()).title).toBeNull();
    // An old-version value under the current key (or a corrupt one) is not served either.
    await env.ARTICLES.put(`article:${EXTRACTOR.version}:${hex}`, JSON.stringify(stale));
    expect((await postStory()).headers.get('x-cache')).toBe('MISS');
    await env.ARTICLES.put(`article:${EXTRACTOR.version}:${hex}`, '{"id": "sha256:trunc');
    const again = await postStory();
    expect(again.headers.get('x-cache')).toBe('MISS');
    expect((await again.json<any>()).id).toBe(a.id);
  });

  it('a throwing KV: the request succeeds with X-Cache: BYPASS and the failure is logged', async () => {
    const res = await postStory({ ARTICLES: throwingKv });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-cache')).toBe('BYPASS');
    expect((await res.json<any>()).dateline.place).toBe('Lisbon');
    expect(logs.some((l) => l.event === 'kv.error')).toBe(true);
  });

  it('a hanging KV: the request succeeds within the KV time limit with BYPASS', async () => {
    const started = Date.now();
    const res = await postStory({ ARTICLES: hangingKv, KV_TIMEOUT_MS: '100' });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-cache')).toBe('BYPASS');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('no KV binding at all: BYPASS', async () => {
    const res = await postStory({ ARTICLES: undefined });
    expect(res.headers.get('x-cache')).toBe('BYPASS');
  });

  it('writes a URL index entry with the short TTL', async () => {
    const url = `${origin}/story`;
    const res = await app.request(`/v1/extract?url=${encodeURIComponent(url)}`, {}, env);
    expect(res.status).toBe(200);
    const { keys } = await env.ARTICLES.list({ prefix: 'url:' });
    expect(keys.length).toBeGreaterThanOrEqual(1);
    expect(Math.abs(keys[0].expiration! - (Date.now() / 1000 + 3600))).toBeLessThan(60);
    expect(await env.ARTICLES.get(keys[0].name)).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('one structured log line per request with id, route, status, cache and timings', async () => {
    await postStory();
    const line = logs.find((l) => l.event === 'request')!;
    expect(line).toMatchObject({ method: 'POST', route: '/v1/extract', status: 200, cache: 'MISS' });
    expect(typeof line.requestId).toBe('string');
    expect(line.timings).toHaveProperty('kv');
  });

  it('a stalled origin: 504 problem within the fetch time limit', async () => {
    const started = Date.now();
    const res = await app.request(`/v1/extract?url=${encodeURIComponent(origin + '/slow')}`, {}, { ...env, FETCH_TIMEOUT_MS: '400' });
    expect(res.status).toBe(504);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
