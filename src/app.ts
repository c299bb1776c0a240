/**
 * The Hono app: per-request context (config, cache, timings), one JSON log line per request,
 * security headers, CORS for the API, errors as RFC 9457 problems, and the routes.
 */
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { EXTRACTOR } from './engine/version';
import { articleRoutes } from './routes/articles';
import { extractRoutes } from './routes/extract';
import { healthRoutes } from './routes/health';
import { openapiRoutes } from './routes/openapi';
import { pageRoutes } from './routes/pages';
import { problemResponse } from './routes/respond';
import type { AppEnv } from './routes/types';
import { checkApiKey, checkRateLimit, rateLimitKey } from './service/auth';
import { ArticleCache } from './service/cache';
import { readConfig } from './service/config';
import { Problem, toProblem } from './service/problems';
import { Timings } from './service/timings';

export interface AppOptions {
  /** Where log lines go (default: console.log of one JSON object per line). */
  log?: (line: Record<string, unknown>) => void;
  /** Outbound fetch used for pages (default: the global fetch). */
  fetch?: typeof fetch;
}

/**
 * The view's policy: only the site's own script (/assets/view.js, no inline script), styles and
 * images as listed, never framed.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' https: http: data:; form-action 'self'; " +
  "base-uri 'none'; frame-ancestors 'none'";

/** Reads and discards a request body nobody read, up to `maxBytes`; never throws. */
async function drainUnread(req: Request, maxBytes: number): Promise<void> {
  try {
    if (!req.body || req.bodyUsed) return;
    const declared = Number(req.headers.get('content-length') ?? NaN);
    if (declared > maxBytes) return;
    const reader = req.body.getReader();
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      total += value?.byteLength ?? 0;
      if (total > maxBytes) return void reader.cancel().catch(() => {});
    }
  } catch {
    // the client went away: nothing to drain
  }
}

export function createApp(options: AppOptions = {}) {
  const log = options.log ?? ((line: Record<string, unknown>) => console.log(JSON.stringify(line)));
  const app = new Hono<AppEnv>();

  // Request context, timing and the log line.
  app.use('*', async (c, next) => {
    const started = Date.now();
    const requestId = c.req.header('cf-ray') ?? crypto.randomUUID();
    const config = readConfig(c.env ?? {});
    const timings = new Timings();
    const cache = new ArticleCache({
      kv: c.env?.ARTICLES,
      version: EXTRACTOR.version,
      articleTtlSeconds: config.articleTtlSeconds,
      urlTtlSeconds: config.urlTtlSeconds,
      timeoutMs: config.kvTimeoutMs,
      timings,
      log: (event, data) => log({ level: 'warn', event, requestId, ...data }),
    });
    c.set('requestId', requestId);
    c.set('svc', { config, cache, timings, fetch: options.fetch });
    await next();
    // A response sent without reading the request body (415, 401, 429, …) would make the runtime
    // drop the keep-alive connection, and a client pipelining on it sees a reset: read and discard
    // what is left, up to the body limit (a larger body still closes the connection).
    await drainUnread(c.req.raw, config.maxBodyBytes);
    const serverTiming = timings.header();
    if (serverTiming) c.header('Server-Timing', serverTiming);
    c.header('X-Request-Id', requestId);
    log({
      level: c.res.status >= 500 ? 'error' : 'info',
      event: 'request',
      requestId,
      method: c.req.method,
      route: c.req.routePath,
      path: c.req.path.slice(0, 200),
      status: c.res.status,
      cache: c.get('cacheStatus') ?? null,
      timings: timings.toJSON(),
      ms: Date.now() - started,
    });
  });

  // Security headers on every response.
  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Frame-Options', 'DENY');
    c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  });

  // CORS for the API: configured origins, `*` by default.
  app.use('/v1/*', async (c, next) => {
    const origins = readConfig(c.env ?? {}).corsOrigins;
    return cors({
      origin: origins.includes('*') ? '*' : origins,
      allowMethods: ['GET', 'POST', 'OPTIONS'],
      allowHeaders: ['Content-Type', 'Accept', 'If-None-Match', 'Authorization', 'X-API-Key'],
      exposeHeaders: ['X-Cache', 'ETag', 'Server-Timing', 'X-Request-Id', 'Content-Location', 'Retry-After'],
      maxAge: 86400,
    })(c, next);
  });
  app.use('/openapi.json', cors({ origin: '*' }));

  // Abuse controls (src/service/auth.ts), both off unless configured: the request-rate limit
  // (binding RATE_LIMITER) on everything but the liveness probe and CORS preflights, then the
  // API key (secret API_KEY) on every POST. The limit comes first so that guessing keys counts.
  // The home form (POST /) is the one POST whose key comes in the body; its handler checks it.
  app.use('*', async (c, next) => {
    if (c.req.method === 'OPTIONS' || c.req.path === '/healthz') return next();
    const { config } = c.get('svc');
    const limited = await checkRateLimit(c.env?.RATE_LIMITER, rateLimitKey(c.req.raw.headers), config.rateLimitPeriodSeconds);
    if (!limited.ok) {
      c.header('Retry-After', String(limited.retryAfter));
      return problemResponse(c, limited.problem);
    }
    if (limited.error) log({ level: 'warn', event: 'ratelimit.error', requestId: c.get('requestId'), error: limited.error });
    // The home form's POST carries its key as a form field: its handler checks it (pages.tsx).
    const denied = c.req.path === '/' ? null : await checkApiKey(c.req.method, c.req.raw.headers, config.apiKey);
    if (denied) {
      c.header('WWW-Authenticate', 'Bearer realm="article-extract"');
      return problemResponse(c, denied);
    }
    return next();
  });

  app.route('/', healthRoutes);
  app.route('/', openapiRoutes);
  app.route('/', extractRoutes);
  app.route('/', articleRoutes);
  app.route('/', pageRoutes);

  app.notFound((c) => problemResponse(c, new Problem('not-found', `Nothing at ${c.req.method} ${c.req.path}.`)));

  app.onError((err, c) => {
    let problem: Problem;
    if (err instanceof HTTPException) {
      problem = new Problem(err.status === 413 ? 'too-large' : 'bad-request', err.message || 'Bad request', err.status);
    } else {
      problem = toProblem(err);
    }
    if (problem.status >= 500 && problem.type === 'internal') {
      log({ level: 'error', event: 'unhandled', requestId: c.get('requestId'), error: String(err instanceof Error ? err.stack : err) });
    }
    return problemResponse(c, problem);
  });

  return app;
}

export const app = createApp();
