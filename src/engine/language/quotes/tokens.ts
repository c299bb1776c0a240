/**
 * A small tokenizer for attribution windows (a few hundred characters around a quotation):
 * words (letters and digits, with inner apostrophes, hyphens and periods: "don't", "R-Ariz",
 * "U.S") and punctuation tokens. A period after a single letter, a dotted word or a title
 * abbreviation stays with the word ("J.", "U.S.", "Sen."). A hand-written linear scan with
 * the token grammar
 *
 *   [\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’.\-][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)* | [,;:.!?()\[\]—–] | -{1,2}
 *
 * (ASCII classified by code, other characters by a per-character table filled on first use).
 *
 * The tokens of a whole paragraph are shared by the stages that read it (keywords, dates,
 * reported speech, attribution windows): `paragraphTokens` keeps the last paragraphs' tokens,
 * keyed by their text (until `releaseParagraphTokens`), and `tokensIn` reads the tokens of a window off them when the window
 * cuts no token (else it tokenizes the window itself, with the same result as before).
 * Token arrays handed out by the cache are shared: callers must not modify them.
 */
import { TITLE_ABBREVIATIONS } from '../../data/abbreviations';
import { charClasses, lowerChanges } from '../char-classes';
import { paragraphMemo } from '../paragraph-memo';

export interface Token {
  /** The token as written. */
  t: string;
  /** Lower case, a final period removed, typographic apostrophes as "'". */
  lo: string;
  start: number;
  end: number;
  /** A word (letters/digits) rather than punctuation. */
  word: boolean;
  /** A word that starts with an upper-case letter. */
  cap: boolean;
}

const UPPER = /^\p{Lu}/u;
const ABBR = new Set(TITLE_ABBREVIATIONS.map((a) => a.toLowerCase()));
const LN_RE = /^[\p{L}\p{N}]$/u;
const M_RE = /^\p{M}$/u;

/** Character classes: 1 other, 2 mark, 3 letter/digit; classAt gives class * 4 + length. */
const CLASSES = charClasses((ch) => (LN_RE.test(ch) ? 3 : M_RE.test(ch) ? 2 : 1), 1);
const classAt = CLASSES.at;
const classOf = CLASSES.unit;

function isPunct(c: number): boolean {
  return (
    c === 44 || c === 59 || c === 58 || c === 46 || c === 33 || c === 63 || c === 40 || c === 41 ||
    c === 91 || c === 93 || c === 0x2014 || c === 0x2013
  );
}

function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 46 || c === 45;
}

/** What the scan of a word saw: a character that lower-casing may change, an inner period. */
const W_CASED = 1;
const W_DOTTED = 2;

/**
 * Bits of `W_CASED` for a UTF-16 unit: an ASCII capital, a unit beyond ASCII that lower-casing
 * changes (see `lowerCaseKeeps`: "für" needs no call), a surrogate, or ’ (written as ' in `lo`).
 */
function casedBit(c: number): number {
  if (c < 0x80) return c >= 65 && c <= 90 ? W_CASED : 0;
  return c === 0x2019 || (c >= 0xd800 && c <= 0xdfff) || lowerChanges(c) ? W_CASED : 0;
}

function punctToken(text: string, start: number, end: number, offset: number): Token {
  // punctuation ("," ";" "(" "—" "-" …): its own lower case, no final period to drop
  const t = text.slice(start, end);
  return { t, lo: t, start: start + offset, end: end + offset, word: false, cap: false };
}

