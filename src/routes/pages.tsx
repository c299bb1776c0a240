/**
 * The human pages: the home form (GET and its no-JavaScript POST), the stylesheet and script, problem type
 * documentation, and the reader-style shortcut GET /https://example.com/story.
 */
import { Hono } from 'hono';
import { looksLikeHtml } from '../engine/input/normalize';
import { keysEqual, presentedKey } from '../service/auth';
import { extractInput, extractUrl } from '../service/extract';
import { PROBLEM_TYPES, Problem, toProblem } from '../service/problems';
import { HomePage } from '../view/home';
import { Layout } from '../view/layout';
import { VIEW_JS } from '../view/script';
import { VIEW_CSS } from '../view/style';
import { readBodyLimited } from './body';
import { CACHE_CONTROL } from './extract';
import { articleResponse } from './respond';
import type { AppEnv } from './types';

export const pageRoutes = new Hono<AppEnv>();

pageRoutes.get('/', (c) => {
  c.header('Cache-Control', 'public, max-age=300');
  return c.html(<HomePage needsKey={!!c.get('svc').config.apiKey} />);
});

/**
 * The home forms' POST (`url` to fetch a page, or `content` pasted): extract, then send the
 * browser to the article's own URL (303), so every result has a shareable address.
 */
pageRoutes.post('/', async (c) => {
  const svc = c.get('svc');
  const type = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded' && type !== 'multipart/form-data') {
    throw new Problem('unsupported-media-type', 'The home form posts application/x-www-form-urlencoded.');
  }
  let content = '';
  let url = '';
  try {
    const bytes = await readBodyLimited(c.req.raw, svc.config.maxBodyBytes);
    const form = await new Response(bytes, { headers: { 'content-type': c.req.header('content-type')! } }).formData();
    content = String(form.get('content') ?? '');
    url = String(form.get('url') ?? '').trim();
    // With API_KEY set, the form sends the key as a field (headers work too, as on the API).
    if (svc.config.apiKey) {
      const given = presentedKey(c.req.raw.headers) ?? String(form.get('apiKey') ?? '');
      if (!given) throw new Problem('unauthorized', 'This service needs an API key: enter it in the form.');
      if (!(await keysEqual(given, svc.config.apiKey))) throw new Problem('unauthorized', 'The API key is not valid.');
    }
    let article;
    if (url) {
      ({ article } = await extractUrl(url, svc));
    } else {
      if (!content.trim()) throw new Problem('missing-input', 'Paste some text or HTML, or give a page address.');
      const input = looksLikeHtml(content) ? { kind: 'html' as const, html: content } : { kind: 'text' as const, text: content };
      ({ article } = await extractInput(input, svc));
    }
    return c.redirect(`/v1/articles/${article.id}?format=html`, 303);
  } catch (err) {
    const problem = toProblem(err);
    if (problem.type === 'internal') throw err;
    if (problem.type === 'unauthorized') c.header('WWW-Authenticate', 'Bearer realm="article-extract"');
    return c.html(
      <HomePage
        error={`${problem.title}: ${problem.detail}`}
        content={content.slice(0, 200_000)}
        url={url.slice(0, 2000)}
        needsKey={!!svc.config.apiKey}
      />,
      problem.status as 400,
    );
  }
});

pageRoutes.get('/assets/view.js', (c) => {
  c.header('Cache-Control', 'public, max-age=86400');
  return c.body(VIEW_JS, 200, { 'Content-Type': 'text/javascript; charset=utf-8' });
});

pageRoutes.get('/assets/view.css', (c) => {
  c.header('Cache-Control', 'public, max-age=86400');
  return c.body(VIEW_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8' });
});

pageRoutes.get('/problems/:type', (c) => {
  const type = c.req.param('type') as keyof typeof PROBLEM_TYPES;
  const info = PROBLEM_TYPES[type];
  if (!info) throw new Problem('not-found', `No problem type named ${type}.`);
  return c.html(
    <Layout title={info.title}>
      <h1>{info.title}</h1>
      <p>
        Problem type <code>/problems/{type}</code>, answered with HTTP status {info.status} as{' '}
        <code>application/problem+json</code> (RFC 9457). The <code>detail</code> member says what was wrong with
        the request.
      </p>
    </Layout>,
  );
});

/**
 * GET /https://example.com/story behaves like GET /v1/extract?url=https://example.com/story.
 * The target is everything after the first slash, query string included; a proxy that merged
 * the double slash ("/https:/example.com") is tolerated.
 */
pageRoutes.get('/*', async (c, next) => {
  const raw = c.req.url.slice(new URL(c.req.url).origin.length + 1);
  const m = /^(https?):\/{1,2}/i.exec(raw);
  if (!m) return next();
  const target = `${m[1].toLowerCase()}://${raw.slice(m[0].length)}`;
  return articleResponse(c, await extractUrl(target, c.get('svc')), { cacheControl: CACHE_CONTROL.url });
});
