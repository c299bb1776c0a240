/**
 * Language detection: a BCP 47 primary tag, or null when the text is too short or undecidable.
 *
 * 1. Letters of the sample (the first 16,000 characters) are counted by script. A non-Latin
 *    script decides by itself (Greek → el, Hangul → ko, Han with kana → ja, Han alone → zh,
 *    …), with letter tests inside Cyrillic (ru / uk / be / bg / sr / mk / kk / mn) and Arabic
 *    script (ar / fa / ur).
 * 2. Latin script: each word of the first 2,000 characters (~330 words) found in a language's
 *    function-word list (src/engine/data/stopwords.ts) adds 1 / (number of lists holding it)
 *    to that language, plus a little for letters few languages use. The best language wins
 *    when it is clear of the runner-up.
 */
import { LETTER_HINTS, STOPWORDS, SUFFIX_HINTS } from '../data/stopwords';
import { charClasses, codePointAt } from './char-classes';
import { WordTable } from './word-table';

/** Characters of the input whose letters are counted by script. */
const SAMPLE_CHARS = 16_000;
/** How much of a text `detectLanguage` reads: callers may pass only this much. */
export const DETECT_SAMPLE_CHARS = SAMPLE_CHARS;
/**
 * Characters of a Latin-script text whose words are looked up (~330 words: function words
 * make a fifth to a half of running text, so a few hundred words decide as well as thousands).
 */
const LATIN_SAMPLE_CHARS = 2_000;
const MAX_WORDS = 1_000;
const MIN_LETTERS = 10;
const MIN_LETTERS_CJK = 4;
/** Share of the words that must be function words of the winning language. */
const MIN_SHARE = 0.12;

type Script =
  | 'latin' | 'cyrillic' | 'greek' | 'armenian' | 'hebrew' | 'arabic' | 'devanagari' | 'bengali'
  | 'gurmukhi' | 'gujarati' | 'oriya' | 'tamil' | 'telugu' | 'kannada' | 'malayalam'
  | 'sinhala' | 'thai' | 'lao' | 'tibetan' | 'myanmar' | 'georgian' | 'hangul' | 'ethiopic'
  | 'khmer' | 'kana' | 'han';

const SCRIPT_LANGUAGE: Partial<Record<Script, string>> = {
  greek: 'el', armenian: 'hy', hebrew: 'he', devanagari: 'hi', bengali: 'bn', gurmukhi: 'pa',
  gujarati: 'gu', oriya: 'or', tamil: 'ta', telugu: 'te', kannada: 'kn', malayalam: 'ml',
  sinhala: 'si', thai: 'th', lao: 'lo', tibetan: 'bo', myanmar: 'my', georgian: 'ka',
  ethiopic: 'am', khmer: 'km',
};

