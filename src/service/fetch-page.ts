/**
 * Fetches one web page for extraction, defensively:
 *
 * - every hop (the first request and each redirect target) passes the SSRF guard (`checkUrl`)
 *   BEFORE it is requested; redirects are followed by hand (`redirect: 'manual'`);
 * - one time limit (AbortController) covers all hops, the headers and the whole body, and a
 *   shorter one (`connectTimeoutMs`) covers each hop's connection up to its response headers;
 * - only ports 80/443 (and `allowedPorts`) unless the host is allow-listed;
 * - the size cap is enforced while the body streams in (and up front from Content-Length); it
 *   counts the bytes as the runtime delivers them, i.e. AFTER Content-Encoding (gzip, br) is
 *   undone, so a small compressed "bomb" stops at the cap, never inflating further;
 * - only HTML, XHTML and plain text are accepted (a page without a content type is sniffed);
 * - bytes are decoded with `decodeBytes` (BOM, header charset, meta, UTF-8, windows-1252).
 *
 * Failures are thrown as `FetchError`, whose `type`/`status` match the service's problem types.
 * Web-standard APIs only: runs inside workerd and in Node (the command line).
 */
import { decodeBytes } from '../engine/input/decode';
import { checkUrl } from './url-guard';

export interface FetchOptions {
  /** Time limit for the whole fetch: all redirects, headers and body. */
  timeoutMs: number;
  /** Time limit per hop for connecting and receiving the headers (default: `timeoutMs`). */
  connectTimeoutMs?: number;
  /** Ports besides 80 and 443 that URLs may use. */
  allowedPorts?: number[];
  /** Largest body accepted, in bytes (after any content decoding done by the runtime). */
  maxBytes: number;
  /** Redirects followed; one more is an error. */
  maxRedirects: number;
  /** Hosts reachable although loopback/private (e.g. "127.0.0.1" in tests). */
  allowHosts: string[];
  userAgent?: string;
  /** The fetch to use (tests); defaults to the global fetch. */
  fetch?: typeof fetch;
}

export interface FetchedPage {
  /** The final URL, after redirects. */
  url: string;
  status: number;
  /** The media type, lower-case without parameters ("text/html"); "text/html" when sniffed. */
  contentType: string;
  kind: 'html' | 'text';
  body: string;
  /** The encoding the body was decoded with (WHATWG name). */
  charset: string;
  /** Body size in bytes. */
  bytes: number;
}

export type FetchErrorType =
  | 'url-refused'
  | 'fetch-failed'
  | 'fetch-timeout'
  | 'page-too-large'
  | 'unsupported-content-type'
  | 'too-many-redirects';

/** Status and title per type; the same as the service's problem types (src/service/problems.ts). */
export const FETCH_ERRORS: Record<FetchErrorType, { status: number; title: string }> = {
  'url-refused': { status: 400, title: 'URL refused' },
  'fetch-failed': { status: 502, title: 'Fetching the page failed' },
  'fetch-timeout': { status: 504, title: 'Fetching the page timed out' },
  'page-too-large': { status: 502, title: 'Fetched page too large' },
  'unsupported-content-type': { status: 502, title: 'Fetched page is not HTML or text' },
  'too-many-redirects': { status: 502, title: 'Too many redirects' },
};

