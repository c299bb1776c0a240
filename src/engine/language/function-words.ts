/**
 * The function words of a language (articles, pronouns, prepositions …; data/stopwords.ts) as a
 * Set, made on first use. Shared by the stages that ask whether a capitalised word is only a
 * sentence's first word: the entity scan, the quote speakers, the keywords.
 */
import { STOPWORDS } from '../data/stopwords';

const SETS = new Map<string, ReadonlySet<string>>();

/** The function words of `lang` (a primary tag), or undefined for a language without a list. */
export function functionWords(lang: string): ReadonlySet<string> | undefined {
  let s = SETS.get(lang);
  if (s === undefined) {
    const list = STOPWORDS[lang];
    if (list === undefined) return undefined;
    s = new Set(list.split(/\s+/).filter(Boolean));
    SETS.set(lang, s);
  }
  return s;
}
