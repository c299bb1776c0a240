import { env, SELF } from 'cloudflare:test';
import { beforeEach, describe, expect, it } from 'vitest';
import { WIRE_STORY } from '../fixtures/stories';
import { clearKv } from '../helpers/kv';

const BASE = 'http://article-extract.test';

beforeEach(async () => {
  await clearKv();
});

async function extractStory() {
  const res = await SELF.fetch(BASE + '/v1/extract', { method: 'POST', body: WIRE_STORY, headers: { 'content-type': 'text/plain' } });
  return res.json<any>();
}

describe('GET /v1/articles/:id', () => {
  it('serves the cached Article by sha256:<hex> and by the bare hex', async () => {
    const a = await extractStory();
    for (const id of [a.id, a.id.slice('sha256:'.length), encodeURIComponent(a.id)]) {
      const res = await SELF.fetch(`${BASE}/v1/articles/${id}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('x-cache')).toBe('HIT');
      expect(res.headers.get('cache-control')).toMatch(/max-age/);
      expect((await res.json<any>()).id).toBe(a.id);
    }
  });

  it('renders the HTML view for Accept: text/html and ?format=html, escaping every value', async () => {
    const a = await extractStory();
    const res = await SELF.fetch(`${BASE}/v1/articles/${a.id}`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('vary')).toContain('Accept');
    const html = await res.text();
    expect(html).toContain('Lisbon');
    expect(html).toContain(`href="/v1/articles/${a.id}?format=json"`);
    expect(html).toContain('<time datetime="2023-04-12">');
    const viaParam = await SELF.fetch(`${BASE}/v1/articles/${a.id}?format=html`);
    expect(viaParam.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('escapes markup that arrives in the article', async () => {
    const hostile = 'PARIS (AFP) - <script>alert(1)</script> The council met on <img src=x onerror=alert(2)> Monday to vote on the new bridge, officials said.';
    const res = await SELF.fetch(BASE + '/v1/extract?format=html', { method: 'POST', body: hostile, headers: { 'content-type': 'text/plain' } });
    const html = await res.text();
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;');
  });

  it('404 problem when absent, 400 for a malformed id', async () => {
    const missing = await SELF.fetch(`${BASE}/v1/articles/sha256:${'0'.repeat(64)}`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('application/problem+json');
    const bad = await SELF.fetch(`${BASE}/v1/articles/not-an-id`);
    expect(bad.status).toBe(400);
  });

  it('ETags differ per representation and 304 on a match', async () => {
    const a = await extractStory();
    const json = await SELF.fetch(`${BASE}/v1/articles/${a.id}`);
    const html = await SELF.fetch(`${BASE}/v1/articles/${a.id}?format=html`);
    expect(json.headers.get('etag')).not.toBe(html.headers.get('etag'));
    const cond = await SELF.fetch(`${BASE}/v1/articles/${a.id}`, { headers: { 'if-none-match': json.headers.get('etag')! } });
    expect(cond.status).toBe(304);
  });
});

describe('home page', () => {
  it('GET / serves the form; POST / extracts and redirects to the article page', async () => {
    const home = await SELF.fetch(BASE + '/');
    expect(home.status).toBe(200);
    const page = await home.text();
    expect(page).toContain('<form method="post" action="/"');
    expect(page).toContain('name="url"');
    const res = await SELF.fetch(BASE + '/', {
      method: 'POST',
      body: new URLSearchParams({ content: WIRE_STORY }),
      redirect: 'manual',
    });
    expect(res.status).toBe(303);
    const location = res.headers.get('location')!;
    expect(location).toMatch(/^\/v1\/articles\/sha256:[0-9a-f]{64}\?format=html$/);
    const view = await SELF.fetch(BASE + location);
    expect(await view.text()).toContain('Lisbon');
  });

  it('POST / with nothing shows the form again with an error', async () => {
    const res = await SELF.fetch(BASE + '/', { method: 'POST', body: new URLSearchParams({ content: ' ' }) });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('role="alert"');
  });

  it('serves the stylesheet', async () => {
    const css = await SELF.fetch(BASE + '/assets/view.css');
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
    expect(await css.text()).toContain('prefers-color-scheme');
  });
});
