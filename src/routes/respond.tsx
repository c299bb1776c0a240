/** Writing an Article or a problem as a response: negotiation, caching headers, 304s. */
import type { Context } from 'hono';
import type { Article } from '../engine/article';
import type { ExtractResult } from '../service/extract';
import { Problem, type ProblemDetails } from '../service/problems';
import { ArticlePage } from '../view/article';
import { negotiate, type Format } from './negotiate';
import type { AppEnv } from './types';

const CONTENT_TYPES: Record<Format, string> = {
  json: 'application/json; charset=utf-8',
  html: 'text/html; charset=utf-8',
  markdown: 'text/markdown; charset=utf-8',
};

/** A strong ETag per content id, extractor version and representation. */
export function etagFor(article: Article, format: Format): string {
  const hex = article.id.replace(/^sha256:/, '');
  return `"${hex}.${article.extractor.version}.${format}"`;
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}

export function formatOf(c: Context<AppEnv>): Format {
  return negotiate(c.req.query('format'), c.req.header('accept'));
}

export function articleResponse(
  c: Context<AppEnv>,
  result: ExtractResult,
  options: { status?: 200 | 201; cacheControl: string },
): Response | Promise<Response> {
  const { article } = result;
  const format = formatOf(c);
  const etag = etagFor(article, format);
  c.set('cacheStatus', result.cache);
  c.header('X-Cache', result.cache);
  c.header('ETag', etag);
  c.header('Cache-Control', options.cacheControl);
  c.header('Vary', 'Accept');
  c.header('Content-Location', `/v1/articles/${article.id}`);
  if (matches(c.req.header('if-none-match'), etag)) return c.body(null, 304);
  c.header('Content-Type', CONTENT_TYPES[format]);
  const status = options.status ?? 200;
  if (format === 'html') {
    const origin = new URL(c.req.url).origin;
    return c.html(<ArticlePage article={article} jsonHref={`/v1/articles/${article.id}?format=json`} origin={origin} />, status);
  }
  if (format === 'markdown') {
    const head = article.title ? `# ${article.title}\n\n` : '';
    return c.body(head + article.markdown + '\n', status);
  }
  return c.body(JSON.stringify(article), status);
}

export function problemResponse(c: Context<AppEnv>, problem: Problem): Response {
  const body: ProblemDetails = problem.toJSON(c.req.path);
  c.header('Cache-Control', 'no-store');
  return c.body(JSON.stringify(body), problem.status as 400, { 'Content-Type': 'application/problem+json' });
}
