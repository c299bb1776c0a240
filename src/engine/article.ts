/**
 * The Article: what the engine returns for one article.
 * This zod definition is the single source of the contract: the engine's types, the API's
 * OpenAPI document and `schemas/article.schema.json` are all derived from it.
 */
import { z } from 'zod';

const nullableString = (description: string) => z.string().nullable().describe(description);

export const AgencySchema = z
  .object({
    code: z.string().describe('Short code of the wire service: AP, Reuters, AFP, UPI, dpa, …'),
    name: z.string().describe('Full name: Associated Press, Reuters, Agence France-Presse, …'),
  })
  .strict()
  .describe('Wire service credited');

export const DatelineSchema = z
  .object({
    place: z.string().describe('Place of the dateline, in title case: "Moscow"'),
    date: z
      .string()
      .nullable()
      .describe('Date the dateline carries, ISO 8601 (YYYY-MM-DD, or --MM-DD when it has no year)'),
    raw: z.string().describe('The dateline as written, without the trailing dash: "MOSCOW (AP)"'),
  })
  .strict();

export const PersonSchema = z
  .object({
    name: z.string(),
    mentions: z.number().int().nonnegative(),
    aliases: z.array(z.string()),
    roles: z.array(z.string()),
  })
  .strict();

export const OrganizationSchema = z
  .object({
    name: z.string(),
    mentions: z.number().int().nonnegative(),
    aliases: z.array(z.string()),
  })
  .strict();

export const PlaceSchema = z
  .object({
    name: z.string(),
    mentions: z.number().int().nonnegative(),
    aliases: z.array(z.string()),
    countryCode: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .nullable()
      .describe('ISO 3166-1 alpha-2 when the place is or lies in one country'),
  })
  .strict();

export const QuoteSchema = z
  .object({
    text: z.string(),
    speaker: z.string().nullable(),
    direct: z.boolean(),
  })
  .strict();

export const DateMentionSchema = z
  .object({
    text: z.string(),
    date: z.string().nullable().describe('ISO 8601 date (or year / year-month) it resolves to'),
  })
  .strict();

export const ArticleSchema = z
  .object({
    id: z
      .string()
      .regex(/^sha256:[0-9a-f]{64}$/)
      .describe('sha256:<hex> of the normalized input content: the cache key core'),
    extractor: z.object({ name: z.string(), version: z.string() }).strict(),
    url: nullableString('Canonical URL when known, else the URL that was given'),
    title: nullableString('Headline; never the site name alone, never invented'),
    description: nullableString('Dek, standfirst or meta description'),
    authors: z.array(z.string()).describe('Personal names only'),
    agency: AgencySchema.nullable(),
    dateline: DatelineSchema.nullable(),
    published: nullableString('ISO 8601 date or date-time with offset'),
    modified: nullableString('ISO 8601, only when the source says the article was updated'),
    language: nullableString('BCP 47 primary tag, e.g. en'),
    siteName: nullableString('Publisher or site name'),
    image: nullableString('Absolute URL of the lead image'),
    text: z.string().describe('Main body as plain text, paragraphs separated by a blank line'),
    markdown: z.string().describe('The same body as Markdown'),
    wordCount: z.number().int().nonnegative(),
    readingTimeMinutes: z.number().nonnegative(),
    summary: z.array(z.string()).max(3).describe('Up to three key sentences, verbatim from text'),
    keywords: z.array(z.string()),
    entities: z
      .object({
        people: z.array(PersonSchema),
        organizations: z.array(OrganizationSchema),
        places: z.array(PlaceSchema),
      })
      .strict(),
    quotes: z.array(QuoteSchema),
    dates: z.array(DateMentionSchema),
  })
  .strict()
  .describe('An article extracted from a news page or wire text');

export type Article = z.infer<typeof ArticleSchema>;
export type Agency = z.infer<typeof AgencySchema>;
export type Dateline = z.infer<typeof DatelineSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type Organization = z.infer<typeof OrganizationSchema>;
export type Place = z.infer<typeof PlaceSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type DateMention = z.infer<typeof DateMentionSchema>;

/** The JSON Schema (2020-12) of the Article, as committed in schemas/article.schema.json. */
export function articleJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ArticleSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'urn:article-extract:article',
    title: 'Article',
    ...schema,
  };
}
