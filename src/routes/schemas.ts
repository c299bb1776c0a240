/** Request and error schemas: they validate requests and generate the OpenAPI document. */
import { z } from 'zod';

const url = z.string().min(1).max(8192).describe('Absolute http(s) URL');

/** Tried in order: a body with `html` or `text` is that content; `url` alone is fetched. */
export const ExtractJsonSchema = z.union([
  z.object({ html: z.string().describe('An HTML page'), url: url.optional().describe('The page address (not fetched)') }),
  z.object({ text: z.string().describe('An article as plain text (e.g. a wire story)'), url: url.optional() }),
  z.object({ url: url.describe('Fetch this page and extract it') }),
]);

export type ExtractJson = z.infer<typeof ExtractJsonSchema>;

export const ProblemSchema = z
  .object({
    type: z.string().describe('Stable problem type URI, e.g. /problems/no-article'),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
  })
  .describe('RFC 9457 problem details');

export const UrlQuerySchema = z.object({
  url: url.optional(),
  format: z.enum(['json', 'html', 'markdown']).optional().describe('Overrides the Accept header'),
});
