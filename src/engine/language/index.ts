/**
 * The language layer in one call: language, entities, quotes, dates, key phrases and summary
 * from an article's paragraphs. Entities come first, since quotes name their speakers by the
 * people found. The engine calls this once per article; the benchmark times it alone.
 */
import type { Article, Dateline } from '../article';
import { findDates } from './dates/index';
import { detectLanguage } from './detect';
import { findEntities } from './entities/index';
import { findKeywords } from './keywords/index';
import { findQuotes } from './quotes/index';
import { centralSummary } from './summary';

export interface LanguageOptions {
  /** The document's own language tag; detected from the text when null. */
  language?: string | null;
  title?: string | null;
  dateline?: Dateline | null;
  /** What relative dates resolve against: `published` or the dateline date. */
  reference?: string | null;
  /** Sentences in the summary (0 to 3, default 3). */
  summarySentences?: number;
}

export type LanguageResult = Pick<Article, 'language' | 'entities' | 'quotes' | 'dates' | 'keywords' | 'summary'>;

export function analyzeLanguage(paragraphs: string[], options: LanguageOptions = {}): LanguageResult {
  const language = options.language ?? detectLanguage(paragraphs.join('\n\n'));
  const entities = findEntities(paragraphs, { language, dateline: options.dateline ?? null, title: options.title ?? null });
  return {
    language,
    entities,
    quotes: findQuotes(paragraphs, { people: entities.people, language }),
    dates: findDates(paragraphs, { reference: options.reference ?? null }),
    keywords: findKeywords(paragraphs, { title: options.title ?? null, language }),
    summary: centralSummary(paragraphs, Math.min(3, Math.max(0, options.summarySentences ?? 3))),
  };
}