function scriptOf(cp: number): Script | null {
  if (cp < 0x0250) {
    if ((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)) return 'latin';
    if (cp >= 0xc0 && cp !== 0xd7 && cp !== 0xf7) return 'latin';
    return null;
  }
  if (cp >= 0x1e00 && cp <= 0x1eff) return 'latin'; // Latin Extended Additional (Vietnamese)
  if (cp >= 0x0370 && cp <= 0x03ff) return 'greek';
  if (cp >= 0x1f00 && cp <= 0x1fff) return 'greek';
  if (cp >= 0x0400 && cp <= 0x052f) return 'cyrillic';
  if (cp >= 0x0530 && cp <= 0x058f) return 'armenian';
  if (cp >= 0x0590 && cp <= 0x05ff) return 'hebrew';
  if ((cp >= 0x0600 && cp <= 0x06ff) || (cp >= 0x0750 && cp <= 0x077f) || (cp >= 0xfb50 && cp <= 0xfeff)) return 'arabic';
  if (cp >= 0x0900 && cp <= 0x097f) return 'devanagari';
  if (cp >= 0x0980 && cp <= 0x09ff) return 'bengali';
  if (cp >= 0x0a00 && cp <= 0x0a7f) return 'gurmukhi';
  if (cp >= 0x0a80 && cp <= 0x0aff) return 'gujarati';
  if (cp >= 0x0b00 && cp <= 0x0b7f) return 'oriya';
  if (cp >= 0x0b80 && cp <= 0x0bff) return 'tamil';
  if (cp >= 0x0c00 && cp <= 0x0c7f) return 'telugu';
  if (cp >= 0x0c80 && cp <= 0x0cff) return 'kannada';
  if (cp >= 0x0d00 && cp <= 0x0d7f) return 'malayalam';
  if (cp >= 0x0d80 && cp <= 0x0dff) return 'sinhala';
  if (cp >= 0x0e00 && cp <= 0x0e7f) return 'thai';
  if (cp >= 0x0e80 && cp <= 0x0eff) return 'lao';
  if (cp >= 0x0f00 && cp <= 0x0fff) return 'tibetan';
  if (cp >= 0x1000 && cp <= 0x109f) return 'myanmar';
  if (cp >= 0x10a0 && cp <= 0x10ff) return 'georgian';
  if ((cp >= 0x1100 && cp <= 0x11ff) || (cp >= 0x3130 && cp <= 0x318f) || (cp >= 0xac00 && cp <= 0xd7af)) return 'hangul';
  if (cp >= 0x1200 && cp <= 0x139f) return 'ethiopic';
  if (cp >= 0x1780 && cp <= 0x17ff) return 'khmer';
  if ((cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0x31f0 && cp <= 0x31ff) || (cp >= 0xff66 && cp <= 0xff9d)) return 'kana';
  if ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0x20000 && cp <= 0x3134f)) return 'han';
  return null;
}

/** Languages of the lists, numbered (scores are kept in arrays indexed by these numbers). */
const LANGS: string[] = [];
const LANG_ID = new Map<string, number>();
function langId(lang: string): number {
  let id = LANG_ID.get(lang);
  if (id === undefined) {
    id = LANGS.length;
    LANGS.push(lang);
    LANG_ID.set(lang, id);
  }
  return id;
}

/** Lower-cased word → languages whose list holds it, with weight 1 / count. */
const WORD_LANGS = new Map<string, { langs: number[]; weight: number }>();
for (const [lang, list] of Object.entries(STOPWORDS)) {
  const id = langId(lang);
  for (const w of list.split(/\s+/)) {
    if (!w) continue;
    const e = WORD_LANGS.get(w);
    if (!e) WORD_LANGS.set(w, { langs: [id], weight: 1 });
    else if (!e.langs.includes(id)) e.langs.push(id);
  }
}
for (const e of WORD_LANGS.values()) e.weight = 1 / e.langs.length;
/** The same words, looked up by their place in the sample (no substring per word). */
const WORD_TABLE = new WordTable(WORD_LANGS.keys());
const WORD_INFO = [...WORD_LANGS.values()];

/** Ending → languages, for words of five letters or more. */
const SUFFIXES = new Map<string, number[]>();
let maxSuffix = 0;
/** Lengths of the listed endings, longest first, and the last letters they end with. */
const SUFFIX_LENGTHS: number[] = [];
const SUFFIX_LAST = new Set<number>();
for (const [lang, list] of Object.entries(SUFFIX_HINTS)) {
  for (const suf of list) {
    const ls = SUFFIXES.get(suf) ?? [];
    ls.push(langId(lang));
    SUFFIXES.set(suf, ls);
    maxSuffix = Math.max(maxSuffix, suf.length);
    if (!SUFFIX_LENGTHS.includes(suf.length)) SUFFIX_LENGTHS.push(suf.length);
    SUFFIX_LAST.add(suf.charCodeAt(suf.length - 1));
  }
}
SUFFIX_LENGTHS.sort((a, b) => b - a);
const SUFFIX_TABLE = new WordTable(SUFFIXES.keys());
const SUFFIX_INFO = [...SUFFIXES.values()];
const SUFFIX_WEIGHT = 0.25;

/** Letters few languages use, as language numbers; `HINTS_BMP`: every listed letter is one non-ASCII BMP character. */
const HINTS = new Map<string, number[]>();
let HINTS_BMP = true;
for (const [ch, langs] of Object.entries(LETTER_HINTS)) {
  HINTS.set(ch, langs.map(langId));
  if (ch.length !== 1 || ch.charCodeAt(0) < 0x80) HINTS_BMP = false;
}
const NLANG = LANGS.length;

