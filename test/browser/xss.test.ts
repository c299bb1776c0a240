// XSS: articles whose title, authors, description, site name, text and quotes carry <script>,
// event-handler and javascript: payloads, rendered by the built Worker (Miniflare on 127.0.0.1)
// in Chromium. Nothing may execute, no javascript: URL may reach the DOM, and the CSP and the
// other security headers must be on every view.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { startWorker, type WorkerServer } from '../helpers/worker-server';

let worker: WorkerServer;
let browser: Browser;
beforeAll(async () => {
  worker = await startWorker();
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await worker?.dispose();
});

/** Each payload, if it ran, would set window.__xss, log "XSS" and open a dialog. */
const JS = "window.__xss=1;console.log('XSS');alert('XSS')";
const PAYLOADS = [
  `<script>${JS}</script>`,
  `<img src=x onerror="${JS}">`,
  `<svg onload="${JS}"></svg>`,
  `" onmouseover="${JS}" x="`,
  `' onfocus='${JS}' autofocus x='`,
  `javascript:${JS}`,
  `</title></textarea></style><script>${JS}</script>`,
  `<a href="javascript:${JS}">click</a>`,
  `<iframe srcdoc="<script>${JS}</script>"></iframe>`,
];
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A page whose decoded text fields (not its markup) are the payloads. */
function hostilePage(p: string): string {
  return `<!doctype html><html lang="en"><head>
<title>${esc(p)} Harbour ferry returns</title>
<meta name="description" content="${esc(p)}">
<meta name="author" content="${esc(p)}">
<meta property="og:site_name" content="${esc(p)}">
<meta property="og:image" content="javascript:${esc(JS)}">
<link rel="canonical" href="javascript:${esc(JS)}">
<script>${JS}</script>
</head><body onload="${esc(JS)}"><article>
<h1>${esc(p)} Harbour ferry returns</h1>
<p class="byline">By ${esc(p)}</p>
<p>PORT ELLEN (AP) — The ferry went back into service on Tuesday ${esc(p)} after three months of repairs to its engine and hull.</p>
<p>“${esc(p)} We are glad to be back,” said Captain Ilse Varga, who has run the crossing for ten years.</p>
<p>Shop owners welcomed the return <img src=x onerror="${esc(JS)}"> <a href="javascript:${esc(JS)}">saying</a> the road had kept customers away.</p>
</article></body></html>`;
}

function hostileText(p: string): string {
  return `By ${p}\n\nLISBON (AP) — ${p} The city said on Monday that trams would run again after ${p} track work.\n\n“${p} It is done,” said Mayor Ana Costa, who opened the line. "${p}" she added.\n`;
}

async function post(body: string, type: string, path = '/v1/extract'): Promise<string> {
  const res = await fetch(worker.origin + path, { method: 'POST', body, headers: { 'content-type': type } });
  expect(res.status, await res.clone().text()).toBe(200);
  return ((await res.json()) as { id: string }).id;
}

interface Watch {
  page: Page;
  effects: string[];
}

