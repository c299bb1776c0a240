/** Inputs and intermediate results passed between the engine's stages. */
import type { Agency, Dateline } from './article';

/** What the engine is given: decoded text or HTML, never bytes or a URL to fetch. */
export type EngineInput =
  | { kind: 'text'; text: string; url?: string | null }
  | { kind: 'html'; html: string; url?: string | null };

export interface ExtractOptions {
  /** Words per minute for readingTimeMinutes (default 230). */
  wordsPerMinute?: number;
  /** Sentences in the lead-based summary (default 3, at most 3). */
  summarySentences?: number;
}

/** What the plain-text stage (src/engine/text) reads from a wire story. */
export interface WireText {
  /** `key value` header lines at the top ("date 2021-12-15"), keys lower-cased. */
  headers: Record<string, string>;
  /** A headline line, only when the text clearly has one; never invented. */
  title: string | null;
  /** Byline names ("by Jane Doe, Reuters" → ["Jane Doe"]). */
  authors: string[];
  dateline: Dateline | null;
  agency: Agency | null;
  /** ISO date from a header or the dateline (only when the year is known). */
  published: string | null;
  /** Body paragraphs, the dateline kept at the start of the first, credit lines ("Reuter") removed. */
  paragraphs: string[];
}

/** What the HTML stage (src/engine/html) reads from a page. */
export interface HtmlDoc {
  title: string | null;
  description: string | null;
  authors: string[];
  published: string | null;
  modified: string | null;
  siteName: string | null;
  image: string | null;
  /** Canonical URL when the page gives one (absolute), else null. */
  canonicalUrl: string | null;
  /** From <html lang> / meta, primary tag lower-cased. */
  language: string | null;
  /** Main-text paragraphs (headings, list items and block quotes as their own paragraphs). */
  paragraphs: string[];
  /** The body as Markdown. */
  markdown: string;
}

/** Thrown by the engine when the input holds no article (the API answers 422). */
export class NoArticleError extends Error {
  readonly type = 'no-article';
  constructor(detail: string) {
    super(detail);
    this.name = 'NoArticleError';
  }
}
