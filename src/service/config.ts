/**
 * The Worker's settings, read once per request from its bindings (wrangler.toml [vars]).
 * Every value has a default, so a missing or malformed variable never breaks a request.
 */
/** The Worker's bindings, as `wrangler types` generates them from wrangler.toml; all optional here. */
export type Bindings = Partial<Cloudflare.Env>;

export interface Config {
  articleTtlSeconds: number;
  urlTtlSeconds: number;
  maxBodyBytes: number;
  fetchTimeoutMs: number;
  fetchMaxRedirects: number;
  fetchAllowHosts: string[];
  kvTimeoutMs: number;
  corsOrigins: string[];
}

export const DEFAULTS: Config = {
  articleTtlSeconds: 30 * 24 * 3600,
  urlTtlSeconds: 3600,
  maxBodyBytes: 5_000_000,
  fetchTimeoutMs: 10_000,
  fetchMaxRedirects: 5,
  fetchAllowHosts: [],
  kvTimeoutMs: 1000,
  corsOrigins: ['*'],
};

const int = (value: string | undefined, fallback: number, min: number) => {
  const n = Number(value);
  return value != null && value.trim() !== '' && Number.isFinite(n) && n >= min ? Math.floor(n) : fallback;
};
const list = (value: string | undefined, fallback: string[]) => {
  const items = (value ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  return items.length ? items : fallback;
};

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
    kvTimeoutMs: int(env.KV_TIMEOUT_MS, DEFAULTS.kvTimeoutMs, 1),
    // Origins keep their case (they are compared as written by the browser).
    corsOrigins: origins(env.CORS_ORIGINS),
  };
}
