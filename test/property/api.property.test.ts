// The API on hostile request bodies: always an Article (200) or an RFC 9457 problem with a 4xx
// status — never a 5xx, never a thrown error, within a budget proportional to the body size.
// Random JSON goes through an app whose outbound fetch refuses to run, so no generated "url"
// can ever leave the process.
import { env, SELF } from 'cloudflare:test';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { articleErrors } from '../helpers/validate';
import { htmlArb, mutatedHtmlArb, mutatedTextArb, textArb } from './arbitraries';
import { ALL_LABELS } from './whatwg-encodings';

const BASE = 'http://article-extract.test';
const budgetMs = (bytes: number) => 2_000 + (3 * bytes) / 1024;
const noNetwork = (() => {
  throw new Error('property tests must not fetch');
}) as unknown as typeof fetch;
const app = createApp({ log: () => {}, fetch: noNetwork });

async function expectSane(res: Response, bytes: number, t0: number, allowed: number[] = [200, 400, 413, 415, 422]) {
  const ms = Date.now() - t0;
  expect(ms, `${bytes} bytes took ${ms} ms`).toBeLessThan(budgetMs(bytes));
  expect(allowed, `status ${res.status}`).toContain(res.status);
  const body = await res.text();
  if (res.status === 200) {
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(articleErrors(JSON.parse(body))).toEqual([]);
  } else {
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const p = JSON.parse(body);
    expect(p.type).toMatch(/^\/problems\/[a-z-]+$/);
    expect(p.status).toBe(res.status);
    expect(p.type).not.toBe('/problems/internal');
  }
  return res.status;
}

/** Through the deployed Worker (SELF): slower, used for the named cases. */
const postSelf = (body: BodyInit, type: string | null, path = '/v1/extract') =>
  SELF.fetch(BASE + path, { method: 'POST', body, headers: type == null ? {} : { 'content-type': type } });
/** Through the app in-process (same bindings), for the many generated cases. */
const post = (body: BodyInit, type: string | null, path = '/v1/extract') =>
  app.request(path, { method: 'POST', body, headers: type == null ? {} : { 'content-type': type } }, env);

describe('POST /v1/extract with generated bodies', () => {
  it('text/plain and text/html bodies: random, structured and mutated', async () => {
    const body = fc.oneof(textArb, htmlArb, mutatedHtmlArb, mutatedTextArb);
    await fc.assert(
      fc.asyncProperty(body, fc.constantFrom('text/plain', 'text/html', 'text/html; charset=utf-8', 'application/xhtml+xml', 'text/plain; charset=latin1'), async (b, type) => {
        const t0 = Date.now();
        await expectSane(await post(b, type), b.length * 3, t0);
      }),
      { numRuns: 120 },
    );
  }, 120_000);

  it('raw bytes: binary and invalid UTF-8', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4000 }), fc.constantFrom('text/plain', 'text/html', 'application/json'), async (bytes, type) => {
        const t0 = Date.now();
        await expectSane(await post(bytes, type), bytes.length, t0);
      }),
      { numRuns: 120 },
    );
  }, 120_000);

  it('any Content-Type: unsupported ones are 415, never 5xx', async () => {
    const type = fc.oneof(
      fc.constantFrom('application/octet-stream', 'image/png', 'multipart/form-data; boundary=x', 'text/csv', 'application/x-www-form-urlencoded', 'TEXT/PLAIN', ' text/html ; charset = "utf-8" ', 'text/html;charset=', 'application/json; charset=utf-16', ''),
      fc.string({ maxLength: 60 }).filter((s) => !/[\r\n\u0000]/.test(s) && [...s].every((c) => c.charCodeAt(0) < 0x7f && c.charCodeAt(0) >= 0x20)),
    );
    await fc.assert(
      fc.asyncProperty(type, async (t) => {
        const t0 = Date.now();
        await expectSane(await post('MOSCOW (AP) — The city said on Monday that trams would run again.', t), 100, t0);
      }),
      { numRuns: 80 },
    );
  }, 60_000);

  it('JSON of the wrong shape, wrong types and extra fields: 400 (or an Article when it is valid after all)', async () => {
    const value = fc.oneof(fc.string({ maxLength: 200 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }), fc.object({ maxDepth: 2 }));
    const record = fc.dictionary(fc.constantFrom('html', 'text', 'format', 'extra', '__proto__', 'constructor', 'id', 'title'), value, { maxKeys: 4 });
    // "url" only with a type that cannot be fetched, or a refused address.
    const url = fc.oneof(fc.integer(), fc.constant(null), fc.array(fc.string()), fc.object(), fc.constantFrom('', 'javascript:alert(1)', 'http://[::1]/', 'http://0x7f.1/', 'file:///etc/passwd', 'http://169.254.169.254/', 'x'.repeat(9000)));
    const json = fc.oneof(
      record.map((r) => JSON.stringify(r)),
      fc.tuple(record, url).map(([r, u]) => JSON.stringify({ ...r, url: u })),
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
      fc.string({ maxLength: 300 }),
      fc.constantFrom('{', '{"text":', '{"text": "a"}}', '[[[[[[[[[[', '{"text":"\\ud800"}', '{"text": 1e999}', '\ufeff{"text":"LISBON (AP) — x said."}', 'null', '"str"'),
    );
    await fc.assert(
      fc.asyncProperty(json, async (body) => {
        const t0 = Date.now();
        // No host is allow-listed here: every address form the guard refuses stays refused.
        const res = await app.request('/v1/extract', { method: 'POST', body, headers: { 'content-type': 'application/json' } }, { ...env, FETCH_ALLOW_HOSTS: '' });
        await expectSane(res, body.length, t0);
      }),
      { numRuns: 250 },
    );
  }, 120_000);
});

