/**
 * Summary by centrality: the sentences closest to the centroid of the article (TF-IDF over
 * content words, sentences as documents), with a lead bias for news (the first sentences
 * weigh more). At most `max` sentences, verbatim, returned in text order. Skipped: fragments
 * under six words, very long sentences (over 80 words), bylines, credit lines and
 * dateline-only paragraphs. Linear in the text (the first 400 sentences are looked at).
 */
import { KEYWORD_STOPWORDS } from '../data/keyword-stopwords';
import { parseByline } from '../text/byline';
import { readDateline } from '../text/dateline';
import { monthOf } from '../text/dates';
import { paragraphSentences } from './sentences';
import { countWords } from './words';
import { charClasses } from './char-classes';
import { WordValues } from './word-values';
import { isWhiteSpace } from '../white-space';

const STOP = new Set(KEYWORD_STOPWORDS.split(/\s+/).filter(Boolean));
const MAX_SENTENCES = 400;
const MIN_WORDS = 6;
const MAX_WORDS = 80;
/** Characters read by the dateline reader (text/dateline.ts): a longer paragraph is never a dateline alone. */
const DATELINE_HEAD = 300;

/**
 * Words are runs `[\p{L}\p{N}][\p{L}\p{N}'’\-]*`, read by a hand-written scan. BMP classes,
 * filled on first use: 0 unknown, 1 other, 2 inside a word only (' ’ -), 3 letter or digit.
 */
const LN_RE = /^[\p{L}\p{N}]$/u;
/** Class (as above) and length in UTF-16 units of the character at i: class * 4 + length. */
const classAt = charClasses((ch) => (ch === "'" || ch === '-' || ch === '\u2019' ? 2 : LN_RE.test(ch) ? 3 : 1), 1).at;

function isCredit(p: string): boolean {
  if (p.length > 300) return false;
  if (parseByline(p)) return true;
  if (/^\s*(?:copyright\b|©|\(c\)\s)/i.test(p)) return true;
  if (/\bcontributed (?:to )?(?:this|the) (?:report|story|article)\b/i.test(p)) return true;
  return false;
}

/** A paragraph that is a dateline and nothing else ("MOSCOW (AP) —"). */
function datelineOnly(p: string): boolean {
  // the reader looks at the first 300 characters: anything after them is left as the rest
  if (p.length > DATELINE_HEAD && p.trimEnd().length > DATELINE_HEAD) return false;
  if (!mayEndDateline(p)) return false;
  const d = readDateline(p);
  return !!d.dateline && !d.rest.trim();
}

/** Dashes the dateline reader takes after a dateline (and "_"). */
const DATELINE_DASH = new Set([0x2d, 0x5f, 0x2013, 0x2014, 0x2015, 0x2012, 0x2212]);
/** A day as the dateline reader reads it: "3", "03", "3rd", "15.". */
const DAY_RE = /^\d{1,2}(?:st|nd|rd|th)?\.?$/;

/**
 * Can the paragraph end where a dateline does? A dateline alone is accepted by the reader only
 * with a date or an agency in parentheses (the bare "LONDON —" needs a sentence after it), and
 * only white space may follow its dash: so the paragraph ends with a dash, ")", a comma after
 * the date, or the date's last word (a day, a year, an ISO date or a month). Most paragraphs end
 * otherwise, and are not read.
 */
export function mayEndDateline(p: string): boolean {
  let e = p.length;
  while (e > 0 && isWhiteSpace(p.charCodeAt(e - 1))) e--;
  if (!e) return false;
  const c = p.charCodeAt(e - 1);
  if ((c >= 48 && c <= 57) || c === 41 || c === 44 || DATELINE_DASH.has(c)) return true;
  // the last word, as the reader cuts words (at white space, commas, parentheses, ; and :)
  let s = e;
  for (; s > 0; s--) {
    const d = p.charCodeAt(s - 1);
    if (isWhiteSpace(d) || d === 44 || d === 40 || d === 41 || d === 59 || d === 58) break;
  }
  const w = p.slice(s, e);
  return DAY_RE.test(w) || monthOf(w) !== null;
}

/** Lower case without changing lengths or classes of characters (no final-sigma context)? */
function lowerAligned(s: string): string | null {
  const low = s.toLowerCase();
  return low.length === s.length && !s.includes('\u03a3') ? low : null;
}

