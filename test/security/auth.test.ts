// The optional API key (secret API_KEY) and request-rate limit (binding RATE_LIMITER). The rate
// limiter here is a fake binding object with the Workers API: limit({key}) → {success}.
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { checkApiKey, checkRateLimit, keysEqual, presentedKey, rateLimitKey } from '../../src/service/auth';
import { PROBLEM_TYPES } from '../../src/service/problems';
import { WIRE_STORY } from '../fixtures/stories';

const app = createApp({ log: () => {} });
const KEY = 's3cret-key-0123456789';
const post = (headers: Record<string, string> = {}, bindings: Record<string, unknown> = {}) =>
  app.request('/v1/extract', { method: 'POST', body: WIRE_STORY, headers: { 'content-type': 'text/plain', ...headers } }, { ...env, ...bindings });

describe('API key for POST (secret API_KEY)', () => {
  it('off when API_KEY is unset or empty', async () => {
    expect((await post()).status).toBe(200);
    expect((await post({}, { API_KEY: '' })).status).toBe(200);
    expect((await post({}, { API_KEY: '   ' })).status).toBe(200);
  });
  it('401 problem "unauthorized" without a key, with a wrong key, or a malformed header', async () => {
    const variants: Record<string, string>[] = [{}, { authorization: 'Bearer nope' }, { 'x-api-key': 'nope' }, { authorization: `Basic ${KEY}` }, { authorization: 'Bearer' }, { authorization: `Bearer ${KEY}x` }, { 'x-api-key': KEY.slice(0, -1) }];
    for (const headers of variants) {
      const res = await post(headers, { API_KEY: KEY });
      expect(res.status, JSON.stringify(headers)).toBe(401);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(res.headers.get('content-security-policy')).toBeTruthy();
      const body = await res.json<any>();
      expect(body).toMatchObject({ type: '/problems/unauthorized', status: 401, title: 'Unauthorized' });
      expect(JSON.stringify(body)).not.toContain(KEY);
    }
  });
  it('accepts "Authorization: Bearer <key>" (any case of "bearer") or "X-API-Key: <key>"', async () => {
    expect((await post({ authorization: `Bearer ${KEY}` }, { API_KEY: KEY })).status).toBe(200);
    expect((await post({ authorization: `bearer ${KEY}` }, { API_KEY: KEY })).status).toBe(200);
    expect((await post({ 'x-api-key': KEY }, { API_KEY: KEY })).status).toBe(200);
  });
  it('covers every POST (the home form too); GET, HEAD and OPTIONS need no key', async () => {
    const form = await app.request('/', { method: 'POST', body: 'content=hello', headers: { 'content-type': 'application/x-www-form-urlencoded' } }, { ...env, API_KEY: KEY });
    expect(form.status).toBe(401);
    expect((await app.request('/healthz', {}, { ...env, API_KEY: KEY })).status).toBe(200);
    expect((await app.request('/v1/articles/' + 'a'.repeat(64), {}, { ...env, API_KEY: KEY })).status).toBe(404);
    const pre = await app.request('/v1/extract', { method: 'OPTIONS', headers: { origin: 'https://a.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization' } }, { ...env, API_KEY: KEY });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
  });
  it('the home form asks for the key when API_KEY is set, and its posts are extracted only with the right key', async () => {
    const withKey = { ...env, API_KEY: KEY };
    const home = await (await app.request('/', {}, withKey)).text();
    const keyInputs = home.match(/<input[^>]*name="apiKey"[^>]*>/g) ?? [];
    expect(keyInputs).toHaveLength(2);
    for (const input of keyInputs) expect(input).toContain('type="password"');
    expect(await (await app.request('/', {}, env)).text()).not.toContain('name="apiKey"');
    const story = 'TROMSO, Norway (AP) — The harbour ferry resumed service on Thursday, the operator said.';
    const postForm = (fields: Record<string, string>) =>
      app.request('/', { method: 'POST', body: new URLSearchParams(fields).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } }, withKey);
    const ok = await postForm({ content: story, apiKey: KEY });
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toMatch(/^\/v1\/articles\/sha256:[0-9a-f]{64}\?format=html$/);
    for (const fields of [{ content: story }, { content: story, apiKey: 'wrong' }] as Record<string, string>[]) {
      const res = await postForm(fields);
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toContain('text/html');
      const page = await res.text();
      expect(page).toContain('role="alert"');
      expect(page).toContain('TROMSO'); // what was pasted is kept for a second try
      expect(page).not.toContain(KEY);
    }
  });
  it('unit: presentedKey, keysEqual, checkApiKey', async () => {
    expect(presentedKey(new Headers({ authorization: 'Bearer abc' }))).toBe('abc');
    expect(presentedKey(new Headers({ authorization: 'Bearer  abc  ' }))).toBe('abc');
    expect(presentedKey(new Headers({ authorization: 'Bearer a b' }))).toBeNull();
    expect(presentedKey(new Headers({ 'x-api-key': ' k ' }))).toBe('k');
    expect(presentedKey(new Headers({ authorization: 'Bearer ' + 'x'.repeat(5000) }))).toBeNull();
    expect(presentedKey(new Headers())).toBeNull();
    expect(await keysEqual('a', 'a')).toBe(true);
    expect(await keysEqual('a', 'b')).toBe(false);
    expect(await keysEqual('', 'a')).toBe(false);
    expect(await checkApiKey('GET', new Headers(), KEY)).toBeNull();
    expect(await checkApiKey('POST', new Headers(), null)).toBeNull();
    expect((await checkApiKey('post', new Headers(), KEY))?.type).toBe('unauthorized');
    expect(PROBLEM_TYPES.unauthorized.status).toBe(401);
  });
});

