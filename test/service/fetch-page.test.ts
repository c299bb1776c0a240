// Live only against the loopback fixture server (test/setup/fixture-server.ts); every other
// "network" here is a stub fetch that never leaves the process.
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { FetchError, fetchPage, type FetchOptions } from '../../src/service/fetch-page';
import { failure, recordingFetch } from '../helpers/fetch';

const origin = inject('fixtureOrigin');

const base: FetchOptions = { timeoutMs: 5_000, maxBytes: 5_000_000, maxRedirects: 5, allowHosts: ['127.0.0.1'] };

describe('fetchPage: success', () => {
  it('fetches an HTML page', async () => {
    const page = await fetchPage(`${origin}/story`, base);
    expect(page).toMatchObject({ url: `${origin}/story`, status: 200, contentType: 'text/html', kind: 'html', charset: 'utf-8' });
    expect(page.body).toContain('Harbour ferry returns after winter repairs');
    expect(page.body).toContain('PORT ELLEN (AP) — The blue ferry');
    expect(page.bytes).toBe(new TextEncoder().encode(page.body).length);
  });
  it('decodes a windows-1251 page declared by <meta charset>', async () => {
    const page = await fetchPage(`${origin}/story-1251`, base);
    expect(page.charset).toBe('windows-1251');
    expect(page.body).toContain('<title>Паром вернулся</title>');
    expect(page.bytes).toBe(page.body.length); // one byte per character
  });
  it('falls back to windows-1252 for undeclared non-UTF-8 bytes', async () => {
    const page = await fetchPage(`${origin}/cp1252-undeclared`, base);
    expect(page).toMatchObject({ charset: 'windows-1252', body: '<p>Café crème</p>' });
  });
  it('plain text', async () => {
    const page = await fetchPage(`${origin}/plain`, base);
    expect(page).toMatchObject({ kind: 'text', contentType: 'text/plain', charset: 'utf-8' });
    expect(page.body).toMatch(/^LISBON \(Reuters\)/);
  });
  it('XHTML', async () => {
    const page = await fetchPage(`${origin}/xhtml`, base);
    expect(page).toMatchObject({ kind: 'html', contentType: 'application/xhtml+xml' });
    expect(page.body).toContain('Fjord crossing');
  });
  it('a page without content type that starts with "<" is HTML', async () => {
    const page = await fetchPage(`${origin}/no-type`, base);
    expect(page).toMatchObject({ kind: 'html', contentType: 'text/html' });
    expect(page.body).toContain('Served without a content type.');
  });
  it('follows a relative redirect and reports the final URL', async () => {
    const page = await fetchPage(`${origin}/redirect`, base);
    expect(page.url).toBe(`${origin}/story`);
    expect(page.body).toContain('Harbour ferry');
  });
  it('follows a chain of redirects within the limit', async () => {
    const rec = recordingFetch();
    const page = await fetchPage(`${origin}/redirect-absolute`, { ...base, maxRedirects: 2, fetch: rec.fetch });
    expect(page.url).toBe(`${origin}/story`);
    expect(rec.calls).toEqual([`${origin}/redirect-absolute`, `${origin}/redirect`, `${origin}/story`]);
  });
  it('sends the given user agent', async () => {
    let seen: string | null = null;
    const stub = (async (_input: RequestInfo | URL, init?: RequestInit) => {
      seen = new Headers(init?.headers).get('user-agent');
      expect(init?.redirect).toBe('manual');
      return new Response('<p>hi</p>', { headers: { 'content-type': 'text/html' } });
    }) as typeof fetch;
    await fetchPage('https://news.example/a', { ...base, allowHosts: [], userAgent: 'TestBot/1.0', fetch: stub });
    expect(seen).toBe('TestBot/1.0');
  });
});

describe('fetchPage: refused URLs (no request is made)', () => {
  it.each(['http://10.0.0.1/', 'http://169.254.169.254/latest/meta-data/', 'http://[::1]/', 'http://localhost/', 'file:///etc/passwd', 'http://u:p@example.com/', 'not a url'])(
    '%s',
    async (u) => {
      const rec = recordingFetch();
      const err = await failure(fetchPage(u, { ...base, fetch: rec.fetch }));
      expect(err).toMatchObject({ type: 'url-refused', status: 400, title: 'URL refused' });
      expect(rec.calls).toEqual([]);
    },
  );
  it('the loopback server itself without allowHosts', async () => {
    const rec = recordingFetch();
    const err = await failure(fetchPage(`${origin}/story`, { ...base, allowHosts: [], fetch: rec.fetch }));
    expect(err.type).toBe('url-refused');
    expect(rec.calls).toEqual([]);
  });
  it.each([
    ['/redirect-private', /10\.0\.0\.1/],
    ['/redirect-metadata', /metadata/],
    ['/redirect-file', /scheme/],
  ])('a redirect to a refused target: %s', async (path, why) => {
    const rec = recordingFetch();
    const err = await failure(fetchPage(origin + path, { ...base, fetch: rec.fetch }));
    expect(err).toMatchObject({ type: 'url-refused', status: 400 });
    expect(err.detail).toMatch(why);
    expect(err.detail).toMatch(/redirect/);
    expect(rec.calls).toEqual([origin + path]); // only the first hop
  });
});

