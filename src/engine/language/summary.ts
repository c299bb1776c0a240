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
import { paragraphSentences } from './sentences';
import { countWords } from './words';

const STOP = new Set(KEYWORD_STOPWORDS.split(/\s+/).filter(Boolean));
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu;
const MAX_SENTENCES = 400;
const MIN_WORDS = 6;
const MAX_WORDS = 80;

function isCredit(p: string): boolean {
  if (p.length > 300) return false;
  if (parseByline(p)) return true;
  if (/^\s*(?:copyright\b|©|\(c\)\s)/i.test(p)) return true;
  if (/\bcontributed (?:to )?(?:this|the) (?:report|story|article)\b/i.test(p)) return true;
  return false;
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
  const ids = new Map<string, number>();
  const sentences: Array<{ text: string; terms: number[]; counts: number[]; order: number }> = [];
  const slot: number[] = [];
  const stamp: number[] = [];
  for (let p = 0; p < paragraphs.length && sentences.length < MAX_SENTENCES; p++) {
    const para = paragraphs[p];
    if (!para || isCredit(para)) continue;
    if (p < 3) {
      const d = readDateline(para);
      if (d.dateline && !d.rest.trim()) continue;
    }
    for (const s of paragraphSentences(para)) {
      if (sentences.length >= MAX_SENTENCES) break;
      const n = countWords(s);
      if (n < MIN_WORDS || n > MAX_WORDS) continue;
      const order = sentences.length;
      const terms: number[] = [];
      const counts: number[] = [];
      const low = lowerAligned(s);
      const src = low ?? s;
      WORD.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = WORD.exec(src))) {
        let w = low ? m[0] : m[0].toLowerCase();
        if (w.includes('\u2019')) w = w.replace(/’/g, "'");
        if (w.endsWith("'s")) w = w.slice(0, -2);
        if (w.length < 3 || STOP.has(w)) continue;
        const c0 = w.charCodeAt(0);
        if (c0 >= 48 && c0 <= 57) continue;
        let id = ids.get(w);
        if (id === undefined) {
          id = ids.size;
          ids.set(w, id);
          slot.push(0);
          stamp.push(-1);
        }
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
  const V = ids.size;
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
