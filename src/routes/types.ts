import type { CacheStatus } from '../service/cache';
import type { Bindings } from '../service/config';
import type { ServiceContext } from '../service/extract';

/** The Hono environment of every route: the Worker's bindings and per-request variables. */
export interface AppEnv {
  Bindings: Bindings;
  Variables: {
    requestId: string;
    svc: ServiceContext;
    /** Set by routes that consulted the cache, for X-Cache and the log line. */
    cacheStatus?: CacheStatus;
  };
}