describe('fetchPage: failures', () => {
  it('too many redirects', async () => {
    const rec = recordingFetch();
    const err = await failure(fetchPage(`${origin}/loop`, { ...base, maxRedirects: 3, fetch: rec.fetch }));
    expect(err).toMatchObject({ type: 'too-many-redirects', status: 502, title: 'Too many redirects' });
    expect(rec.calls).toHaveLength(4);
  });
  it('maxRedirects 0 refuses any redirect', async () => {
    const err = await failure(fetchPage(`${origin}/redirect`, { ...base, maxRedirects: 0 }));
    expect(err.type).toBe('too-many-redirects');
  });
  it('a redirect without Location', async () => {
    const err = await failure(fetchPage(`${origin}/redirect-no-location`, base));
    expect(err).toMatchObject({ type: 'fetch-failed', status: 502, originStatus: 302 });
  });
  it.each([
    ['/status/404', 404],
    ['/status/500', 500],
    ['/no-such-fixture', 404],
  ])('origin status %s', async (path, status) => {
    const err = await failure(fetchPage(origin + path, base));
    expect(err).toMatchObject({ type: 'fetch-failed', status: 502, originStatus: status });
    expect(err.detail).toContain(String(status));
  });
  it('connection refused', async () => {
    // Port 1 on loopback: nothing listens there. (workerd logs "Uncaught (in promise) Network
    // connection lost" for any refused connection even when the rejection is caught: noise.)
    const err = await failure(fetchPage('http://127.0.0.1:1/', base));
    expect(err).toMatchObject({ type: 'fetch-failed', status: 502 });
  });
  it('a fetch that throws (DNS failure, reset…) is fetch-failed', async () => {
    const stub = (async () => {
      throw new TypeError('getaddrinfo ENOTFOUND news.example');
    }) as typeof fetch;
    const err = await failure(fetchPage('https://news.example/', { ...base, fetch: stub }));
    expect(err).toMatchObject({ type: 'fetch-failed', status: 502 });
    expect(err.detail).toMatch(/news\.example/);
  });
  it.each(['/image', '/json'])('unsupported content type %s', async (path) => {
    const err = await failure(fetchPage(origin + path, base));
    expect(err).toMatchObject({ type: 'unsupported-content-type', status: 502 });
  });
  it('a page without content type that is not markup', async () => {
    const err = await failure(fetchPage(`${origin}/no-type-binary`, base));
    expect(err.type).toBe('unsupported-content-type');
  });
});

describe('fetchPage: size cap', () => {
  it('stops streaming an 8 MB body at the cap', async () => {
    const t0 = Date.now();
    const err = await failure(fetchPage(`${origin}/big`, { ...base, maxBytes: 1_000_000 }));
    expect(err).toMatchObject({ type: 'page-too-large', status: 502, title: 'Fetched page too large' });
    expect(Date.now() - t0).toBeLessThan(4_000);
  });
  it('refuses early when Content-Length is over the cap', async () => {
    const err = await failure(fetchPage(`${origin}/declared-big`, { ...base, maxBytes: 1_000_000 }));
    expect(err.type).toBe('page-too-large');
    expect(err.detail).toContain('50000000');
  });
  it('a body exactly at the cap is accepted, one byte over is not', async () => {
    const { bytes } = await fetchPage(`${origin}/story`, base);
    await expect(fetchPage(`${origin}/story`, { ...base, maxBytes: bytes })).resolves.toMatchObject({ bytes });
    const err = await failure(fetchPage(`${origin}/story`, { ...base, maxBytes: bytes - 1 }));
    expect(err.type).toBe('page-too-large');
  });
  it('counts streamed bytes (no Content-Length) and cancels the stream', async () => {
    let pulls = 0;
    let cancelled = false;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls++;
        controller.enqueue(new Uint8Array(1000).fill(0x61));
      },
      cancel() {
        cancelled = true;
      },
    });
    const stub = (async () => new Response(stream, { headers: { 'content-type': 'text/plain' } })) as typeof fetch;
    const err = await failure(fetchPage('https://news.example/endless', { ...base, maxBytes: 10_500, fetch: stub }));
    expect(err.type).toBe('page-too-large');
    expect(cancelled).toBe(true);
    expect(pulls).toBeLessThan(20);
  });
});

describe('fetchPage: time limit', () => {
  it('covers the body (a page that drips forever)', async () => {
    const t0 = Date.now();
    const err = await failure(fetchPage(`${origin}/slow`, { ...base, timeoutMs: 500 }));
    expect(err).toMatchObject({ type: 'fetch-timeout', status: 504, title: 'Fetching the page timed out' });
    expect(Date.now() - t0).toBeLessThan(3_000);
  });
  it('covers the headers', async () => {
    const t0 = Date.now();
    const err = await failure(fetchPage(`${origin}/slow-headers`, { ...base, timeoutMs: 300 }));
    expect(err.type).toBe('fetch-timeout');
    expect(Date.now() - t0).toBeLessThan(3_000);
  });
  it('holds even if the runtime ignores the abort signal', async () => {
    const stub = (() => new Promise<Response>(() => {})) as typeof fetch;
    const err = await failure(fetchPage('https://news.example/', { ...base, timeoutMs: 100, fetch: stub }));
    expect(err.type).toBe('fetch-timeout');
    const never = new ReadableStream<Uint8Array>({ pull: () => new Promise<void>(() => {}) });
    const stub2 = (async () => new Response(never, { headers: { 'content-type': 'text/html' } })) as typeof fetch;
    const err2 = await failure(fetchPage('https://news.example/', { ...base, timeoutMs: 100, fetch: stub2 }));
    expect(err2.type).toBe('fetch-timeout');
  });
});

describe('FetchError', () => {
  it('carries type, status, title and detail', () => {
    const e = new FetchError('fetch-failed', 'The origin answered HTTP 503.', { originStatus: 503 });
    expect(e).toBeInstanceOf(Error);
    expect(e).toMatchObject({ name: 'FetchError', type: 'fetch-failed', status: 502, title: 'Fetching the page failed', originStatus: 503 });
    expect(e.detail).toBe('The origin answered HTTP 503.');
    expect(e.message).toBe(e.detail);
  });
});