export class FetchError extends Error {
  readonly type: FetchErrorType;
  /** The HTTP status the API answers with. */
  readonly status: number;
  readonly title: string;
  /** The origin's HTTP status, when the failure is the origin's answer. */
  readonly originStatus?: number;
  constructor(type: FetchErrorType, detail: string, options: { originStatus?: number; cause?: unknown } = {}) {
    super(detail);
    this.name = 'FetchError';
    this.type = type;
    this.status = FETCH_ERRORS[type].status;
    this.title = FETCH_ERRORS[type].title;
    if (options.originStatus !== undefined) this.originStatus = options.originStatus;
    if (options.cause !== undefined) (this as { cause?: unknown }).cause = options.cause;
  }
  get detail(): string {
    return this.message;
  }
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** Further tries of a GET whose connection failed before any answer. */
const CONNECT_RETRIES = 2;
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const DEFAULT_USER_AGENT = 'Mozilla/5.0 (compatible; article-extract/0.1; +https://github.com/)';

/** A URL short enough to quote in an error message. */
const shown = (url: string) => (url.length > 200 ? url.slice(0, 200) + '…' : url);

export async function fetchPage(url: string, options: FetchOptions): Promise<FetchedPage> {
  const doFetch = options.fetch ?? fetch;
  const controller = new AbortController();
  const { signal } = controller;
  const timeoutMs = Number.isFinite(options.timeoutMs) && options.timeoutMs > 0 ? options.timeoutMs : 10_000;
  const maxBytes = Number.isFinite(options.maxBytes) && options.maxBytes >= 0 ? options.maxBytes : 5_000_000;
  const maxRedirects = Number.isFinite(options.maxRedirects) && options.maxRedirects >= 0 ? options.maxRedirects : 5;
  const connectMs =
    Number.isFinite(options.connectTimeoutMs) && options.connectTimeoutMs! > 0 ? Math.min(options.connectTimeoutMs!, timeoutMs) : timeoutMs;
  const timeoutError = () => new FetchError('fetch-timeout', `The page did not arrive within ${timeoutMs} ms.`);

  // A promise that rejects when time is up, raced against waiting for the headers, so the limit
  // holds even if a fetch implementation ignores the abort signal.
  let onAbort: () => void = () => {};
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(timeoutError());
    signal.addEventListener('abort', onAbort, { once: true });
  });
  aborted.catch(() => {});
  const timer = setTimeout(() => controller.abort(), timeoutMs);

  try {
    let current = url;
    for (let redirects = 0; ; redirects++) {
      const check = checkUrl(current, { allowHosts: options.allowHosts, allowedPorts: options.allowedPorts });
      if (!check.ok) {
        const where = redirects ? ` (redirect target ${shown(current)})` : '';
        throw new FetchError('url-refused', `The URL was refused${where}: ${check.reason}.`);
      }
      const target = check.url;

      let res: Response;
      let hopTimer: ReturnType<typeof setTimeout> | undefined;
      const hopTimeout = new Promise<never>((_, reject) => {
        hopTimer = setTimeout(() => {
          reject(new FetchError('fetch-timeout', `${target.host} did not answer within ${connectMs} ms.`));
          controller.abort();
        }, connectMs);
      });
      hopTimeout.catch(() => {});
      const request = () =>
        doFetch(target.href, {
          method: 'GET',
          redirect: 'manual',
          signal,
          headers: {
            'user-agent': options.userAgent ?? DEFAULT_USER_AGENT,
            accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1',
          },
        });
      try {
        // A GET is idempotent: a connection that fails before any answer (an origin closing
        // reused keep-alive sockets, possibly several of the pool at once) is tried up to
        // CONNECT_RETRIES more times, within the same time limits.
        const attempt = (left: number): Promise<Response> =>
          request().catch((err) => {
            if (left <= 0 || signal.aborted || err instanceof FetchError) throw err;
            return attempt(left - 1);
          });
        res = await Promise.race([attempt(CONNECT_RETRIES), aborted, hopTimeout]);
      } catch (err) {
        if (err instanceof FetchError) throw err;
        if (signal.aborted) throw timeoutError();
        throw new FetchError('fetch-failed', `Could not connect to ${target.host}: ${describe(err)}.`, { cause: err });
      } finally {
        clearTimeout(hopTimer);
      }

      if (REDIRECTS.has(res.status)) {
        discard(res);
        const location = res.headers.get('location');
        if (!location) {
          throw new FetchError('fetch-failed', `The origin answered ${res.status} without a Location header.`, {
            originStatus: res.status,
          });
        }
        if (redirects >= maxRedirects) {
          throw new FetchError('too-many-redirects', `More than ${maxRedirects} redirects (last to ${shown(location)}).`);
        }
        let next: URL;
        try {
          next = new URL(location, target);
        } catch {
          throw new FetchError('fetch-failed', `The origin redirected to an invalid URL: ${shown(location)}.`, {
            originStatus: res.status,
          });
        }
        current = next.href;
        continue;
      }

      if (res.status < 200 || res.status > 299) {
        discard(res);
        throw new FetchError('fetch-failed', `The origin answered HTTP ${res.status}${res.statusText ? ' ' + res.statusText : ''}.`, {
          originStatus: res.status,
        });
      }

      const header = res.headers.get('content-type');
      const mediaType = (header ?? '').split(';')[0].trim().toLowerCase();
      let kind: 'html' | 'text' | null = HTML_TYPES.has(mediaType) ? 'html' : mediaType === 'text/plain' ? 'text' : null;
      if (mediaType && !kind) {
        discard(res);
        throw new FetchError('unsupported-content-type', `The page is ${truncate(mediaType)}, not HTML or plain text.`);
      }

      const declared = res.headers.get('content-length');
      if (declared && /^[0-9]+$/.test(declared.trim()) && Number(declared.trim()) > maxBytes) {
        discard(res);
        throw new FetchError('page-too-large', `The page is ${declared.trim()} bytes; the limit is ${maxBytes}.`);
      }

      const bytes = await readCapped(res, maxBytes, signal, timeoutError);
      const { text, charset } = decodeBytes(bytes, header);
      if (!kind) {
        // No content type: HTML if it looks like markup, else refuse (it may be anything).
        if (!text.trimStart().startsWith('<')) {
          throw new FetchError('unsupported-content-type', 'The page has no content type and does not look like HTML.');
        }
        kind = 'html';
      }
      return {
        url: target.href,
        status: res.status,
        contentType: mediaType || 'text/html',
        kind,
        body: text,
        charset,
        bytes: bytes.length,
      };
    }
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}