/** A fake Workers rate-limit binding: `limit` requests per key, then refusals. */
function fakeLimiter(limit: number) {
  const counts = new Map<string, number>();
  const keys: string[] = [];
  return {
    keys,
    limit: async ({ key }: { key: string }) => {
      keys.push(key);
      const n = (counts.get(key) ?? 0) + 1;
      counts.set(key, n);
      return { success: n <= limit };
    },
  };
}

describe('request-rate limit (binding RATE_LIMITER)', () => {
  it('no binding: no limit', async () => {
    for (let i = 0; i < 5; i++) expect((await post()).status).toBe(200);
  });
  it('over the limit: 429 problem "rate-limited" with Retry-After, per client address', async () => {
    const limiter = fakeLimiter(2);
    const b = { RATE_LIMITER: limiter };
    const from = (ip: string) => ({ 'cf-connecting-ip': ip });
    expect((await post(from('203.0.113.5'), b)).status).toBe(200);
    expect((await post(from('203.0.113.5'), b)).status).toBe(200);
    const limited = await post(from('203.0.113.5'), b);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('60');
    expect(limited.headers.get('content-type')).toBe('application/problem+json');
    expect(await limited.json()).toMatchObject({ type: '/problems/rate-limited', status: 429, title: 'Too many requests' });
    // Another client is not affected; the limit keys on the client address.
    expect((await post(from('198.51.100.9'), b)).status).toBe(200);
    expect(limiter.keys).toContain('ip:203.0.113.5');
    expect(limiter.keys).toContain('ip:198.51.100.9');
  });
  it('RATE_LIMIT_PERIOD_SECONDS sets Retry-After; GETs count too; /healthz and preflights do not', async () => {
    const limiter = fakeLimiter(0);
    const b = { RATE_LIMITER: limiter, RATE_LIMIT_PERIOD_SECONDS: '10' };
    const res = await app.request('/v1/articles/' + 'a'.repeat(64), {}, { ...env, ...b });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('10');
    expect((await app.request('/healthz', {}, { ...env, ...b })).status).toBe(200);
    const pre = await app.request('/v1/extract', { method: 'OPTIONS', headers: { origin: 'https://a.example', 'access-control-request-method': 'POST' } }, { ...env, ...b });
    expect(pre.status).toBe(204);
  });
  it('the limit is checked before the API key (guessing keys is limited too)', async () => {
    const res = await post({ authorization: 'Bearer wrong' }, { RATE_LIMITER: fakeLimiter(0), API_KEY: KEY });
    expect(res.status).toBe(429);
  });
  it('a failing limiter lets the request through (fails open) and is logged', async () => {
    const lines: Record<string, unknown>[] = [];
    const logged = createApp({ log: (l) => lines.push(l) });
    const broken = { limit: async () => { throw new Error('limiter down'); } };
    const res = await logged.request('/v1/extract', { method: 'POST', body: WIRE_STORY, headers: { 'content-type': 'text/plain' } }, { ...env, RATE_LIMITER: broken });
    expect(res.status).toBe(200);
    expect(lines.some((l) => l.event === 'ratelimit.error')).toBe(true);
  });
  it('unit: checkRateLimit and rateLimitKey', async () => {
    expect(await checkRateLimit(undefined, 'k', 60)).toEqual({ ok: true });
    expect(await checkRateLimit({} as never, 'k', 60)).toEqual({ ok: true });
    const no = await checkRateLimit({ limit: async () => ({ success: false }) }, 'k', 60);
    expect(no.ok).toBe(false);
    expect(rateLimitKey(new Headers({ 'cf-connecting-ip': '2001:db8::1' }))).toBe('ip:2001:db8::1');
    expect(rateLimitKey(new Headers())).toBe('ip:unknown');
  });
});
