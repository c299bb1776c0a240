/** GET /v1/articles/:id — a cached Article by its id (`sha256:<hex>` or the bare hex). */
import { Hono } from 'hono';
import { parseId } from '../service/cache';
import { getArticle } from '../service/extract';
import { Problem } from '../service/problems';
import { CACHE_CONTROL } from './extract';
import { articleResponse } from './respond';
import type { AppEnv } from './types';

export const articleRoutes = new Hono<AppEnv>();

articleRoutes.get('/v1/articles/:id', async (c) => {
  const raw = decodeURIComponent(c.req.param('id'));
  const hex = parseId(raw);
  if (!hex) throw new Problem('bad-request', 'An article id is sha256:<64 hex digits> or the 64 hex digits alone.');
  const result = await getArticle(`sha256:${hex}`, c.get('svc'));
  return articleResponse(c, result, { cacheControl: CACHE_CONTROL.byId });
});
