/**
 * The Article cache in Workers KV, by content id. Fails open: a KV error or time-out is logged
 * and reported as `BYPASS`, never shown to the client.
 *
 * Keys: `article:<extractorVersion>:<sha256 hex>` → Article JSON (metadata: url, title,
 * extractedAt), and `url:<sha256 hex of the normalized URL>` → content id (short TTL).
 */
import type { Article } from '../engine/article';
import { toHex } from '../engine/input/normalize';
import type { Timings } from './timings';

export type CacheStatus = 'HIT' | 'MISS' | 'BYPASS';

export interface ArticleMetadata {
  url: string | null;
  title: string | null;
  extractedAt: string;
}

export interface ArticleCacheOptions {
  kv: KVNamespace | undefined;
  version: string;
  articleTtlSeconds: number;
  urlTtlSeconds: number;
  timeoutMs: number;
  timings?: Timings;
  log?: (event: string, data: Record<string, unknown>) => void;
}

const HEX_ID = /^(?:sha256:)?([0-9a-f]{64})$/;

/** The bare hex of an id given as `sha256:<hex>` or `<hex>`, or null when it is neither. */
export function parseId(id: string): string | null {
  return HEX_ID.exec(id.toLowerCase())?.[1] ?? null;
}

export class ArticleCache {
  /** True once any KV operation failed during this request. */
  failed = false;

  constructor(private readonly options: ArticleCacheOptions) {}

  articleKey(id: string): string {
    return `article:${this.options.version}:${parseId(id) ?? id}`;
  }

  async urlKey(normalizedUrl: string): Promise<string> {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(normalizedUrl));
    return `url:${toHex(new Uint8Array(digest))}`;
  }

  /** The cached Article for a content id, or null (absent, unreadable, or KV failing). */
  async getArticle(id: string): Promise<Article | null> {
    const key = this.articleKey(id);
    const raw = await this.run('get', key, (kv) => kv.get(key, 'text'));
    if (raw == null) return null;
    const article = this.verify(raw, id);
    if (!article) this.options.log?.('kv.corrupt', { key });
    return article;
  }

  async putArticle(article: Article): Promise<boolean> {
    const key = this.articleKey(article.id);
    const metadata: ArticleMetadata = { url: article.url, title: article.title, extractedAt: new Date().toISOString() };
    const ok = await this.run('put', key, (kv) =>
      kv.put(key, JSON.stringify(article), { expirationTtl: this.options.articleTtlSeconds, metadata }).then(() => true),
    );
    return ok === true;
  }

  /** The content id last extracted from this (normalized) URL, within the URL TTL. */
  async getUrl(normalizedUrl: string): Promise<string | null> {
    const key = await this.urlKey(normalizedUrl);
    const id = await this.run('get', key, (kv) => kv.get(key, 'text'));
    return id && parseId(id) ? `sha256:${parseId(id)}` : null;
  }

  async putUrl(normalizedUrl: string, id: string): Promise<boolean> {
    const key = await this.urlKey(normalizedUrl);
    const ok = await this.run('put', key, (kv) =>
      kv.put(key, id, { expirationTtl: this.options.urlTtlSeconds }).then(() => true),
    );
    return ok === true;
  }

  /** A cached value is served only when it parses and belongs to this id and extractor version. */
  private verify(raw: string, id: string): Article | null {
    try {
      const a = JSON.parse(raw) as Article;
      const ok =
        a && typeof a === 'object' && parseId(String(a.id)) === parseId(id) &&
        a.extractor?.version === this.options.version && typeof a.text === 'string' &&
        Array.isArray(a.authors) && a.entities && Array.isArray(a.quotes);
      return ok ? a : null;
    } catch {
      return null;
    }
  }

  /** Runs one KV operation with a time limit; any failure marks the cache failed and yields null. */
  private async run<T>(op: string, key: string, fn: (kv: KVNamespace) => Promise<T>): Promise<T | null> {
    const { kv, timeoutMs, timings, log } = this.options;
    if (!kv) {
      this.failed = true;
      return null;
    }
    const started = performance.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`KV ${op} timed out after ${timeoutMs} ms`)), timeoutMs);
      });
      return await Promise.race([fn(kv), timeout]);
    } catch (err) {
      this.failed = true;
      log?.('kv.error', { op, key, error: err instanceof Error ? err.message : String(err) });
      return null;
    } finally {
      clearTimeout(timer);
      timings?.add('kv', performance.now() - started);
    }
  }
}