/** Is the BMP character a letter (\p{L})? A table filled on first use: 0 unknown, 1 no, 2 yes. */
const LETTER_RE = /^\p{L}$/u;
const IS_LETTER = charClasses((ch) => (LETTER_RE.test(ch) ? 2 : 1), 1);
function letterBmp(c: number): boolean {
  return IS_LETTER.unit(c) === 2;
}

/** Length in UTF-16 units of the letter (\p{L}) at i, or 0. */
function letterAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return letterBmp(c) ? 1 : 0;
  const cp = codePointAt(s, i);
  if (cp <= 0xffff) return 0;
  return LETTER_RE.test(String.fromCodePoint(cp)) ? 2 : 0;
}

/** Scratch space for `letterRuns` (the scan is synchronous: one caller at a time). */
const RUN_BOUNDS = new Int32Array(2 * MAX_WORDS);

/**
 * The first `max` runs of letters (\p{L}+) of a lower-cased text, as start and end offsets
 * in `bounds` (2 per run); returns how many were found.
 */
function letterRuns(s: string, max: number, bounds: Int32Array): number {
  let runs = 0;
  const n = s.length;
  let i = 0;
  while (i < n && runs < max) {
    let k = letterAt(s, i);
    if (!k) {
      i++;
      continue;
    }
    const start = i;
    i += k;
    while (i < n && (k = letterAt(s, i))) i += k;
    bounds[2 * runs] = start;
    bounds[2 * runs + 1] = i;
    runs++;
  }
  return runs;
}

function count(text: string, chars: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (chars.includes(text[i])) n++;
  return n;
}

function cyrillicLanguage(sample: string, letters: number): string {
  const s = sample.toLowerCase();
  const ru = count(s, 'ыэё');
  if (count(s, 'ђјљњћџ') > 0) return count(s, 'ѓќѕ') > 0 ? 'mk' : 'sr';
  if (count(s, 'ѓќѕ') > 0) return 'mk';
  if (count(s, 'әғқңұһ') > 0) return 'kk';
  if (count(s, 'ў') > 0 && ru <= count(s, 'ўі')) return 'be';
  const uk = count(s, 'іїєґ');
  if (uk > 0 && uk >= ru) return 'uk';
  if (count(s, 'өү') > 0 && ru === 0) return 'mn';
  if (ru === 0 && count(s, 'ъ') >= letters * 0.005) return 'bg';
  return 'ru';
}

function arabicLanguage(sample: string): string {
  if (count(sample, '\u0679\u0688\u0691\u06ba\u06d2\u06c1') > 0) return 'ur';
  if (count(sample, '\u067e\u0686\u0698\u06af\u06cc\u06a9') > 0) return 'fa';
  return 'ar';
}

