/** Request and error schemas: they validate requests and generate the OpenAPI document. */
import { z } from 'zod';

const url = z.string().min(1).max(8192).describe('Absolute http(s) URL');

export const ExtractJsonSchema = z.union([
  z.object({ url, html: z.undefined().optional(), text: z.undefined().optional() }).describe('Fetch this page and extract it'),
  z.object({ html: z.string().describe('An HTML page'), url: url.optional().describe('The page address (not fetched)') }),
  z.object({ text: z.string().describe('An article as plain text (e.g. a wire story)'), url: url.optional() }),
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
