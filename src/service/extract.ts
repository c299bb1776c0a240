/**
 * What a request needs around the engine: input → id → cache → engine → cache, and for a URL
 * the URL index and the safe fetch in front of that.
 */
import type { Article } from '../engine/article';
import { contentId, extractNormalized, normalizeInput, type EngineInput } from '../engine/index';
import type { ArticleCache, CacheStatus } from './cache';
import type { Config } from './config';
import { fetchPage } from './fetch-page';
import { Problem } from './problems';
import type { Timings } from './timings';
import { checkUrl, normalizeUrl } from './url-guard';

export interface ServiceContext {
  config: Config;
  cache: ArticleCache;
  timings: Timings;
  /** Outbound fetch (the Worker's global fetch unless a test gives another). */
  fetch?: typeof fetch;
}

export interface ExtractResult {
  article: Article;
  cache: CacheStatus;
}

const status = (ctx: ServiceContext, fresh: CacheStatus): CacheStatus => (ctx.cache.failed ? 'BYPASS' : fresh);

/** Extract text or HTML given in the request, reusing a cached result for equal content. */
export async function extractInput(input: EngineInput, ctx: ServiceContext): Promise<ExtractResult> {
  const normalized = normalizeInput(input);
  if (!normalized.content) throw new Problem('missing-input', 'The input is empty.');
  const id = await contentId(normalized);
  const cached = await ctx.cache.getArticle(id);
  if (cached) return { article: cached, cache: 'HIT' };
  const article = await ctx.timings.time('extract', () => extractNormalized(normalized, id));
  await ctx.cache.putArticle(article);
  return { article, cache: status(ctx, 'MISS') };
}

/** Check, then fetch and extract a page; a URL seen within the URL TTL needs neither. */
export async function extractUrl(rawUrl: string, ctx: ServiceContext): Promise<ExtractResult> {
  const checked = checkUrl(rawUrl, { allowHosts: ctx.config.fetchAllowHosts, allowedPorts: ctx.config.fetchAllowPorts });
  if (!checked.ok) throw new Problem('url-refused', checked.reason);
  const urlKey = normalizeUrl(checked.url);

  const knownId = await ctx.cache.getUrl(urlKey);
  if (knownId) {
    const cached = await ctx.cache.getArticle(knownId);
    if (cached) return { article: cached, cache: 'HIT' };
  }

  const page = await ctx.timings.time('fetch', () =>
    fetchPage(checked.url.href, {
      timeoutMs: ctx.config.fetchTimeoutMs,
      connectTimeoutMs: ctx.config.fetchConnectTimeoutMs,
      allowedPorts: ctx.config.fetchAllowPorts,
      maxBytes: ctx.config.maxBodyBytes,
      maxRedirects: ctx.config.fetchMaxRedirects,
      allowHosts: ctx.config.fetchAllowHosts,
      fetch: ctx.fetch,
    }),
  );
  const input: EngineInput =
    page.kind === 'html' ? { kind: 'html', html: page.body, url: page.url } : { kind: 'text', text: page.body, url: page.url };
  const result = await extractInput(input, ctx);
  await ctx.cache.putUrl(urlKey, result.article.id);
  const finalKey = normalizeUrl(new URL(page.url));
  if (finalKey !== urlKey) await ctx.cache.putUrl(finalKey, result.article.id);
  return { article: result.article, cache: status(ctx, result.cache) };
}

/** The cached Article by id, or a 404 problem. */
export async function getArticle(id: string, ctx: ServiceContext): Promise<ExtractResult> {
  const article = await ctx.cache.getArticle(id);
  if (article) return { article, cache: 'HIT' };
  if (ctx.cache.failed) {
    throw new Problem('cache-unavailable', `Article ${id} could not be read: the cache is unavailable right now.`);
  }
  throw new Problem('not-found', `No article with id ${id} is cached (it may have expired, or come from an older extractor version).`);
}