async function watchedPage(): Promise<Watch> {
  const page = await browser.newPage();
  const effects: string[] = [];
  page.on('dialog', (d) => {
    effects.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('console', (m) => {
    if (m.text().includes('XSS')) effects.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => effects.push(`pageerror: ${e.message}`));
  return { page, effects };
}

/** Nothing ran, nothing can run on interaction, and no javascript: URL is in the DOM. */
async function expectInert({ page, effects }: Watch) {
  // Interact: hover and focus every element (the onmouseover / onfocus payloads need it).
  const count = await page.locator('body *').count();
  for (let i = 0; i < Math.min(count, 80); i++) {
    const el = page.locator('body *').nth(i);
    if (await el.isVisible().catch(() => false)) await el.hover({ timeout: 200, force: true }).catch(() => {});
  }
  // Page-side code as strings: this project's TypeScript has no DOM library.
  await page.evaluate("document.querySelectorAll('body *').forEach((e) => e.focus && e.focus())");
  await page.waitForTimeout(100);
  expect(await page.evaluate('window.__xss')).toBeUndefined();
  expect(effects).toEqual([]);
  const bad = (await page.evaluate(`(() => {
    const out = [];
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) {
        const v = attr.value.replace(/[\\u0000-\\u0020]/g, '').toLowerCase();
        if (/^on/i.test(attr.name)) out.push(el.tagName + ' has handler ' + attr.name);
        if (['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc'].includes(attr.name) &&
            (v.startsWith('javascript:') || v.startsWith('data:text/html') || attr.name === 'srcdoc')) {
          out.push(el.tagName + ' ' + attr.name + '=' + attr.value.slice(0, 60));
        }
      }
      if (el.tagName === 'SCRIPT') {
        if (el.src) {
          // Only the site's own script files.
          if (new URL(el.src).origin !== location.origin) out.push('foreign script ' + el.src);
        } else if (el.type === 'application/ld+json') {
          // A data block (never executed): the payload must not have broken out of it.
          try { JSON.parse(el.textContent || ''); } catch { out.push('JSON-LD block that does not parse (broken out of?)'); }
        } else {
          out.push('inline <script type="' + el.type + '">');
        }
      }
      if (el.tagName === 'IFRAME' || el.tagName === 'OBJECT' || el.tagName === 'EMBED') out.push(el.tagName);
    }
    return out;
  })()`)) as string[];
  expect(bad).toEqual([]);
}

async function expectSecurityHeaders(headers: Record<string, string>) {
  const csp = headers['content-security-policy'];
  expect(csp).toBeTruthy();
  expect(csp).toMatch(/default-src 'none'/);
  expect(csp).toMatch(/frame-ancestors 'none'/);
  expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1];
  if (scriptSrc) expect(scriptSrc.trim()).toBe("'self'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-frame-options']).toBe('DENY');
}

describe('the article view renders hostile fields inertly', () => {
  it.each(PAYLOADS.map((p, i) => [i, p] as const))('posted HTML, payload %i', async (_i, payload) => {
    const id = await post(hostilePage(payload), 'text/html; charset=utf-8', '/v1/extract?url=' + encodeURIComponent(`javascript:${JS}`));
    const w = await watchedPage();
    const res = await w.page.goto(`${worker.origin}/v1/articles/${id}?format=html`);
    expect(res?.status()).toBe(200);
    await expectSecurityHeaders(res!.headers());
    await expectInert(w);
    // The payload is shown as text (escaped), so the fields really carried it.
    expect(await w.page.locator('body').innerText()).toContain('Harbour ferry returns');
    await w.page.close();
  });

  it.each(PAYLOADS.map((p, i) => [i, p] as const))('posted text (byline, dateline, quotes), payload %i', async (_i, payload) => {
    const id = await post(hostileText(payload), 'text/plain; charset=utf-8');
    const w = await watchedPage();
    const res = await w.page.goto(`${worker.origin}/v1/articles/${id}?format=html`);
    expect(res?.status()).toBe(200);
    await expectSecurityHeaders(res!.headers());
    await expectInert(w);
    expect(await w.page.locator('body').innerText()).toContain('trams would run again');
    await w.page.close();
  });

  it('a javascript: canonical URL and a javascript: url given in JSON never become links', async () => {
    const id = await post(JSON.stringify({ html: hostilePage('plain'), url: `javascript:${JS}` }), 'application/json');
    const w = await watchedPage();
    const res = await w.page.goto(`${worker.origin}/v1/articles/${id}?format=html`);
    await expectSecurityHeaders(res!.headers());
    await expectInert(w);
    const hrefs = (await w.page.evaluate("Array.from(document.querySelectorAll('a[href]')).map((a) => a.href)")) as string[];
    expect(hrefs.every((h) => /^https?:/.test(h))).toBe(true);
    await w.page.close();
  });

  it('the home form echoes a hostile paste inertly (error page)', async () => {
    const w = await watchedPage();
    const res = await w.page.goto(worker.origin + '/');
    await expectSecurityHeaders(res!.headers());
    await w.page.locator('textarea').first().fill(`</textarea><script>${JS}</script>"><img src=x onerror="${JS}">`);
    await Promise.all([w.page.waitForLoadState('load'), w.page.locator('form [type=submit], form button').first().click()]);
    await expectInert(w);
    await w.page.close();
  });

  it('problem pages and the JSON/Markdown representations are not rendered as HTML', async () => {
    const id = await post(hostileText(PAYLOADS[0]), 'text/plain');
    for (const [q, type] of [['json', /^application\/json/], ['markdown', /^text\/markdown/]] as const) {
      const r = await fetch(`${worker.origin}/v1/articles/${id}?format=${q}`);
      expect(r.headers.get('content-type')).toMatch(type);
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    }
    const w = await watchedPage();
    await w.page.goto(`${worker.origin}/${encodeURIComponent(`<script>${JS}</script>`)}`);
    await expectInert(w);
    await w.page.close();
  });
});

// Not XSS, but needs the built Worker on a real socket: a refused request whose body the Worker
// never read (415, 401, 429) must not reset the client's keep-alive connection.
describe('connection hygiene on the built Worker', () => {
  it('answers without reading the body do not drop the keep-alive connection', async () => {
    const { Agent, request } = await import('node:http');
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const u = new URL(worker.origin);
    const send = (method: string, path: string, body?: string, type?: string) =>
      new Promise<number>((resolve, reject) => {
        const req = request({ host: u.hostname, port: u.port, method, path, agent, headers: type ? { 'content-type': type } : {} }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        });
        req.on('error', reject);
        req.end(body);
      });
    const statuses: number[] = [];
    for (let i = 0; i < 15; i++) {
      statuses.push(await send('POST', '/v1/extract', 'x'.repeat(10_000), 'image/png'));
      statuses.push(await send('GET', '/healthz'));
    }
    agent.destroy();
    expect(statuses).toEqual(Array.from({ length: 30 }, (_, i) => (i % 2 ? 200 : 415)));
  });
});
