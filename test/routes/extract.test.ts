import { env, SELF } from 'cloudflare:test';
import { beforeEach, describe, expect, it } from 'vitest';
import { articleErrors } from '../helpers/validate';
import { REUTERS_STYLE, STORY_PAGE, WIRE_STORY } from '../fixtures/stories';
import { clearKv } from '../helpers/kv';

const BASE = 'http://article-extract.test';

const post = (body: BodyInit, type: string, path = '/v1/extract', headers: Record<string, string> = {}) =>
  SELF.fetch(BASE + path, { method: 'POST', body, headers: { 'content-type': type, ...headers } });

beforeEach(clearKv);

describe('POST /v1/extract', () => {
  it('extracts a plain-text wire story: MISS, then HIT, with a schema-valid Article', async () => {
    const first = await post(WIRE_STORY, 'text/plain');
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toMatch(/^application\/json/);
    expect(first.headers.get('x-cache')).toBe('MISS');
    const article = await first.json<any>();
    expect(articleErrors(article)).toEqual([]);
    expect(article.id).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(article.published).toBe('2023-04-12');
    expect(article.dateline).toMatchObject({ place: 'Lisbon', raw: 'LISBON (AP)' });
    expect(article.agency).toMatchObject({ code: 'AP' });
    expect(article.title).toBeNull();
    expect(article.language).toBe('en');
    expect(article.wordCount).toBeGreaterThan(100);
    expect(first.headers.get('etag')).toMatch(/^"[0-9a-f]{64}\.[^"]+\.json"$/);

    const second = await post(WIRE_STORY, 'text/plain');
    expect(second.headers.get('x-cache')).toBe('HIT');
    expect((await second.json<any>()).id).toBe(article.id);
  });

  it('gives equal content one id whatever the line endings or door (text/plain vs JSON)', async () => {
    const a = await (await post(WIRE_STORY, 'text/plain')).json<any>();
    const viaJson = await post(JSON.stringify({ text: WIRE_STORY.replace(/\n/g, '\r\n') }), 'application/json');
    expect(viaJson.headers.get('x-cache')).toBe('HIT');
    expect((await viaJson.json<any>()).id).toBe(a.id);
  });

  it('extracts posted HTML with ?url= as its address', async () => {
    const res = await post(STORY_PAGE, 'text/html; charset=utf-8', '/v1/extract?url=https://gazette.example/x');
    expect(res.status).toBe(200);
    const a = await res.json<any>();
    expect(articleErrors(a)).toEqual([]);
    expect(a.title).toBe('Library reopens after flood repairs');
    expect(a.published?.slice(0, 10)).toBe('2024-06-02');
    expect(a.text).toContain('central library reopened');
    expect(a.text).not.toContain('Sport');
  });

  it('accepts {"html","url"} and {"text"} JSON bodies', async () => {
    const h = await post(JSON.stringify({ html: STORY_PAGE, url: 'https://gazette.example/y' }), 'application/json');
    expect(h.status).toBe(200);
    const t = await post(JSON.stringify({ text: REUTERS_STYLE }), 'application/json');
    expect(t.status).toBe(200);
    const a = await t.json<any>();
    expect(a.dateline).toMatchObject({ place: expect.stringMatching(/^valparaiso$/i) });
    expect(a.agency?.code).toBe('Reuters');
    expect(a.dateline.date).toBe('--03-03');
  });

  it('answers If-None-Match with 304', async () => {
    const first = await post(WIRE_STORY, 'text/plain');
    const etag = first.headers.get('etag')!;
    const again = await post(WIRE_STORY, 'text/plain', '/v1/extract', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('negotiates HTML and Markdown', async () => {
    const html = await post(WIRE_STORY, 'text/plain', '/v1/extract', { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8' });
    expect(html.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await html.text()).toContain('<strong class="dateline">Lisbon</strong>');
    const md = await post(WIRE_STORY, 'text/plain', '/v1/extract?format=markdown');
    expect(md.headers.get('content-type')).toMatch(/^text\/markdown/);
    const curl = await post(WIRE_STORY, 'text/plain', '/v1/extract', { accept: '*/*' });
    expect(curl.headers.get('content-type')).toMatch(/^application\/json/);
  });
});

describe('errors are RFC 9457 problems', () => {
  const expectProblem = async (res: Response, status: number, type: string) => {
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const body = await res.json<any>();
    expect(body).toMatchObject({ type: `/problems/${type}`, status });
    expect(typeof body.title).toBe('string');
    expect(body.detail.length).toBeGreaterThan(5);
  };

  it('400 for malformed JSON', async () => expectProblem(await post('{"text": ', 'application/json'), 400, 'bad-request'));
  it('400 for JSON with wrong types', async () =>
    expectProblem(await post(JSON.stringify({ html: 42 }), 'application/json'), 400, 'bad-request'));
  it('400 for a JSON array', async () => expectProblem(await post('[]', 'application/json'), 400, 'bad-request'));
  it('400 for missing input', async () => {
    await expectProblem(await post('{}', 'application/json'), 400, 'missing-input');
    await expectProblem(await post('', 'text/plain'), 400, 'missing-input');
    await expectProblem(await post('   \n\t ', 'text/plain'), 400, 'missing-input');
    await expectProblem(await SELF.fetch(BASE + '/v1/extract'), 400, 'missing-input');
  });
  it('413 for a body over the limit, from the declared length', async () =>
    expectProblem(await post('x'.repeat(5_000_001), 'text/plain'), 413, 'too-large'));
  it('413 for a streamed body over the limit (no Content-Length)', async () => {
    const chunk = new TextEncoder().encode('word '.repeat(100_000));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(ctl) {
        if (sent > 6_000_000) return ctl.close();
        sent += chunk.byteLength;
        ctl.enqueue(chunk);
      },
    });
    const res = await SELF.fetch(BASE + '/v1/extract', { method: 'POST', body, headers: { 'content-type': 'text/plain' } });
    await expectProblem(res, 413, 'too-large');
    expect(sent).toBeLessThan(6_000_000);
  });
  it('415 for an unsupported content type', async () => {
    await expectProblem(await post('a,b', 'text/csv'), 415, 'unsupported-media-type');
    await expectProblem(await SELF.fetch(BASE + '/v1/extract', { method: 'POST', body: new Uint8Array([1, 2]) }), 415, 'unsupported-media-type');
  });
  it('422 when there is no article', async () => {
    await expectProblem(await post('<html><body><nav>Home</nav></body></html>', 'text/html'), 422, 'no-article');
    await expectProblem(await post('... --- !!!', 'text/plain'), 422, 'no-article');
  });
  it('404 for an unknown route', async () => expectProblem(await SELF.fetch(BASE + '/nope'), 404, 'not-found'));
  it('400 for a refused URL', async () => {
    await expectProblem(await SELF.fetch(BASE + '/v1/extract?url=ftp://example.com/x'), 400, 'url-refused');
    await expectProblem(await post(JSON.stringify({ url: 'http://10.1.2.3/' }), 'application/json'), 400, 'url-refused');
  });
});

describe('around every response', () => {
  it('sets CORS, Server-Timing, request id and security headers', async () => {
    const res = await post(WIRE_STORY, 'text/plain', '/v1/extract', { origin: 'https://app.example' });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('server-timing')).toMatch(/kv;dur=/);
    expect(res.headers.get('server-timing')).toMatch(/extract;dur=/);
    expect(res.headers.get('x-request-id')).toBeTruthy();
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    const pre = await SELF.fetch(BASE + '/v1/extract', {
      method: 'OPTIONS',
      headers: { origin: 'https://app.example', 'access-control-request-method': 'POST' },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-methods')).toContain('POST');
  });

  it('serves /healthz and an OpenAPI 3.1 document naming every route', async () => {
    expect(await (await SELF.fetch(BASE + '/healthz')).json()).toMatchObject({ status: 'ok', kv: true });
    const doc = await (await SELF.fetch(BASE + '/openapi.json')).json<any>();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/v1/extract', '/v1/articles/{id}', '/healthz']));
    expect(doc.components.schemas.Article.required).toContain('dateline');
    expect(Object.keys(doc.paths['/v1/extract'].post.requestBody.content)).toEqual(
      expect.arrayContaining(['text/plain', 'text/html', 'application/json']),
    );
  });
});
