/**
 * Lead-based summary: the first sentences of the body, verbatim (a dateline stays part of the
 * first sentence, as written). Skipped: fragments under four words, bylines and credit lines
 * ("By Jane Doe", "Reuter", "Copyright …", "Associated Press writer … contributed"), and a
 * paragraph that is only a dateline ("LONDON 1996-08-30").
 */
import { parseByline } from '../text/byline';
import { readDateline } from '../text/dateline';
import { splitSentences } from './sentences';
import { countWords } from './words';

const MIN_WORDS = 4;

/** Bylines and credit lines: not summary material. */
function isCredit(paragraph: string): boolean {
  if (paragraph.length > 300) return false;
  if (parseByline(paragraph)) return true;
  if (/^\s*(?:copyright\b|©|\(c\)\s)/i.test(paragraph)) return true;
  if (/^\s*(?:reuters?|more)\W*$/i.test(paragraph)) return true;
  // "Associated Press writer Jane Doe in Moscow contributed to this report."
  if (/\bcontributed (?:to )?(?:this|the) (?:report|story|article)\b/i.test(paragraph) && paragraph.length <= 200) return true;
  return false;
}

/** Up to `max` leading sentences of the body, verbatim. */
export function leadSummary(paragraphs: string[], max = 3): string[] {
  const out: string[] = [];
  const limit = Math.max(0, Math.floor(max));
  if (!limit) return out;
  for (let p = 0; p < paragraphs.length && out.length < limit; p++) {
    const para = paragraphs[p];
    if (!para || isCredit(para)) continue;
    if (p < 3) {
      const d = readDateline(para);
      if (d.dateline && !d.rest.trim()) continue;
    }
    for (const s of splitSentences(para)) {
      if (countWords(s) < MIN_WORDS) continue;
      out.push(s);
      if (out.length >= limit) break;
    }
  }
  return out;
}
