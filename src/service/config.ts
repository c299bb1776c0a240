/**
 * The Worker's settings, read once per request from its bindings (wrangler.toml [vars]).
 * Every value has a default, so a missing or malformed variable never breaks a request.
 */
/**
 * The Worker's bindings, as `wrangler types` generates them from wrangler.toml, plus those that
 * wrangler.toml does not declare (a secret, an optional binding, newer variables); all optional.
 */
export type Bindings = Partial<Cloudflare.Env> & {
  /** Secret (`wrangler secret put API_KEY`): when set, every POST needs it. */
  API_KEY?: string;
  /** Workers rate-limiting binding (`[[ratelimits]]`): when bound, requests are limited. */
  RATE_LIMITER?: RateLimit;
  FETCH_ALLOW_PORTS?: string;
  FETCH_CONNECT_TIMEOUT_MS?: string;
  RATE_LIMIT_PERIOD_SECONDS?: string;
};

export interface Config {
  articleTtlSeconds: number;
  urlTtlSeconds: number;
  maxBodyBytes: number;
  fetchTimeoutMs: number;
  fetchMaxRedirects: number;
  fetchAllowHosts: string[];
  /** Ports besides 80/443 that fetched URLs may use. */
  fetchAllowPorts: number[];
  /** Time limit per hop for connecting and receiving the response headers. */
  fetchConnectTimeoutMs: number;
  kvTimeoutMs: number;
  corsOrigins: string[];
  /** The API key POST requests must carry, or null (no key needed). */
  apiKey: string | null;
  /** The rate limiter's period, sent as Retry-After on a 429. */
  rateLimitPeriodSeconds: number;
}

export const DEFAULTS: Config = {
  articleTtlSeconds: 30 * 24 * 3600,
  urlTtlSeconds: 3600,
  maxBodyBytes: 5_000_000,
  fetchTimeoutMs: 10_000,
  fetchMaxRedirects: 5,
  fetchAllowHosts: [],
  fetchAllowPorts: [],
  fetchConnectTimeoutMs: 5_000,
  kvTimeoutMs: 1000,
  corsOrigins: ['*'],
  apiKey: null,
  rateLimitPeriodSeconds: 60,
};

const int = (value: string | undefined, fallback: number, min: number) => {
  const n = Number(value);
  return value != null && value.trim() !== '' && Number.isFinite(n) && n >= min ? Math.floor(n) : fallback;
};
const list = (value: string | undefined, fallback: string[]) => {
  const items = (value ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  return items.length ? items : fallback;
};

const ports = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => /^[0-9]{1,5}$/.test(s))
    .map(Number)
    .filter((n) => n >= 1 && n <= 65535);

const origins = (value: string | undefined) => {
  const items = (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return items.length ? items : DEFAULTS.corsOrigins;
};

export function readConfig(env: Bindings): Config {
  return {
    // KV's minimum expirationTtl is 60 seconds.
    articleTtlSeconds: int(env.ARTICLE_TTL_SECONDS, DEFAULTS.articleTtlSeconds, 60),
    urlTtlSeconds: int(env.URL_TTL_SECONDS, DEFAULTS.urlTtlSeconds, 60),
    maxBodyBytes: int(env.MAX_BODY_BYTES, DEFAULTS.maxBodyBytes, 1),
    fetchTimeoutMs: int(env.FETCH_TIMEOUT_MS, DEFAULTS.fetchTimeoutMs, 1),
    fetchMaxRedirects: int(env.FETCH_MAX_REDIRECTS, DEFAULTS.fetchMaxRedirects, 0),
    fetchAllowHosts: list(env.FETCH_ALLOW_HOSTS, []),
    fetchAllowPorts: ports(env.FETCH_ALLOW_PORTS),
    fetchConnectTimeoutMs: int(env.FETCH_CONNECT_TIMEOUT_MS, DEFAULTS.fetchConnectTimeoutMs, 1),
    kvTimeoutMs: int(env.KV_TIMEOUT_MS, DEFAULTS.kvTimeoutMs, 1),
    // Origins keep their case (they are compared as written by the browser).
    corsOrigins: origins(env.CORS_ORIGINS),
    apiKey: typeof env.API_KEY === 'string' && env.API_KEY.trim() !== '' ? env.API_KEY.trim() : null,
    rateLimitPeriodSeconds: int(env.RATE_LIMIT_PERIOD_SECONDS, DEFAULTS.rateLimitPeriodSeconds, 1),
  };
}
