/**
 * The Article cache in Workers KV, by content id. Fails open: a KV error or time-out is logged
 * and reported as `BYPASS`, never shown to the client.
 *
 * Keys: `article:<extractorVersion>:<sha256 hex>` → Article JSON (metadata: url, title,
 * extractedAt, sha256 of the stored value), and `url:<sha256 hex of the normalized URL>` →
 * content id (short TTL).
 *
 * A stored Article is served only when the value's SHA-256 equals the digest written beside it
 * in the metadata at put time (so a corrupt or truncated value, or one written without a digest,
 * is never served), it parses, and it belongs to the requested id and this extractor version.
 * Anything else reads as a miss: the caller extracts afresh and the put replaces the entry.
 */
import type { Article } from '../engine/article';
import { toHex } from '../engine/input/normalize';
import { codePointAt } from '../engine/language/char-classes';
import type { Timings } from './timings';

export type CacheStatus = 'HIT' | 'MISS' | 'BYPASS';

export interface ArticleMetadata {
  url: string | null;
  title: string | null;
  extractedAt: string;
  /** Hex SHA-256 of the stored JSON value, checked on every read. */
  sha256: string;
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

/** Hex SHA-256 of a string's UTF-8 bytes. */
export async function sha256Hex(s: string): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(s))));
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
    const entry = await this.run('get', key, (kv) => kv.getWithMetadata<ArticleMetadata>(key, 'text'));
    if (entry == null || entry.value == null) return null;
    const article = await this.verify(entry.value, entry.metadata, id);
    if (!article) this.options.log?.('kv.corrupt', { key });
    return article;
  }

  async putArticle(article: Article): Promise<boolean> {
    const key = this.articleKey(article.id);
    const value = JSON.stringify(article);
    // KV metadata is limited to 1,024 bytes of serialized JSON (UTF-8): url and title are cut
    // to byte budgets at code-point boundaries (a CJK title of 300 characters is 900 bytes).
    const metadata: ArticleMetadata = {
      url: article.url == null ? null : clipJsonBytes(article.url, 320),
      title: article.title == null ? null : clipJsonBytes(article.title, 480),
      extractedAt: new Date().toISOString(),
      sha256: await sha256Hex(value),
    };
    const ok = await this.run('put', key, (kv) =>
      kv.put(key, value, { expirationTtl: this.options.articleTtlSeconds, metadata }).then(() => true),
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

  /**
   * A cached value is served only when its digest matches the metadata's, and it parses and
   * belongs to this id and extractor version.
   */
  private async verify(raw: unknown, metadata: unknown, id: string): Promise<Article | null> {
    if (typeof raw !== 'string') return null;
    const expected = metadata && typeof metadata === 'object' ? (metadata as Partial<ArticleMetadata>).sha256 : undefined;
    if (typeof expected !== 'string' || !/^[0-9a-f]{64}$/.test(expected)) return null;
    if ((await sha256Hex(raw)) !== expected) return null;
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

/**
 * The longest prefix of s, cut between code points, whose JSON string form (quotes excluded)
 * takes at most maxBytes bytes of UTF-8.
 */
export function clipJsonBytes(s: string, maxBytes: number): string {
  let bytes = 0;
  for (let i = 0; i < s.length; ) {
    const cp = codePointAt(s, i); // a pair read by hand, bounded by the string
    const units = cp > 0xffff ? 2 : 1;
    let n: number;
    if (cp === 0x22 || cp === 0x5c) n = 2; // \" and \\
    else if (cp < 0x20) n = 6; // \u00XX
    else if (cp < 0x80) n = 1;
    else if (cp < 0x800) n = 2;
    else if (cp >= 0xd800 && cp <= 0xdfff) n = 6; // a lone surrogate: \uXXXX
    else n = cp < 0x10000 ? 3 : 4;
    if (bytes + n > maxBytes) return s.slice(0, i);
    bytes += n;
    i += units;
  }
  return s;
}
