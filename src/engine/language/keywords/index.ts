/**
 * Key phrases: noun-phrase-like runs of content words, scored by frequency weighted by
 * position (title ×3, first paragraph ×2, second and third ×1.5, rest ×1), with a bonus for
 * phrases of two or three words. Candidates are maximal runs of words between stopwords and
 * punctuation (at most four words; numbers break a run), and the last two words of a common
 * phrase of four words (its head). A single word is a keyword only as
 * a proper noun (capitalized away from the start of a sentence). Phrases are deduplicated
 * case-insensitively; a phrase inside a better one ("Olympics" in "Winter Olympics") is
 * dropped. Written as it most often appears in the text: lower case for common phrases,
 * capitalized for names. At most 10, most important first. One linear pass.
 */
import { KEYWORD_STOPWORDS } from '../../data/keyword-stopwords';
import { functionWords } from '../function-words';
import { isStop, paragraphTokens, tokenize } from '../quotes/tokens';

export interface KeywordOptions {
  title?: string | null;
  language?: string | null;
  max?: number;
}

const EN_STOP = new Set(KEYWORD_STOPWORDS.split(/\s+/).filter(Boolean));
const MAX_WORDS = 4;
const MAX_TEXT = 200000;

interface Cand {
  score: number;
  count: number;
  /**
   * How the phrase is written, with a weight per form (see surface). Most candidates are seen
   * in one form only: the first form and its weight are fields, and a Map is made when a
   * second form appears (its entries in the order the forms appeared).
   */
  form: string;
  weight: number;
  forms: Map<string, number> | null;
  proper: boolean;
  words: number;
  first: number;
}

const STOP_SETS = new Map<string, Set<string>>();

function stopSet(language: string | null | undefined): Set<string> {
  const lang = (language ?? 'en').toLowerCase().slice(0, 2);
  const own = lang === 'en' ? undefined : functionWords(lang);
  if (!own) return EN_STOP;
  let s = STOP_SETS.get(lang);
  if (!s) {
    s = new Set([...EN_STOP, ...own]);
    STOP_SETS.set(lang, s);
  }
  return s;
}

export function findKeywords(paragraphs: string[], options: KeywordOptions = {}): string[] {
  const stop = stopSet(options.language);
  const max = options.max ?? 10;
  const cands = new Map<string, Cand>();
  let order = 0;
  let budget = MAX_TEXT;
  const blocks: Array<{ text: string; weight: number }> = [];
  if (options.title) blocks.push({ text: options.title, weight: 3 });
  paragraphs.forEach((p, i) => blocks.push({ text: p, weight: i === 0 ? 2 : i < 3 ? 1.5 : 1 }));
  for (const block of blocks) {
    if (budget <= 0) break;
    const text = block.text.length > budget ? block.text.slice(0, budget) : block.text;
    budget -= text.length;
    const toks = text.length === block.text.length ? paragraphTokens(text) : tokenize(text);
    const run: number[] = [];
    const flush = (): void => {
      const n = run.length;
      if (n) addRun(0, n);
      // the head of a longer common phrase ("legally binding security guarantees")
      if (n >= 4 && !toks[run[n - 1]].cap) addRun(n - 2, n);
      run.length = 0;
    };
    /** The words run[from..to), in parts of at most MAX_WORDS words. */
    const addRun = (from: number, to: number): void => {
      for (let s = from; s < to; s += MAX_WORDS) {
        const e = Math.min(to, s + MAX_WORDS);
        const first = run[s];
        const w0 = toks[first];
        const single = e - s === 1;
        const sentenceStart = first === 0 || isStop(toks[first - 1]) || toks[first - 1].t === ':';
        let allCap = true;
        for (let q = s; q < e && allCap; q++) if (!toks[run[q]].cap) allCap = false;
        const proper = allCap && (!sentenceStart || !single);
        if (single && !proper) {
          // a single lower-case word: counted only to tell names from sentence openers
          continue;
        }
        let key = w0.lo;
        for (let q = s + 1; q < e; q++) key += ' ' + toks[run[q]].lo;
        const form = text.slice(w0.start, toks[run[e - 1]].end);
        let c = cands.get(key);
        if (!c) {
          c = { score: 0, count: 0, form, weight: 0, forms: null, proper: false, words: e - s, first: order++ };
          cands.set(key, c);
        }
        c.count++;
        c.score += block.weight;
        if (proper) c.proper = true;
        addForm(c, form, !sentenceStart || !single ? 1 : 0.1);
      }
    };
    for (let k = 0; k < toks.length; k++) {
      const t = toks[k];
      if (!t.word || t.lo.length < 2 || hasDigit(t.t) || stop.has(t.lo) || initial(t.t)) {
        flush();
        continue;
      }
      // a capitalized word after lower-case words of a run starts a new phrase, and back
      if (run.length && toks[run[run.length - 1]].cap !== t.cap && !(k > 0 && isStop(toks[k - 1]))) {
        const prevCap = toks[run[run.length - 1]].cap;
        const sentenceStart = run[0] === 0 || isStop(toks[run[0] - 1]);
        if (!(sentenceStart && run.length === 1 && prevCap)) flush();
      }
      run.push(k);
    }
    flush();
  }
  // only the candidates the loop below can take are ranked (most are seen once, scored low)
  const ranked: Array<{ key: string; c: Cand; s: number }> = [];
  for (const [key, c] of cands) {
    if (c.words === 1 && !c.proper) continue;
    const lengthBonus = c.words === 1 ? 0.6 : c.words <= 3 ? 1.6 : 1.2;
    const repeat = c.count > 1 ? 1 : 0.6;
    const s = c.score * lengthBonus * repeat;
    if (c.count < 2 && s < 3) continue;
    ranked.push({ key, c, s });
  }
  ranked.sort((a, b) => b.s - a.s || a.c.first - b.c.first);
  const out: string[] = [];
  const keys: string[] = [];
  for (const x of ranked) {
    if (out.length >= max) break;
    if (keys.some((k) => (' ' + k + ' ').includes(' ' + x.key + ' ') || (' ' + x.key + ' ').includes(' ' + k + ' '))) continue;
    keys.push(x.key);
    out.push(surface(x.c, x.key));
  }
  return out;
}

function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

const INITIAL_RE = /^[\p{Lu}]\.$/u;
/** An initial: one upper-case letter and a period ("J."). */
function initial(s: string): boolean {
  return s.length <= 3 && s.charCodeAt(s.length - 1) === 46 && INITIAL_RE.test(s);
}

function addForm(c: Cand, form: string, weight: number): void {
  if (c.forms) c.forms.set(form, (c.forms.get(form) ?? 0) + weight);
  else if (form === c.form) c.weight += weight;
  else c.forms = new Map([[c.form, c.weight], [form, weight]]);
}

function surface(c: Cand, key: string): string {
  let best = c.form;
  let n = c.weight;
  if (c.forms) {
    best = '';
    n = -1;
    for (const [form, k] of c.forms) if (k > n) {
      best = form;
      n = k;
    }
  }
  if (!best) return key;
  if (!c.proper && /^\p{Lu}\p{Ll}/u.test(best)) return best[0].toLowerCase() + best.slice(1);
  return best;
}
