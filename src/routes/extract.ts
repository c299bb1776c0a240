/** POST /v1/extract (text, HTML or JSON body) and GET /v1/extract?url=… */
import { Hono, type Context } from 'hono';
import { decodeBytes } from '../engine/input/decode';
import { extractInput, extractUrl, type ExtractResult } from '../service/extract';
import { Problem } from '../service/problems';
import { readBodyLimited } from './body';
import { articleResponse } from './respond';
import { ExtractJsonSchema } from './schemas';
import type { AppEnv } from './types';

export const extractRoutes = new Hono<AppEnv>();

/** Responses to URL requests may be cached briefly by clients; posted content is the client's own. */
export const CACHE_CONTROL = {
  url: 'public, max-age=300',
  posted: 'private, max-age=0, must-revalidate',
  byId: 'public, max-age=3600',
} as const;

function mediaType(c: Context<AppEnv>): string {
  return (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
}

async function fromBody(c: Context<AppEnv>): Promise<ExtractResult> {
  const svc = c.get('svc');
  const type = mediaType(c);
  const accepted = ['text/plain', 'text/html', 'application/xhtml+xml', 'application/json'];
  if (!accepted.includes(type)) {
    throw new Problem(
      'unsupported-media-type',
      type
        ? `Content type ${type} is not supported: send text/plain, text/html or application/json.`
        : 'The request has no Content-Type: send text/plain, text/html or application/json.',
    );
  }
  const bytes = await readBodyLimited(c.req.raw, svc.config.maxBodyBytes);
  const { text } = decodeBytes(bytes, c.req.header('content-type') ?? null);
  if (type === 'application/json') return fromJson(text, c);
  if (!text.trim()) throw new Problem('missing-input', 'The request body is empty.');
  const url = c.req.query('url') ?? null;
  return type === 'text/plain'
    ? extractInput({ kind: 'text', text, url }, svc)
    : extractInput({ kind: 'html', html: text, url }, svc);
}

async function fromJson(text: string, c: Context<AppEnv>): Promise<ExtractResult> {
  const svc = c.get('svc');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (err) {
    throw new Problem('bad-request', `The body is not valid JSON: ${(err as Error).message}`);
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw new Problem('bad-request', 'The JSON body must be an object: {"url"}, {"html","url"?} or {"text"}.');
  }
  const record = body as Record<string, unknown>;
  if (record.url == null && record.html == null && record.text == null) {
    throw new Problem('missing-input', 'The JSON body needs "url", "html" or "text".');
  }
  const parsed = ExtractJsonSchema.safeParse(body);
  if (!parsed.success) {
    const detail = parsed.error.issues
      .flatMap((i) => ('errors' in i ? (i.errors as { path: PropertyKey[]; message: string }[][]).flat() : [i]))
      .map((i) => `${i.path.join('.') || 'body'}: ${i.message}`)
      .slice(0, 5)
      .join('; ');
    throw new Problem('bad-request', `The JSON body does not match {"url"} | {"html","url"?} | {"text"}: ${detail}`);
  }
  const input = parsed.data;
  if ('html' in input && typeof input.html === 'string') {
    if (!input.html.trim()) throw new Problem('missing-input', '"html" is empty.');
    return extractInput({ kind: 'html', html: input.html, url: input.url ?? null }, svc);
  }
  if ('text' in input && typeof input.text === 'string') {
    if (!input.text.trim()) throw new Problem('missing-input', '"text" is empty.');
    return extractInput({ kind: 'text', text: input.text, url: input.url ?? null }, svc);
  }
  return extractUrl(input.url as string, svc);
}

extractRoutes.post('/v1/extract', async (c) => {
  const result = await fromBody(c);
  return articleResponse(c, result, { cacheControl: CACHE_CONTROL.posted });
});

extractRoutes.get('/v1/extract', async (c) => {
  const url = c.req.query('url');
  if (!url) throw new Problem('missing-input', 'Give the page to extract as ?url=https://…');
  return articleResponse(c, await extractUrl(url, c.get('svc')), { cacheControl: CACHE_CONTROL.url });
});
