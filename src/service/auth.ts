/**
 * Abuse controls, both off unless configured:
 *
 * - an API key for POST requests: the secret `API_KEY` (`wrangler secret put API_KEY`); the
 *   client sends it as `Authorization: Bearer <key>` or `X-API-Key: <key>`; a missing or wrong
 *   key is a 401 problem `unauthorized`. Compared in constant time (SHA-256 of both sides).
 * - a request-rate limit through the Workers rate-limiting binding `RATE_LIMITER`
 *   (`[[ratelimits]]` in wrangler.toml), keyed by the client's address; over the limit is a 429
 *   problem `rate-limited` with `Retry-After`. No binding, no limit. A limiter that fails lets
 *   the request through (and the failure is logged): the limit protects, it must not break.
 */
import { Problem } from './problems';

/** The key a request presents: `Authorization: Bearer …` first, then `X-API-Key`; or null. */
export function presentedKey(headers: Headers): string | null {
  const auth = headers.get('authorization');
  if (auth) {
    const m = /^bearer[ \t]+(\S{1,1024})[ \t]*$/i.exec(auth);
    if (m) return m[1];
  }
  const x = headers.get('x-api-key');
  if (x && x.trim() && x.length <= 1024) return x.trim();
  return null;
}

async function sha256(s: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(s)));
}

/** Equal strings, compared without a data-dependent early exit (digests have equal lengths). */
export async function keysEqual(given: string, expected: string): Promise<boolean> {
  const [a, b] = await Promise.all([sha256(given), sha256(expected)]);
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
  return diff === 0;
}

/**
 * Null when the request may go on, else the 401 problem. Only POST needs the key (GET answers
 * come from the cache or fetch public pages; OPTIONS is the CORS preflight).
 */
export async function checkApiKey(method: string, headers: Headers, apiKey: string | null): Promise<Problem | null> {
  if (!apiKey || method.toUpperCase() !== 'POST') return null;
  const given = presentedKey(headers);
  if (given == null) {
    return new Problem('unauthorized', 'This endpoint needs an API key: send "Authorization: Bearer <key>" or "X-API-Key: <key>".');
  }
  if (!(await keysEqual(given, apiKey))) return new Problem('unauthorized', 'The API key is not valid.');
  return null;
}

/** Who a request counts against: the client address Cloudflare reports, else one shared bucket. */
export function rateLimitKey(headers: Headers): string {
  const ip = headers.get('cf-connecting-ip') ?? headers.get('x-real-ip');
  return ip ? `ip:${ip.trim().slice(0, 64)}` : 'ip:unknown';
}

export type RateLimitDecision = { ok: true; error?: string } | { ok: false; problem: Problem; retryAfter: number };

/** Asks the rate limiter (when bound) whether this request may go on. */
export async function checkRateLimit(
  limiter: { limit(options: { key: string }): Promise<{ success: boolean }> } | undefined,
  key: string,
  periodSeconds: number,
): Promise<RateLimitDecision> {
  if (!limiter || typeof limiter.limit !== 'function') return { ok: true };
  let success: boolean;
  try {
    success = (await limiter.limit({ key })).success !== false;
  } catch (err) {
    return { ok: true, error: err instanceof Error ? err.message : String(err) };
  }
  if (success) return { ok: true };
  return {
    ok: false,
    retryAfter: periodSeconds,
    problem: new Problem('rate-limited', `Too many requests from this client; try again in ${periodSeconds} seconds.`),
  };
}
