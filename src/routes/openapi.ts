/**
 * GET /openapi.json — OpenAPI 3.1, generated from the same zod schemas that validate requests
 * (src/routes/schemas.ts) and define the Article (src/engine/article.ts).
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { Hono } from 'hono';
import { z } from 'zod';
import { ArticleSchema } from '../engine/article';
import { EXTRACTOR } from '../engine/version';
import { ExtractJsonSchema, ProblemSchema } from './schemas';
import type { AppEnv } from './types';

/** A zod schema as a named component (JSON Schema 2020-12, which OpenAPI 3.1 uses) and its $ref. */
function component(registry: OpenAPIHono['openAPIRegistry'], name: string, schema: z.ZodType) {
  const { $schema: _, ...json } = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
  registry.registerComponent('schemas', name, json);
  return { $ref: `#/components/schemas/${name}` };
}

function buildDocument() {
  const spec = new OpenAPIHono();
  const registry = spec.openAPIRegistry;
  // Plain zod schemas (the engine knows nothing of OpenAPI) become components directly.
  const Article = component(registry, 'Article', ArticleSchema);
  const Problem = component(registry, 'Problem', ProblemSchema);
  const ExtractRequest = component(registry, 'ExtractRequest', ExtractJsonSchema);

  const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: Problem } } });
  const articleContent = {
    'application/json': { schema: Article },
    'text/html': { schema: z.string().describe('The article view') },
    'text/markdown': { schema: z.string().describe('The body as Markdown') },
  };
  const cacheHeaders = {
    'X-Cache': { description: 'HIT, MISS or BYPASS (KV unavailable)', schema: { type: 'string' as const, enum: ['HIT', 'MISS', 'BYPASS'] } },
    ETag: { description: 'Strong ETag of this representation', schema: { type: 'string' as const } },
    'Server-Timing': { description: 'fetch, extract and kv durations', schema: { type: 'string' as const } },
  };
  const format = z.enum(['json', 'html', 'markdown']).optional().describe('Overrides the Accept header');
  const ok = { description: 'The extracted Article', headers: cacheHeaders, content: articleContent };

  registry.registerPath({
    method: 'post',
    path: '/v1/extract',
    summary: 'Extract an article from text, HTML, or a URL given in JSON',
    request: {
      query: z.object({ url: z.string().optional().describe('Address of a posted HTML page (not fetched)'), format }),
      body: {
        required: true,
        content: {
          'text/plain': { schema: z.string().describe('An article as plain text, e.g. a wire story') },
          'text/html': { schema: z.string().describe('An HTML page') },
          'application/json': { schema: ExtractRequest },
        },
      },
    },
    responses: {
      200: ok,
      304: { description: 'Not modified (If-None-Match)' },
      400: problem('Malformed JSON, missing input, or a refused URL'),
      413: problem('Body over the configured limit'),
      415: problem('Unsupported content type'),
      422: problem('No extractable article'),
      502: problem('The page could not be fetched'),
      504: problem('Fetching the page timed out'),
    },
  });
  registry.registerPath({
    method: 'get',
    path: '/v1/extract',
    summary: 'Fetch a page and extract its article',
    request: { query: z.object({ url: z.string().describe('Absolute http(s) URL'), format }) },
    responses: {
      200: ok,
      304: { description: 'Not modified (If-None-Match)' },
      400: problem('Missing or refused URL'),
      422: problem('No extractable article'),
      502: problem('The page could not be fetched'),
      504: problem('Fetching the page timed out'),
    },
  });
  registry.registerPath({
    method: 'get',
    path: '/v1/articles/{id}',
    summary: 'A cached Article by its content id',
    request: {
      params: z.object({ id: z.string().describe('sha256:<hex> or the bare hex') }),
      query: z.object({ format }),
    },
    responses: { 200: ok, 304: { description: 'Not modified' }, 400: problem('Malformed id'), 404: problem('Not cached') },
  });
  registry.registerPath({
    method: 'get',
    path: '/healthz',
    summary: 'Liveness',
    responses: { 200: { description: 'ok', content: { 'application/json': { schema: z.object({ status: z.literal('ok') }) } } } },
  });

  return spec.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'article-extract',
      version: EXTRACTOR.version,
      description:
        'News article extraction at the edge: text, HTML or a URL in; title, dateline, agency, dates, authors, ' +
        'entities, quotes and clean text out. Errors are RFC 9457 problem details.',
    },
    servers: [{ url: '/' }],
  });
}

let document: ReturnType<typeof buildDocument> | undefined;

export const openapiRoutes = new Hono<AppEnv>();

openapiRoutes.get('/openapi.json', (c) => {
  document ??= buildDocument();
  c.header('Cache-Control', 'public, max-age=3600');
  return c.json(document);
});