const truncate = (s: string) => (s.length > 100 ? s.slice(0, 100) + '…' : s);

function describe(err: unknown): string {
  let message = err instanceof Error ? err.message : String(err);
  // Node's fetch says only "fetch failed"; the reason (ECONNREFUSED, ENOTFOUND…) is its cause.
  const cause = err instanceof Error ? (err as { cause?: unknown }).cause : undefined;
  if (cause instanceof Error && cause.message && !message.includes(cause.message)) message += ` (${cause.message})`;
  return truncate(message || 'network error');
}

/** Drops a response body we will not read (frees the connection); never throws. */
function discard(res: Response): void {
  try {
    if (res.body && !res.bodyUsed) res.body.cancel().catch(() => {});
  } catch {
    // a locked or already-closed stream: nothing to free
  }
}

/**
 * Reads the body chunk by chunk, cancelling the stream as soon as it passes `maxBytes`. When time
 * runs out the reader is cancelled from here (which ends a pending read), so the limit holds even
 * if the runtime does not propagate the fetch's abort signal into the body stream.
 */
async function readCapped(res: Response, maxBytes: number, signal: AbortSignal, timeoutError: () => FetchError): Promise<Uint8Array> {
  if (!res.body) return new Uint8Array(0);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const cancel = () => {
    try {
      reader.cancel().catch(() => {});
    } catch {
      // already released
    }
  };
  if (signal.aborted) {
    cancel();
    throw timeoutError();
  }
  signal.addEventListener('abort', cancel, { once: true });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (signal.aborted) throw timeoutError();
      if (done) break;
      if (!value || value.byteLength === 0) continue;
      total += value.byteLength;
      if (total > maxBytes) {
        cancel();
        throw new FetchError('page-too-large', `The page is larger than the limit of ${maxBytes} bytes.`);
      }
      chunks.push(value);
    }
  } catch (err) {
    if (err instanceof FetchError) throw err;
    cancel();
    if (signal.aborted) throw timeoutError();
    throw new FetchError('fetch-failed', `The connection failed while reading the page: ${describe(err)}.`, { cause: err });
  } finally {
    signal.removeEventListener('abort', cancel);
  }
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}
