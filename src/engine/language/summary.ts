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
import { splitSentences } from './sentences';
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

export function centralSummary(paragraphs: string[], max = 3): string[] {
  const limit = Math.max(0, Math.floor(max));
  if (!limit) return [];
  const sentences: Array<{ text: string; terms: Map<string, number>; order: number }> = [];
  for (let p = 0; p < paragraphs.length && sentences.length < MAX_SENTENCES; p++) {
    const para = paragraphs[p];
    if (!para || isCredit(para)) continue;
    if (p < 3) {
      const d = readDateline(para);
      if (d.dateline && !d.rest.trim()) continue;
    }
    for (const s of splitSentences(para)) {
      if (sentences.length >= MAX_SENTENCES) break;
      const n = countWords(s);
      if (n < MIN_WORDS || n > MAX_WORDS) continue;
      const terms = new Map<string, number>();
      WORD.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = WORD.exec(s))) {
        const w = m[0].toLowerCase().replace(/’/g, "'").replace(/'s$/, '');
        if (w.length < 3 || STOP.has(w) || /^\d/.test(w)) continue;
        terms.set(w, (terms.get(w) ?? 0) + 1);
      }
      sentences.push({ text: s, terms, order: sentences.length });
    }
  }
  if (sentences.length <= limit) return sentences.map((s) => s.text);
  const df = new Map<string, number>();
  for (const s of sentences) for (const w of s.terms.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  const N = sentences.length;
  const idf = (w: string): number => Math.log(1 + N / (df.get(w) ?? 1));
  const centroid = new Map<string, number>();
  for (const s of sentences) for (const [w, c] of s.terms) centroid.set(w, (centroid.get(w) ?? 0) + c * idf(w));
  let cNorm = 0;
  for (const v of centroid.values()) cNorm += v * v;
  cNorm = Math.sqrt(cNorm) || 1;
  const scored = sentences.map((s) => {
    let dot = 0;
    let norm = 0;
    for (const [w, c] of s.terms) {
      const v = c * idf(w);
      dot += v * (centroid.get(w) ?? 0);
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
