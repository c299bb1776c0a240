/**
 * Quotation spans in a paragraph: one linear pass over the characters, no regular expression.
 *
 * Double marks: “…” (also „…“ and „…”), «…», »…« and straight "…"; single marks ‘…’ / '…'
 * and ‹…› are looked for only outside double-quoted spans (nested quotes stay inside the
 * outer quote). A single opening mark must stand at the start of a word (after a space, a
 * bracket or a dash) and a closing one at the end of a word (not followed by a letter), so
 * apostrophes ("don't", "Russia’s", "’90s") are never taken for quotation marks.
 * A double mark left open at the end of the paragraph gives an unclosed span that runs to the
 * end of the paragraph (the caller may continue it into the next paragraph); a single mark
 * left open is dropped. A second opening mark while one is open restarts the span, so
 * unbalanced marks never reach past the paragraph and the pass stays linear.
 */
import { nextMatch } from '../char-classes';

export interface Span {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark, or the paragraph length when the span is unclosed. */
  close: number;
  closed: boolean;
  single: boolean;
}

type Kind = 'curly' | 'low' | 'straight' | 'guil' | 'rguil';

function isSpaceOrOpen(ch: string | undefined): boolean {
  return (
    ch === undefined || ch === ' ' || ch === '\n' || ch === '\t' || ch === '\u00a0' || ch === '(' ||
    ch === '[' || ch === '\u2014' || ch === '\u2013' || ch === '-' || ch === '/' || ch === '\u201c' ||
    ch === '"' || ch === '\u00ab' || ch === ':'
  );
}

const WORDISH = /[\p{L}\p{N}]/u;

function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORDISH.test(ch);
}

/**
 * The marks each scan stops at (" « » “ ” „, and ' ‘ ’ ‚ ‹ ›): the regular expression engine
 * finds the next one several times faster than a loop over the characters.
 */
const DOUBLE_MARKS = /["\u00ab\u00bb\u201c-\u201e]/g;
const SINGLE_MARKS = /['\u2018-\u201a\u2039\u203a]/g;

/** Double-quoted spans of a paragraph, in order. */
export function doubleSpans(p: string): Span[] {
  const out: Span[] = [];
  let open = -1;
  let kind: Kind = 'curly';
  const n = p.length;
  for (let i = 0; ; i++) {
    // most characters are no quotation mark: on to the next one that is
    i = nextMatch(DOUBLE_MARKS, p, i);
    if (i < 0) break;
    const ch = p[i];
    if (ch === '\u201c') {
      if (open >= 0 && kind === 'low') {
        out.push({ open, close: i, closed: true, single: false });
        open = -1;
      } else if (open >= 0 && kind === 'curly' && !isWordChar(p[i + 1]) && isWordChar(p[i - 1])) {
        // “…“ used as a closing mark by mistake (a word before it, none after)
        out.push({ open, close: i, closed: true, single: false });
        open = -1;
      } else {
        open = i;
        kind = 'curly';
      }
    } else if (ch === '\u201e') {
      open = i;
      kind = 'low';
    } else if (ch === '\u201d') {
      if (open >= 0 && (kind === 'curly' || kind === 'low' || kind === 'straight')) {
        out.push({ open, close: i, closed: true, single: false });
        open = -1;
      }
    } else if (ch === '"') {
      if (open >= 0 && (kind === 'straight' || kind === 'curly')) {
        out.push({ open, close: i, closed: true, single: false });
        open = -1;
      } else if (open < 0 && !isSpaceAfter(p, i)) {
        open = i;
        kind = 'straight';
      }
    } else if (ch === '\u00ab') {
      if (open >= 0 && kind === 'rguil') {
        out.push({ open, close: i, closed: true, single: false });
        open = -1;
      } else {
        open = i;
        kind = 'guil';
      }
    } else if (ch === '\u00bb') {
      if (open >= 0 && kind === 'guil') {
        out.push({ open, close: i, closed: true, single: false });
        open = -1;
      } else if (open < 0 && isWordChar(p[i + 1])) {
        open = i;
        kind = 'rguil';
      }
    }
  }
  if (open >= 0) out.push({ open, close: n, closed: false, single: false });
  return out;
}

function isSpaceAfter(p: string, i: number): boolean {
  const c = p[i + 1];
  return c === undefined || c === ' ' || c === '\n' || c === '\t' || c === '\u00a0';
}

/** Single-quoted spans (‘…’, '…', ‹…›) outside the given double spans. */
export function singleSpans(p: string, doubles: Span[]): Span[] {
  const out: Span[] = [];
  let d = 0;
  let open = -1;
  let guil = false;
  const n = p.length;
  /** The next mark at or after i (n: none left), searched again only once i has passed it:
   * a search that runs past double spans is not repeated for each of them (linear time). */
  let mark = -1;
  for (let i = 0; i < n; i++) {
    if (d < doubles.length && i >= doubles[d].open) {
      // skip over a double span (and drop a single mark left open before it)
      i = doubles[d].close;
      d++;
      open = -1;
      continue;
    }
    // on to the next mark, or to the next double span when that comes first
    if (mark < i) {
      mark = nextMatch(SINGLE_MARKS, p, i);
      if (mark < 0) mark = n;
    }
    if (d < doubles.length && mark >= doubles[d].open) {
      i = doubles[d].open - 1;
      continue;
    }
    if (mark >= n) break;
    i = mark;
    const ch = p[i];
    if (ch === '\u2039') {
      open = i;
      guil = true;
    } else if (ch === '\u203a') {
      if (open >= 0 && guil) {
        out.push({ open, close: i, closed: true, single: true });
        open = -1;
      }
    } else if (ch === '\u2018' || ch === "'" || ch === '\u201a' || ch === '\u2019') {
      const before = p[i - 1];
      const after = p[i + 1];
      const canOpen = ch !== '\u2019' && isSpaceOrOpen(before) && isWordChar(after) && !decade(p, i);
      const canClose = (ch === '\u2019' || ch === "'") && !isSpaceOrOpen(before) && !isWordChar(after);
      if (open >= 0 && !guil && canClose) {
        out.push({ open, close: i, closed: true, single: true });
        open = -1;
      } else if (canOpen) {
        open = i;
        guil = false;
      }
    }
  }
  return out;
}

/** ‘90s, '20: an elided century, not a quotation mark. */
function decade(p: string, i: number): boolean {
  const a = p.charCodeAt(i + 1);
  const b = p.charCodeAt(i + 2);
  return a >= 48 && a <= 57 && b >= 48 && b <= 57 && !(p.charCodeAt(i + 3) >= 48 && p.charCodeAt(i + 3) <= 57);
}

/** Does the paragraph open with a quotation mark (after spaces)? */
export function opensWithMark(p: string): boolean {
  for (let i = 0; i < p.length && i < 8; i++) {
    const ch = p[i];
    if (ch === ' ' || ch === '\t' || ch === '\u00a0') continue;
    return ch === '\u201c' || ch === '"' || ch === '\u201e' || ch === '\u00ab' || ch === '\u00bb';
  }
  return false;
}
