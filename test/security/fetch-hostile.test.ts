// Hostile origins, live ONLY against the loopback fixture server (test/setup/fixture-server.ts);
// every redirect to another address is refused by the guard before any request is made, and a
// recording fetch proves it.
import { env } from 'cloudflare:test';
import { describe, expect, inject, it } from 'vitest';
import { createApp } from '../../src/app';
import { FetchError, fetchPage, type FetchOptions } from '../../src/service/fetch-page';
import { failure, recordingFetch, recordingFetch as loopbackFetch } from '../helpers/fetch';

const origin = inject('fixtureOrigin');
const base: FetchOptions = { timeoutMs: 5_000, maxBytes: 1_000_000, maxRedirects: 5, allowHosts: ['127.0.0.1'] };

describe('decompression bombs: the cap counts decoded bytes as they stream', () => {
  it('a 64 KB gzip body that inflates to 64 MB stops at the cap', async () => {
    const head = await fetch(`${origin}/gzip-bomb`, { method: 'GET' });
    const wire = Number(head.headers.get('content-length'));
    const inflated = Number(head.headers.get('x-inflated-length'));
    await head.body?.cancel();
    expect(wire).toBeLessThan(200_000);
    expect(inflated).toBeGreaterThan(60_000_000);
    const t0 = Date.now();
    const err = await failure(fetchPage(`${origin}/gzip-bomb`, { ...base, maxBytes: 1_000_000 }));
    expect(err).toMatchObject({ type: 'page-too-large', status: 502 });
    // The Content-Length (compressed) is under the cap: only the streamed count can catch it.
    expect(err.detail).toMatch(/larger than the limit of 1000000 bytes/);
    expect(Date.now() - t0).toBeLessThan(5_000);
  });

  it('an endless gzip stream: the reader stops at the cap and hangs up (the origin sees the close)', async () => {
    const id = crypto.randomUUID();
    const err = await failure(fetchPage(`${origin}/gzip-endless?id=${id}`, { ...base, maxBytes: 2_000_000 }));
    expect(err.type).toBe('page-too-large');
    // Give the origin a moment to notice the hang-up, then ask how much it managed to send.
    let stats: { sent: number; closed: boolean } | null = null;
    for (let i = 0; i < 40; i++) {
      stats = await (await fetch(`${origin}/gzip-endless-sent?id=${id}`)).json();
      if (stats?.closed) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(stats?.closed).toBe(true);
    // 8 MB on the wire would be gigabytes inflated; the client hung up long before.
    expect(stats!.sent).toBeLessThan(8_000_000);
  });

  it('through the API: 502 page-too-large, not a crash', async () => {
    const app = createApp({ log: () => {} });
    const res = await app.request(`/v1/extract?url=${encodeURIComponent(origin + '/gzip-bomb')}`, {}, { ...env, MAX_BODY_BYTES: '1000000' });
    expect(res.status).toBe(502);
    expect(await res.json()).toMatchObject({ type: '/problems/page-too-large' });
  });
});

describe('bodies and connections that misbehave', () => {
  it('an endless body is cut at the size cap', async () => {
    const t0 = Date.now();
    const err = await failure(fetchPage(`${origin}/endless`, { ...base, maxBytes: 500_000 }));
    expect(err.type).toBe('page-too-large');
    expect(Date.now() - t0).toBeLessThan(5_000);
  });
  it('a slow-drip body is cut by the whole-fetch time limit', async () => {
    const t0 = Date.now();
    const err = await failure(fetchPage(`${origin}/slow`, { ...base, timeoutMs: 400 }));
    expect(err.type).toBe('fetch-timeout');
    expect(Date.now() - t0).toBeLessThan(3_000);
  });
  it('no headers: the per-hop connect limit fires before the whole-fetch limit', async () => {
    const t0 = Date.now();
    const err = await failure(fetchPage(`${origin}/slow-headers`, { ...base, timeoutMs: 20_000, connectTimeoutMs: 300 }));
    expect(err).toMatchObject({ type: 'fetch-timeout', status: 504 });
    expect(err.detail).toMatch(/did not answer within 300 ms/);
    expect(Date.now() - t0).toBeLessThan(3_000);
  });
  it('the connect limit never extends the whole-fetch limit', async () => {
    const t0 = Date.now();
    const err = await failure(fetchPage(`${origin}/slow-headers`, { ...base, timeoutMs: 300, connectTimeoutMs: 20_000 }));
    expect(err.type).toBe('fetch-timeout');
    expect(Date.now() - t0).toBeLessThan(3_000);
  });
  it('a connection reset before the answer: fetch-failed (502)', async () => {
    const err = await failure(fetchPage(`${origin}/reset`, base));
    expect(err).toMatchObject({ type: 'fetch-failed', status: 502 });
  });
  it('a connection reset before the answer is retried once (a GET is idempotent)', async () => {
    const rec = recordingFetch();
    const key = crypto.randomUUID();
    const page = await fetchPage(`${origin}/reset-once?key=${key}`, { ...base, fetch: rec.fetch });
    expect(page.body).toContain('Harbour ferry');
    expect(rec.calls).toHaveLength(2);
  });
  it('a second reset in a row is retried too: an origin may close several pooled sockets at once', async () => {
    const rec = recordingFetch();
    const key = crypto.randomUUID();
    const page = await fetchPage(`${origin}/reset-once?times=2&key=${key}`, { ...base, fetch: rec.fetch });
    expect(page.body).toContain('Harbour ferry');
    expect(rec.calls).toHaveLength(3);
  });
  it('an origin that resets every connection: fetch-failed (502) after three tries', async () => {
    const rec = recordingFetch();
    const key = crypto.randomUUID();
    const err = await failure(fetchPage(`${origin}/reset-once?times=99&key=${key}`, { ...base, fetch: rec.fetch }));
    expect(err).toMatchObject({ type: 'fetch-failed', status: 502 });
    expect(rec.calls).toHaveLength(3);
  });
  it('a connection reset in the middle of the body: fetch-failed (502)', async () => {
    const err = await failure(fetchPage(`${origin}/reset-mid-body`, base));
    expect(err).toMatchObject({ type: 'fetch-failed', status: 502 });
  });
  it('a megabyte of response headers: a clean failure or a page, never a crash', async () => {
    try {
      const page = await fetchPage(`${origin}/huge-headers`, base);
      expect(page.body).toContain('wall of headers');
    } catch (err) {
      expect(err).toBeInstanceOf(FetchError);
      expect((err as FetchError).status).toBe(502);
    }
  });
  it('a bad charset label in the header and in <meta>: decoded as UTF-8/windows-1252, not an error', async () => {
    const page = await fetchPage(`${origin}/bad-charset`, base);
    expect(['utf-8', 'windows-1252']).toContain(page.charset);
    expect(page.body).toContain('The ferry crossed the bay');
  });
  it.each(['/image', '/json'])('a wrong content type (%s) is refused before reading the body', async (path) => {
    const err = await failure(fetchPage(origin + path, base));
    expect(err).toMatchObject({ type: 'unsupported-content-type', status: 502 });
  });
});

describe('redirects: every hop checked, with a hop limit', () => {
  it.each([
    'http://[::1]/',
    'http://[::ffff:127.0.0.2]/',
    'http://0x7f.0.0.2/',
    'http://2130706434/',
    'http://0177.0.0.2/',
    'http://127.2/',
    'http://0.0.0.0/',
    'http://foo.localhost/',
    'http://169.254.169.254/latest/meta-data/',
    'http://[fd00:ec2::254]/',
    'http://[fe80::1]/',
    'http://10.1.2.3/',
    'http://192.168.0.1/',
    'http://user:pw@127.0.0.1/',
    'gopher://127.0.0.1/',
    'http://metadata.google.internal/',
  ])('a redirect to %s is refused; only the first hop was requested', async (target) => {
    const rec = loopbackFetch();
    const first = `${origin}/redirect-to?to=${encodeURIComponent(target)}`;
    const err = await failure(fetchPage(first, { ...base, fetch: rec.fetch }));
    expect(err).toMatchObject({ type: 'url-refused', status: 400 });
    expect(err.detail).toMatch(/redirect target/);
    expect(rec.calls).toEqual([first]);
  });
  it('a redirect loop stops at the hop limit', async () => {
    const rec = loopbackFetch();
    const err = await failure(fetchPage(`${origin}/loop`, { ...base, maxRedirects: 5, fetch: rec.fetch }));
    expect(err.type).toBe('too-many-redirects');
    expect(rec.calls).toHaveLength(6);
  });
});

describe('through the API', () => {
  const app = createApp({ log: () => {} });
  const get = (path: string, bindings: Record<string, unknown> = {}) =>
    app.request(`/v1/extract?url=${encodeURIComponent(origin + path)}`, {}, { ...env, ...bindings });

  it.each([
    ['/reset', 502, 'fetch-failed'],
    ['/reset-mid-body', 502, 'fetch-failed'],
    ['/endless', 502, 'page-too-large'],
    ['/image', 502, 'unsupported-content-type'],
    ['/loop', 502, 'too-many-redirects'],
    [`/redirect-to?to=${encodeURIComponent('http://[::1]/')}`, 400, 'url-refused'],
  ])('%s → %i %s', async (path, status, type) => {
    const res = await get(path, { MAX_BODY_BYTES: '1000000' });
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect((await res.json<any>()).type).toBe(`/problems/${type}`);
  });
  it('a stalled origin answers 504 within FETCH_CONNECT_TIMEOUT_MS', async () => {
    const t0 = Date.now();
    const res = await get('/slow-headers', { FETCH_CONNECT_TIMEOUT_MS: '300' });
    expect(res.status).toBe(504);
    expect((await res.json<any>()).type).toBe('/problems/fetch-timeout');
    expect(Date.now() - t0).toBeLessThan(3_000);
  });
});

describe('ports: 80/443, or those in FETCH_ALLOW_PORTS', () => {
  // A host that is not allow-listed, so only the port rule decides; the guard answers before any
  // request, so these never leave the process.
  const app = createApp({
    log: () => {},
    fetch: (async () => new Response('OSLO (Reuters) - The harbour ferry resumed service on Monday, the city said.\n', { headers: { 'content-type': 'text/plain' } })) as typeof fetch,
  });
  it('refused by default, allowed once configured', async () => {
    const url = encodeURIComponent('https://news.example:8443/story');
    const refused = await app.request(`/v1/extract?url=${url}`, {}, { ...env, FETCH_ALLOW_HOSTS: '' });
    expect(refused.status).toBe(400);
    expect((await refused.json<any>()).detail).toMatch(/port 8443/);
    const ok = await app.request(`/v1/extract?url=${url}`, {}, { ...env, FETCH_ALLOW_HOSTS: '', FETCH_ALLOW_PORTS: '8443, 9000' });
    expect(ok.status).toBe(200);
    expect((await ok.json<any>()).dateline?.place).toBe('Oslo');
  });
});
