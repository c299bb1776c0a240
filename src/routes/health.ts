/** GET /healthz — liveness, with the extractor version and whether the KV binding is present. */
import { Hono } from 'hono';
import { EXTRACTOR } from '../engine/version';
import type { AppEnv } from './types';

export const healthRoutes = new Hono<AppEnv>();

healthRoutes.get('/healthz', (c) => {
  c.header('Cache-Control', 'no-store');
  return c.json({ status: 'ok', extractor: EXTRACTOR, kv: Boolean(c.env.ARTICLES) });
});
