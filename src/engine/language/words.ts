/**
 * Word counting and reading time.
 *
 * countWords: a word is a run of letters, digits and combining marks; an apostrophe, hyphen,
 * period, comma or underscore between two such characters joins them ("don't", "well-known",
 * "U.S.", "3.5", "1,000" are one word each). Scripts written without spaces between words
 * (Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar) count one word per letter — the usual
 * convention for CJK word counts (combining vowel signs do not count).
 *
 * readingTime: whole minutes, rounded up (`ceil(words / wpm)`), at least 1 for any non-empty
 * text and 0 for none.
 */
import { codePointAt } from './char-classes';

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const LETTER = /\p{L}/u;

/** Code points of scripts written without spaces between words. */
function isUnspacedScript(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) || // CJK unified ideographs
    (cp >= 0x3400 && cp <= 0x4dbf) || // extension A
    (cp >= 0x20000 && cp <= 0x3134f) || // extensions B–G
    (cp >= 0xf900 && cp <= 0xfaff) || // compatibility ideographs
    (cp >= 0x3040 && cp <= 0x30ff) || // Hiragana, Katakana
    (cp >= 0x31f0 && cp <= 0x31ff) || // Katakana phonetic extensions
    (cp >= 0xff66 && cp <= 0xff9f) || // half-width Katakana
    (cp >= 0x0e00 && cp <= 0x0eff) || // Thai, Lao
    (cp >= 0x1780 && cp <= 0x17ff) || // Khmer
    (cp >= 0x1000 && cp <= 0x109f) // Myanmar
  );
}

function isJoiner(cp: number): boolean {
  return (
    cp === 0x27 || cp === 0x2019 || cp === 0x2d || cp === 0x2010 || cp === 0x2011 ||
    cp === 0x2e || cp === 0x2c || cp === 0x5f || cp === 0xb7
  );
}

/** Classes of ASCII characters: 1 for letters and digits, else 0. */
const ASCII_CLASS = new Uint8Array(0x80);
for (let c = 0; c < 0x80; c++) ASCII_CLASS[c] = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? 1 : 0;

/** Classes of BMP characters, filled on first use: the class + 1, or 0 when not yet known. */
const BMP_CLASS = new Uint8Array(0x10000);

/** 0: not part of a word, 1: word character, 2: a word by itself (unspaced scripts). */
function classify(cp: number): 0 | 1 | 2 {
  if (cp < 0x80) {
    if ((cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)) return 1;
    return 0;
  }
  if (cp <= 0xffff) {
    const k = BMP_CLASS[cp] as number;
    if (k) return (k - 1) as 0 | 1 | 2;
    const c = classifySlow(cp);
    BMP_CLASS[cp] = c + 1;
    return c;
  }
  return classifySlow(cp);
}

function classifySlow(cp: number): 0 | 1 | 2 {
  const ch = String.fromCodePoint(cp);
  // Unspaced scripts: each letter is a word; vowel signs and tone marks add nothing.
  if (isUnspacedScript(cp)) return LETTER.test(ch) ? 2 : 0;
  return WORD_CHAR.test(ch) ? 1 : 0;
}

/** Number of words in `text` (Unicode-aware; CJK and Thai counted per character). */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cp = c >= 0xd800 && c <= 0xdbff ? codePointAt(text, i) : c;
    const size = cp > 0xffff ? 2 : 1;
    const kind = cp < 0x80 ? (ASCII_CLASS[cp] as 0 | 1) : classify(cp);
    if (kind === 2) {
      count++;
      inWord = false;
    } else if (kind === 1) {
      if (!inWord) {
        count++;
        inWord = true;
      }
    } else if (inWord && isJoiner(cp) && i + size < n) {
      // Stay in the word only if a word character follows the joiner.
      const next = codePointAt(text, i + size);
      if ((next < 0x80 ? ASCII_CLASS[next] : classify(next)) !== 1) inWord = false;
    } else {
      inWord = false;
    }
    i += size;
  }
  return count;
}

/** Reading time in whole minutes, rounded up; 0 for no words, else at least 1. */
export function readingTime(words: number, wpm = 230): number {
  if (!Number.isFinite(words) || words <= 0) return 0;
  const rate = Number.isFinite(wpm) && wpm > 0 ? wpm : 230;
  return Math.max(1, Math.ceil(words / rate));
}