export function centralSummary(paragraphs: string[], max = 3): string[] {
  const limit = Math.max(0, Math.floor(max));
  if (!limit) return [];
  // Words are numbered in order of first appearance; a sentence's terms are parallel arrays of
  // word numbers and counts, in order of first appearance in the sentence.
  const ids = new WordValues();
  let vocabulary = 0;
  const sentences: Array<{ text: string; terms: number[]; counts: number[]; order: number }> = [];
  const slot: number[] = [];
  const stamp: number[] = [];
  for (let p = 0; p < paragraphs.length && sentences.length < MAX_SENTENCES; p++) {
    const para = paragraphs[p];
    if (!para || isCredit(para)) continue;
    if (p < 3 && datelineOnly(para)) continue;
    for (const s of paragraphSentences(para)) {
      if (sentences.length >= MAX_SENTENCES) break;
      const n = countWords(s);
      if (n < MIN_WORDS || n > MAX_WORDS) continue;
      const order = sentences.length;
      const terms: number[] = [];
      const counts: number[] = [];
      const low = lowerAligned(s);
      const src = low ?? s;
      const len = src.length;
      let i = 0;
      while (i < len) {
        let k = classAt(src, i);
        if (k >> 2 !== 3) {
          i += k & 3;
          continue;
        }
        const start = i;
        let curly = false;
        i += k & 3;
        while (i < len && (k = classAt(src, i)) >> 2 >= 2) {
          if (src.charCodeAt(i) === 0x2019) curly = true;
          i += k & 3;
        }
        // the word: cut out only when it differs from its range of `src`, or is new
        let w: string | null = null;
        let id: number | undefined;
        let end = i;
        if (low) {
          // lower case already: a final 's (either apostrophe) is dropped, then ’ written as '
          if (end - start >= 2 && src.charCodeAt(end - 1) === 115) {
            const q = src.charCodeAt(end - 2);
            if (q === 39 || q === 0x2019) end -= 2;
          }
          if (end - start < 3) continue;
          if (curly) w = src.slice(start, end).replace(/’/g, "'");
          else id = ids.get(src, start, end);
        } else {
          w = src.slice(start, i).toLowerCase();
          if (w.includes('\u2019')) w = w.replace(/’/g, "'");
          if (w.endsWith("'s")) w = w.slice(0, -2);
          if (w.length < 3) continue;
        }
        if (w !== null) id = ids.get(w, 0, w.length);
        // one lookup per word: stop words are remembered as -1
        if (id === undefined) {
          w ??= src.slice(start, end);
          const c0 = w.charCodeAt(0);
          if (STOP.has(w) || (c0 >= 48 && c0 <= 57)) {
            ids.add(w, -1);
            continue;
          }
          id = vocabulary++;
          ids.add(w, id);
          slot.push(0);
          stamp.push(-1);
        } else if (id < 0) continue;
        if (stamp[id] === order) counts[slot[id] as number]++;
        else {
          stamp[id] = order;
          slot[id] = terms.length;
          terms.push(id);
          counts.push(1);
        }
      }
      sentences.push({ text: s, terms, counts, order });
    }
  }
  if (sentences.length <= limit) return sentences.map((s) => s.text);
  const V = vocabulary;
  const df = new Float64Array(V);
  for (const s of sentences) for (const w of s.terms) df[w]++;
  const N = sentences.length;
  const idf = new Float64Array(V);
  for (let w = 0; w < V; w++) idf[w] = Math.log(1 + N / (df[w] || 1));
  const centroid = new Float64Array(V);
  for (const s of sentences) {
    for (let k = 0; k < s.terms.length; k++) {
      const w = s.terms[k] as number;
      centroid[w] += (s.counts[k] as number) * (idf[w] as number);
    }
  }
  let cNorm = 0;
  for (let w = 0; w < V; w++) cNorm += (centroid[w] as number) * (centroid[w] as number);
  cNorm = Math.sqrt(cNorm) || 1;
  const scored = sentences.map((s) => {
    let dot = 0;
    let norm = 0;
    for (let k = 0; k < s.terms.length; k++) {
      const w = s.terms[k] as number;
      const v = (s.counts[k] as number) * (idf[w] as number);
      dot += v * (centroid[w] as number);
      norm += v * v;
    }
    const cos = norm ? dot / (Math.sqrt(norm) * cNorm) : 0;
    const lead = 1 / (1 + s.order / 2);
    return { s, score: cos + 0.15 * lead };
  });
  scored.sort((a, b) => b.score - a.score || a.s.order - b.s.order);
  return scored
    .slice(0, limit)
    .sort((a, b) => a.s.order - b.s.order)
    .map((x) => x.s.text);
}