/** A word token; `seen` holds the W_ bits of its characters, so that most words skip lower-casing. */
function wordToken(text: string, start: number, end: number, seen: number, offset: number): Token {
  let t = text.slice(start, end);
  let lo = seen & W_CASED ? t.toLowerCase() : t;
  if (text.charCodeAt(end) === 46) {
    // the period stays with an initial, a dotted word or a title (the lower case never has it)
    const c = t.charCodeAt(0);
    const initial = t.length === 1 && (c < 0x80 ? c >= 65 && c <= 90 : UPPER.test(t));
    if (initial || seen & W_DOTTED || ABBR.has(lo) || lo === 'jr' || lo === 'sr') {
      t += '.';
      end++;
    }
  }
  if (seen & W_CASED && lo.includes('\u2019')) lo = lo.replace(/’/g, "'");
  const c = t.charCodeAt(0);
  const cap = c < 0x80 ? c >= 65 && c <= 90 : UPPER.test(t);
  return { t, lo, start: start + offset, end: end + offset, word: true, cap };
}

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let k = c < 0x80 ? classOf(c) * 4 + 1 : classAt(text, i);
    if (k >> 2 === 3) {
      // a word: letters/digits (and marks), with inner joiners followed by a letter or digit
      let seen = casedBit(c);
      let j = i + (k & 3);
      for (;;) {
        while (j < n) {
          const d = text.charCodeAt(j);
          k = d < 0x80 ? classOf(d) * 4 + 1 : classAt(text, j);
          if (k >> 2 < 2) break;
          seen |= casedBit(d);
          j += k & 3;
        }
        const e = text.charCodeAt(j);
        if (j + 1 < n && isJoiner(e)) {
          const d = text.charCodeAt(j + 1);
          k = d < 0x80 ? classOf(d) * 4 + 1 : classAt(text, j + 1);
          if (k >> 2 === 3) {
            seen |= casedBit(e) | casedBit(d) | (e === 46 ? W_DOTTED : 0);
            j += 1 + (k & 3);
            continue;
          }
        }
        break;
      }
      const tok = wordToken(text, i, j, seen, offset);
      out.push(tok);
      i = tok.end - offset;
      continue;
    }
    if (isPunct(c)) {
      out.push(punctToken(text, i, i + 1, offset));
      i++;
      continue;
    }
    if (c === 45) {
      // "-" or "--" ("--" counts as a word, as the regular expression made it)
      if (text.charCodeAt(i + 1) === 45) {
        const tok = wordToken(text, i, i + 2, 0, offset);
        out.push(tok);
        i = tok.end - offset;
      } else {
        out.push(punctToken(text, i, i + 1, offset));
        i++;
      }
      continue;
    }
    i++;
  }
  return out;
}

/** A sentence-ending punctuation token. */
export function isStop(tok: Token): boolean {
  return !tok.word && (tok.t === '.' || tok.t === '!' || tok.t === '?');
}

// ---------------------------------------------------------------------------------------------
// Tokens of whole paragraphs, shared across stages

const TOKENS = paragraphMemo(tokenize);

/**
 * Forget the paragraphs' tokens: the language layer calls this when it is done with an article,
 * so that the tokens die young instead of filling the old generation of the heap.
 */
export function releaseParagraphTokens(): void {
  TOKENS.release();
}

/** The tokens of a paragraph (offsets from the paragraph's start). Shared: do not modify. */
export function paragraphTokens(p: string): Token[] {
  return TOKENS.get(p);
}

/** First index in `toks` whose start is at or after `pos` (tokens are sorted by start). */
export function firstTokenAt(toks: Token[], pos: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((toks[mid] as Token).start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The tokens of `p.slice(from, to)` as `tokenize(p.slice(from, to), from)` gives them, read off
 * the paragraph's tokens: the tokenizer keeps no state but its position, so the window's
 * tokens are the paragraph's from the first token both readings produce alike. Only the edges
 * are tokenized again: the start of a window that cuts a token (until its tokens meet the
 * paragraph's), and the end of one that cuts a token.
 */
export function tokensIn(p: string, from: number, to: number): Token[] {
  if (from >= to) return [];
  const all = paragraphTokens(p);
  let a = firstTokenAt(all, from);
  let out: Token[];
  if (a > 0 && (all[a - 1] as Token).end > from) {
    // the window starts inside a token: read its first tokens until they meet the paragraph's
    const stop = Math.min(to, a + 2 < all.length ? (all[a + 2] as Token).end + 1 : to);
    const head = tokenize(p.slice(from, stop), from);
    let q = 0;
    let m = a;
    for (; q < head.length; q++) {
      const h = head[q] as Token;
      while (m < all.length && (all[m] as Token).start < h.start) m++;
      const t = all[m];
      if (t && t.start === h.start && t.end === h.end && t.end < stop) break;
    }
    if (q >= head.length) return tokenize(p.slice(from, to), from);
    out = head.slice(0, q);
    a = m;
  } else out = [];
  let b = a;
  while (b < all.length && (all[b] as Token).end <= to) b++;
  for (let k = a; k < b; k++) out.push(all[k] as Token);
  // a token that starts inside the window and ends after it: the window's end tokenized again
  if (b < all.length && (all[b] as Token).start < to) {
    const start = (all[b] as Token).start;
    for (const t of tokenize(p.slice(start, to), start)) out.push(t);
  }
  return out;
}
