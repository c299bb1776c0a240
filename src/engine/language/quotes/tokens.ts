/**
 * A small tokenizer for attribution windows (a few hundred characters around a quotation):
 * words (letters and digits, with inner apostrophes, hyphens and periods: "don't", "R-Ariz",
 * "U.S") and punctuation tokens. A period after a single letter, a dotted word or a title
 * abbreviation stays with the word ("J.", "U.S.", "Sen."). One sticky regular expression with
 * no nested ambiguity: linear time.
 */
import { TITLE_ABBREVIATIONS } from '../../data/abbreviations';

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

const TOKEN_RE =
  /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’.\-][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*|[,;:.!?()\[\]—–]|-{1,2}/gu;
const UPPER = /^\p{Lu}/u;
const ABBR = new Set(TITLE_ABBREVIATIONS.map((a) => a.toLowerCase()));

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text))) {
    let t = m[0];
    const start = m.index;
    let end = start + t.length;
    const word = t.length > 1 || /[\p{L}\p{N}]/u.test(t);
    if (word && text[end] === '.') {
      const lo = t.toLowerCase();
      if ((t.length === 1 && UPPER.test(t)) || t.includes('.') || ABBR.has(lo) || lo === 'jr' || lo === 'sr') {
        t += '.';
        end++;
        TOKEN_RE.lastIndex = end;
      }
    }
    let lo = t.toLowerCase().replace(/’/g, "'");
    if (lo.endsWith('.') && lo.length > 1) lo = lo.slice(0, -1);
    out.push({ t, lo, start: start + offset, end: end + offset, word, cap: word && UPPER.test(t) });
  }
  return out;
}

/** A sentence-ending punctuation token. */
export function isStop(tok: Token): boolean {
  return !tok.word && (tok.t === '.' || tok.t === '!' || tok.t === '?');
}