function latinLanguage(sample: string): string | null {
  const low = sample.toLowerCase();
  const bounds = RUN_BOUNDS;
  const words = letterRuns(low, MAX_WORDS, bounds);
  if (words < 3) return null;
  // scores in arrays, with the order in which languages first scored (ties go to the first)
  const scores = new Float64Array(NLANG);
  const hits = new Int32Array(NLANG);
  const seen = new Uint8Array(NLANG);
  const order: number[] = [];
  const limit = Math.min(words, MAX_WORDS);
  for (let i = 0; i < limit; i++) {
    const start = bounds[2 * i] as number;
    const end = bounds[2 * i + 1] as number;
    const found = WORD_TABLE.find(low, start, end);
    if (found >= 0) {
      const e = WORD_INFO[found] as { langs: number[]; weight: number };
      for (const l of e.langs) {
        if (!seen[l]) {
          seen[l] = 1;
          order.push(l);
        }
        scores[l] += e.weight;
        hits[l]++;
      }
      continue;
    }
    const len = end - start;
    if (len < 5 || !SUFFIX_LAST.has(low.charCodeAt(end - 1))) continue;
    // Case endings: the longest listed ending of the word counts once.
    for (const n of SUFFIX_LENGTHS) {
      if (n > maxSuffix || n > len - 2) continue;
      const suffix = SUFFIX_TABLE.find(low, end - n, end);
      if (suffix < 0) continue;
      for (const l of SUFFIX_INFO[suffix] as number[]) {
        if (!seen[l]) {
          seen[l] = 1;
          order.push(l);
        }
        scores[l] += SUFFIX_WEIGHT;
        hits[l]++;
      }
      break;
    }
  }
  // Letters few languages use: a small, capped bonus.
  const hintCounts = new Int32Array(NLANG);
  const hintOrder: number[] = [];
  const countHint = (langs: number[]): void => {
    for (const l of langs) {
      if (!hintCounts[l]) hintOrder.push(l);
      hintCounts[l]++;
    }
  };
  if (HINTS_BMP) {
    for (let i = 0; i < low.length; i++) {
      if (low.charCodeAt(i) < 0x80) continue;
      const langs = HINTS.get(low[i] as string);
      if (langs) countHint(langs);
    }
  } else {
    for (const ch of low) {
      const langs = HINTS.get(ch);
      if (langs) countHint(langs);
    }
  }
  for (const l of hintOrder) {
    if (!seen[l]) {
      seen[l] = 1;
      order.push(l);
    }
    scores[l] += Math.min(2, hintCounts[l] * 0.25);
  }

  let best = -1;
  let bestScore = 0;
  let second = 0;
  for (const l of order) {
    const s = scores[l] as number;
    if (s > bestScore) {
      second = bestScore;
      bestScore = s;
      best = l;
    } else if (s > second) second = s;
  }
  if (best < 0) return null;
  // Running text has many function words (a fifth to a half of its words); a list of names or
  // Latin filler ("lorem ipsum") has few. Then a clear lead over the runner-up.
  const bestHits = hits[best] as number;
  if (bestHits < 2 || bestHits < limit * MIN_SHARE) return null;
  if (bestScore < 1) return null;
  if (bestScore < second * 1.15 || bestScore - second < 0.75) return null;
  return LANGS[best] as string;
}

/** BCP 47 primary language tag of `text`, or null when too short or undecidable. */
export function detectLanguage(text: string): string | null {
  if (!text) return null;
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const counts = new Map<Script, number>();
  let letters = 0;
  // ASCII letters are counted apart (most text); 'latin' keeps its place in the map's order
  let ascii = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
        if (!ascii && !counts.has('latin')) counts.set('latin', 0);
        ascii++;
      }
      continue;
    }
    const cp = codePointAt(sample, i);
    if (cp > 0xffff) i++;
    const s = scriptOf(cp);
    if (!s) continue;
    letters++;
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  if (ascii) {
    letters += ascii;
    counts.set('latin', (counts.get('latin') ?? 0) + ascii);
  }
  const han = counts.get('han') ?? 0;
  const kana = counts.get('kana') ?? 0;
  const hangul = counts.get('hangul') ?? 0;
  const cjk = han + kana + hangul;
  // Han, kana and Hangul are one group: Japanese mixes kanji with kana, Korean may use hanja.
  let top: Script | null = null;
  let topCount = 0;
  for (const [s, c] of counts) {
    if (s === 'han' || s === 'kana' || s === 'hangul') continue;
    if (c > topCount) {
      top = s;
      topCount = c;
    }
  }
  if (cjk > topCount) {
    if (cjk < MIN_LETTERS_CJK) return null;
    if (hangul >= cjk * 0.3) return 'ko';
    if (kana >= (han + kana) * 0.1) return 'ja';
    return han > 0 ? 'zh' : 'ja';
  }
  if (!top || letters < MIN_LETTERS) return null;
  if (top === 'latin') return latinLanguage(sample.length > LATIN_SAMPLE_CHARS ? sample.slice(0, LATIN_SAMPLE_CHARS) : sample);
  if (top === 'cyrillic') return cyrillicLanguage(sample, topCount);
  if (top === 'arabic') return arabicLanguage(sample);
  return SCRIPT_LANGUAGE[top] ?? null;
}
