/**
 * The language layer in one call: language, entities, quotes, dates, key phrases and summary
 * from an article's paragraphs. Entities come first, since quotes name their speakers by the
 * people found. The engine calls this once per article; the benchmark times it alone.
 */
import type { Article, Dateline } from '../article';
import { findDates } from './dates/index';
import { DETECT_SAMPLE_CHARS, detectLanguage } from './detect';
import { findEntities } from './entities/index';
import { findKeywords } from './keywords/index';
import { findQuotes } from './quotes/index';
import { functionWords } from './function-words';
import { centralSummary } from './summary';
import { releaseParagraphSentences } from './sentences';
import { releaseParagraphTokens } from './quotes/tokens';

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

/** The paragraphs joined by blank lines, as far as they reach `max` characters (or all of them). */
function textHead(paragraphs: string[], max: number): string {
  let n = 0;
  let k = 0;
  while (k < paragraphs.length && n < max) n += (k ? 2 : 0) + (paragraphs[k++] as string).length;
  return k === paragraphs.length ? paragraphs.join('\n\n') : paragraphs.slice(0, k).join('\n\n');
}

/** Characters of text below which a page's declared language is not second-guessed. */
const MIN_CONTRADICTING_CHARS = 400;
/** Characters read to check it (detection decides a Latin-script text on its first 2,000). */
const CHECK_CHARS = 3_000;

/**
 * The language the text is read in: the document's own tag, unless the text (400 characters or
 * more) is clearly in another language. A template's default `lang="en"` on a German page, or a
 * `lang="de"` site quoting an English story, would otherwise send the text through another
 * language's rules (English name rules on German nouns: "Fragen Sie" a person).
 */
function textLanguage(declared: string, head: string): string {
  if (head.length < MIN_CONTRADICTING_CHARS) return declared;
  // running text in the declared language needs no detection: its function words are there
  if (readsAs(head, declared.toLowerCase().slice(0, 2))) return declared;
  const detected = detectLanguage(head.length > CHECK_CHARS ? head.slice(0, CHECK_CHARS) : head);
  return detected && detected !== declared.toLowerCase().slice(0, 2) ? detected : declared;
}

/** Words read by `readsAs`, and the share of them that must be function words of the language. */
const QUICK_WORDS = 60;
const QUICK_SHARE = 0.2;
const WORD_RE = /[\p{L}\p{M}'’]+/gu;

/**
 * Whether the text's first words hold a fifth or more of function words of `lang` (running text
 * holds a fifth to a half; another language's text a few percent). False for a language without
 * a list: detection decides then.
 */
function readsAs(text: string, lang: string): boolean {
  const stop = functionWords(lang);
  if (!stop) return false;
  let words = 0;
  let hits = 0;
  for (const m of text.slice(0, 800).matchAll(WORD_RE)) {
    words++;
    if (stop.has(m[0].toLowerCase())) hits++;
    if (words >= QUICK_WORDS) break;
  }
  return words >= 20 && hits >= words * QUICK_SHARE;
}

export function analyzeLanguage(paragraphs: string[], options: LanguageOptions = {}): LanguageResult {
  try {
    // The field follows the document's own tag first, then the text (the contract's order of
    // evidence); the stages read the text in the language it is written in.
    const head = textHead(paragraphs, DETECT_SAMPLE_CHARS);
    const language = options.language ?? detectLanguage(head);
    const read = options.language ? textLanguage(options.language, head) : language;
    const entities = findEntities(paragraphs, { language: read, dateline: options.dateline ?? null, title: options.title ?? null });
    return {
      language,
      entities,
      quotes: findQuotes(paragraphs, { people: entities.people, language: read }),
      dates: findDates(paragraphs, { reference: options.reference ?? null, language: read }),
      keywords: findKeywords(paragraphs, { title: options.title ?? null, language: read }),
      summary: centralSummary(paragraphs, Math.min(3, Math.max(0, options.summarySentences ?? 3))),
    };
  } finally {
    // the stages share a paragraph's tokens and sentences; nothing is kept for the next article
    releaseParagraphTokens();
    releaseParagraphSentences();
  }
}