describe('POST /v1/extract: named cases', () => {
  const cases: Array<[string, () => [BodyInit, string | null], number[]]> = [
    ['empty body (text)', () => ['', 'text/plain'], [400]],
    ['empty body (HTML)', () => ['', 'text/html'], [400]],
    ['empty body (JSON)', () => ['', 'application/json'], [400]],
    ['no Content-Type', () => [new TextEncoder().encode('hello'), null], [415]],
    ['whitespace only', () => [' \n\t\r '.repeat(1000), 'text/plain'], [400]],
    ['binary (PNG header and noise)', () => [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0xff, 0xfe, 0xfd, 0x80, 0x81]), 'text/html'], [200, 400, 422]],
    ['invalid UTF-8 declared as UTF-8', () => [new Uint8Array([0x3c, 0x70, 0x3e, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc]), 'text/html; charset=utf-8'], [200, 400, 422]],
    ['NUL bytes', () => ['\u0000'.repeat(10_000), 'text/plain'], [200, 400, 422]],
    ['5 MB of text with no punctuation (under the 5,000,000-byte cap)', () => ['word '.repeat(999_000), 'text/plain'], [200]],
    ['over MAX_BODY_BYTES: 413', () => ['a'.repeat(5_000_001), 'text/plain'], [413]],
    ['oversized JSON: 413', () => [JSON.stringify({ text: 'word '.repeat(1_100_000) }), 'application/json'], [413]],
    ['100,000 nested elements', () => ['<div>'.repeat(100_000) + '<p>The ferry sailed on Monday.</p>', 'text/html'], [200, 422]],
    ['a 1 MB attribute', () => [`<p title="${'x'.repeat(1_048_576)}">The ferry sailed on Monday.</p>`, 'text/html'], [200, 422]],
    ['100,000 unclosed quote marks', () => ['He said "'.repeat(100_000), 'text/plain'], [200, 422]],
    ['mixed right-to-left text', () => ['القاهرة (رويترز) - قال "hello" שלום \u202eevil\u202c said. '.repeat(2_000), 'text/plain'], [200]],
    ['JSON with extra fields', () => [JSON.stringify({ text: 'LISBON (AP) — The city said on Monday.', extra: { deep: [1, 2] }, admin: true }), 'application/json'], [200]],
    ['JSON with wrong types', () => [JSON.stringify({ text: 42, html: ['x'] }), 'application/json'], [400]],
    ['JSON nested 100,000 deep', () => ['['.repeat(100_000) + ']'.repeat(100_000), 'application/json'], [400]],
  ];
  it.each(cases)('%s', async (_name, make, allowed) => {
    const [body, type] = make();
    const size = typeof body === 'string' ? body.length : (body as Uint8Array).byteLength;
    const t0 = Date.now();
    await expectSane(await postSelf(body, type), size, t0, allowed);
  }, 60_000);
});

describe('every WHATWG encoding label, as Content-Type charset and as <meta charset>', () => {
  const page = (label: string) =>
    new Uint8Array([
      ...new TextEncoder().encode(`<html><head><meta charset="${label}"><title>Caf`),
      0xe9, 0x80, 0xff, 0x00,
      ...new TextEncoder().encode('</title></head><body><article><p>The ferry crossed the bay on Tuesday morning, officials said.</p></article></body></html>'),
    ]);
  it(`${ALL_LABELS.length} labels: never a 5xx`, async () => {
    expect(ALL_LABELS.length).toBeGreaterThan(200);
    for (const label of ALL_LABELS) {
      for (const type of [`text/html; charset=${label}`, 'text/html', `text/plain; charset="${label}"`]) {
        const t0 = Date.now();
        const res = await app.request('/v1/extract', { method: 'POST', body: page(label), headers: { 'content-type': type } }, env);
        await expectSane(res, 300, t0, [200, 422]);
      }
    }
  }, 120_000);
});
