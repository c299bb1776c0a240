// KV that fails in every way a dependency can: the request still succeeds from a fresh
// extraction, and a corrupt, truncated, unverifiable or foreign entry is never served and is
// replaced. (Throwing / hanging / absent KV basics are in test/routes/cache.test.ts.)
import { env } from 'cloudflare:test';
import { beforeEach, describe, expect, it } from 'vitest';
import { EXTRACTOR } from '../../src/engine/version';
import { sha256Hex } from '../../src/service/cache';
import { loggedApp } from '../helpers/app';
import { clearKv } from '../helpers/kv';

const { app, logs, postStory } = loggedApp();

beforeEach(async () => {
  logs.length = 0;
  await clearKv();
});


async function storedEntry() {
  const a = await (await postStory()).json<any>();
  const key = `article:${EXTRACTOR.version}:${a.id.slice(7)}`;
  const { value, metadata } = await env.ARTICLES.getWithMetadata<any>(key);
  return { a, key, value: value!, metadata };
}

describe('every stored Article carries its SHA-256, checked on read', () => {
  it('the put writes sha256 of the exact value into the metadata', async () => {
    const { value, metadata } = await storedEntry();
    expect(metadata.sha256).toBe(await sha256Hex(value));
    expect((await postStory()).headers.get('x-cache')).toBe('HIT');
  });

  const tamper: Array<[string, (value: string, meta: any) => { value: string; metadata: unknown }]> = [
    ['valid JSON with a changed field (digest mismatch)', (v, m) => ({ value: v.replace('"Lisbon"', '"Pwned"'), metadata: m })],
    ['a truncated value', (v, m) => ({ value: v.slice(0, Math.floor(v.length / 2)), metadata: m })],
    ['an empty value', (_v, m) => ({ value: '', metadata: m })],
    ['no metadata at all (written without a digest)', (v) => ({ value: v, metadata: undefined as unknown })],
    ['a digest that is not hex', (v, m) => ({ value: v, metadata: { ...m, sha256: 'zz' } })],
    ['a digest of another value', (v, m) => ({ value: v, metadata: { ...m, sha256: 'a'.repeat(64) } })],
    ['metadata of the wrong type', (v) => ({ value: v, metadata: 'sha256' })],
  ];
  it.each(tamper)('%s: never served, re-extracted (MISS) and replaced', async (_name, mutate) => {
    const { a, key, value, metadata } = await storedEntry();
    const bad = mutate(value, metadata);
    await env.ARTICLES.put(key, bad.value, bad.metadata === undefined ? {} : { metadata: bad.metadata });
    const res = await postStory();
    expect(res.status).toBe(200);
    expect(res.headers.get('x-cache')).toBe('MISS');
    const fresh = await res.json<any>();
    expect(fresh.id).toBe(a.id);
    expect(fresh.dateline.place).toBe('Lisbon');
    expect(logs.some((l) => l.event === 'kv.corrupt')).toBe(true);
    // Replaced: the entry verifies again and the next request is a HIT.
    const again = await env.ARTICLES.getWithMetadata<any>(key);
    expect(again.metadata.sha256).toBe(await sha256Hex(again.value!));
    expect((await postStory()).headers.get('x-cache')).toBe('HIT');
  });

  it('a verified value that belongs to another id or extractor version is not served either', async () => {
    const { a, key, value } = await storedEntry();
    for (const other of [
      { ...JSON.parse(value), id: 'sha256:' + 'b'.repeat(64) },
      { ...JSON.parse(value), extractor: { name: EXTRACTOR.name, version: '0.0.1-older' } },
      { ...JSON.parse(value), text: 42 },
    ]) {
      const v = JSON.stringify(other);
      await env.ARTICLES.put(key, v, { metadata: { url: null, title: null, extractedAt: '', sha256: await sha256Hex(v) } });
      const res = await postStory();
      expect(res.headers.get('x-cache')).toBe('MISS');
      expect((await res.json<any>()).id).toBe(a.id);
    }
  });

  it('GET /v1/articles/:id does not serve a corrupt entry (404, then fine after a re-extraction)', async () => {
    const { a, key, value, metadata } = await storedEntry();
    await env.ARTICLES.put(key, value.replace('Lisbon', 'Lisbom'), { metadata });
    const res = await app.request(`/v1/articles/${a.id}`, {}, env);
    expect(res.status).toBe(404);
    await postStory();
    expect((await app.request(`/v1/articles/${a.id}`, {}, env)).status).toBe(200);
  });
});

describe('a KV binding that returns nonsense', () => {
  const fakeKv = (getWithMetadata: () => unknown) =>
    ({ getWithMetadata, get: getWithMetadata, put: async () => {}, list: async () => ({ keys: [] }) }) as unknown as KVNamespace;
  it.each([
    ['null value and metadata', async () => ({ value: null, metadata: null })],
    ['a non-string value', async () => ({ value: { id: 1 }, metadata: { sha256: 'a'.repeat(64) } })],
    ['a number', async () => 42],
    ['undefined', async () => undefined],
    ['binary garbage', async () => ({ value: '\u0000\uffff\ud800garbage', metadata: { sha256: 'x' } })],
    ['a rejection with a non-Error', async () => Promise.reject('boom')],
    ['a synchronous throw', () => { throw new TypeError('kv exploded'); }],
  ])('%s: the request succeeds from a fresh extraction', async (_name, impl) => {
    const res = await postStory({ ARTICLES: fakeKv(impl as () => unknown) });
    expect(res.status).toBe(200);
    expect(['MISS', 'BYPASS']).toContain(res.headers.get('x-cache'));
    expect((await res.json<any>()).dateline.place).toBe('Lisbon');
  });
  it('a KV that is slow only on put still answers within the KV time limit', async () => {
    const slowPut = { getWithMetadata: async () => ({ value: null, metadata: null }), put: () => new Promise(() => {}) } as unknown as KVNamespace;
    const t0 = Date.now();
    const res = await postStory({ ARTICLES: slowPut, KV_TIMEOUT_MS: '100' });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-cache')).toBe('BYPASS');
    expect(Date.now() - t0).toBeLessThan(3_000);
  });
});
