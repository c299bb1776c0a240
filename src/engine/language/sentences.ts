/**
 * Sentence splitting for news text: one linear pass, no backtracking regular expressions.
 *
 * A sentence ends at `.`, `!`, `?` or `…` (or a run of them) followed by optional closing quote
 * marks / brackets, whitespace, and a next word that does not start in lower case. A period
 * does not end a sentence after:
 *  - a title or rank ("Mr.", "Gen.", "Dr.", "St."): never;
 *  - a number abbreviation before a number ("No. 5", "Jan. 12");
 *  - an initial ("J. R. R. Tolkien"), a dotted acronym ("U.S.", "U.N.", "a.m.") or another
 *    common abbreviation ("Corp.", "Inc.", "Co.", "Calif."), unless the next word is a usual
 *    sentence opener ("… in the U.S. The company said …").
 * Decimals ("3.5") never split (no whitespace after the period). CJK full stops (。！？) end a
 * sentence without whitespace. A blank line always ends a sentence.
 * Sentences are returned trimmed, as verbatim substrings of the input.
 */
import { nextMatch } from './char-classes';
import { paragraphMemo } from './paragraph-memo';
import {
  COMMON_ABBREVIATIONS,
  NUMBER_ABBREVIATIONS,
  SENTENCE_STARTERS,
  TITLE_ABBREVIATIONS,
} from '../data/abbreviations';

const TITLES = new Set(TITLE_ABBREVIATIONS);
const COMMON = new Set(COMMON_ABBREVIATIONS);
const BEFORE_NUMBER = new Set(NUMBER_ABBREVIATIONS);
const STARTERS = new Set(SENTENCE_STARTERS);

const LOWER = /\p{Ll}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DOTTED = /^(?:\p{L}\.){1,6}\p{L}$/u;
const SINGLE_LETTER = /^\p{L}$/u;
const ALL_CAPS = /^\p{Lu}{2,}$/u;

/** Longest word looked at around a period (keeps the scan linear on pathological input). */
const MAX_WORD = 32;

function isSpace(ch: string): boolean {
  return (
    ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\f' || ch === '\v' ||
    ch === '\u00a0' || ch === '\u2002' || ch === '\u2003' || ch === '\u2009' || ch === '\u202f' ||
    ch === '\u3000'
  );
}

function isTerminator(ch: string): boolean {
  return ch === '.' || ch === '!' || ch === '?' || ch === '\u2026' || ch === '\u203d';
}

/** Full stops of scripts that write no space after them. */
function isCjkTerminator(ch: string): boolean {
  return ch === '\u3002' || ch === '\uff01' || ch === '\uff1f' || ch === '\uff0e';
}

/** Closing quote marks and brackets that stay with the sentence they close. */
function isCloser(ch: string): boolean {
  return (
    ch === '"' || ch === "'" || ch === '\u201d' || ch === '\u2019' || ch === '\u00bb' ||
    ch === '\u203a' || ch === ')' || ch === ']' || ch === '}' || ch === '\u300d' ||
    ch === '\u300f' || ch === '\uff09'
  );
}

/** Characters that can only close (never open) a quotation or bracket. */
function isClosingOnly(ch: string): boolean {
  return ch === '\u201d' || ch === '\u00bb' || ch === '\u203a' || ch === ')' || ch === ']' || ch === '}';
}

function isOpener(ch: string): boolean {
  return (
    ch === '"' || ch === "'" || ch === '\u201c' || ch === '\u2018' || ch === '\u00ab' ||
    ch === '\u2039' || ch === '(' || ch === '[' || ch === '{' || ch === '\u201e'
  );
}

/** Variants under which an abbreviation is looked up: as written, and Title-cased if ALL CAPS. */
function inSet(set: Set<string>, word: string): boolean {
  if (set.has(word)) return true;
  if (ALL_CAPS.test(word)) return set.has(word[0] + word.slice(1).toLowerCase());
  return false;
}

/** The word just before position `end` (exclusive), without opening/closing punctuation. */
function wordBefore(text: string, end: number): string {
  let s = end;
  const min = Math.max(0, end - MAX_WORD);
  while (s > min && !isSpace(text[s - 1])) s--;
  if (s === min && min > 0 && !isSpace(text[s - 1])) return '';
  let a = s;
  let b = end;
  while (a < b && (isOpener(text[a]) || text[a] === '\u2014' || text[a] === '-')) a++;
  while (b > a && isCloser(text[b - 1])) b--;
  return text.slice(a, b);
}

/** The word starting at `start`, after any opening punctuation. */
function wordAfter(text: string, start: number): string {
  let a = start;
  const n = text.length;
  while (a < n && a - start < 4 && isOpener(text[a])) a++;
  let b = a;
  while (b < n && b - a < MAX_WORD && LETTER_OR_DIGIT.test(text[b])) b++;
  return text.slice(a, b);
}

/** Is the period at `dot` (a lone '.') the end of a sentence whose next text starts at `next`? */
function periodEnds(text: string, dot: number, next: number): boolean {
  const word = wordBefore(text, dot);
  if (!word) return true;
  const nextCh = text[next];
  if (inSet(TITLES, word)) return false;
  if (nextCh >= '0' && nextCh <= '9') return !inSet(BEFORE_NUMBER, word);
  if (SINGLE_LETTER.test(word) || DOTTED.test(word) || inSet(COMMON, word) || inSet(BEFORE_NUMBER, word)) {
    return STARTERS.has(wordAfter(text, next));
  }
  return true;
}

/**
 * The characters the scan stops at: line breaks and terminators (CJK full stops too). The
 * regular expression engine finds the next one several times faster than a loop over the
 * characters (that loop was most of the time of a split).
 */
const STOPS = /[\n.!?\u2026\u203d\u3002\uff01\uff1f\uff0e]/g;

/** Split text into sentences (verbatim, trimmed substrings). */
export function splitSentences(text: string): string[] {
  const n = text.length;
  const spans: Array<[number, number]> = [];
  const push = (s: number, e: number): void => {
    while (s < e && isSpace(text[s])) s++;
    while (e > s && isSpace(text[e - 1])) e--;
    if (e <= s) return;
    // A piece with no letter or digit (a stray "." or quote mark) joins the sentence before it.
    let hasWord = false;
    for (let i = s; i < e && !hasWord; i++) hasWord = LETTER_OR_DIGIT.test(text[i]);
    if (!hasWord && spans.length) spans[spans.length - 1][1] = e;
    else spans.push([s, e]);
  };

  let start = 0;
  let i = 0;
  while (i < n) {
    // most characters are neither a line break nor a terminator: on to the next one that is
    i = nextMatch(STOPS, text, i);
    if (i < 0) break;
    const ch = text[i];
    if (ch === '\n') {
      // A blank line is a hard boundary.
      let j = i + 1;
      while (j < n && text[j] !== '\n' && isSpace(text[j])) j++;
      if (j < n && text[j] === '\n') {
        push(start, i);
        while (j < n && isSpace(text[j])) j++;
        start = j;
        i = j;
        continue;
      }
      i++;
      continue;
    }
    if (isCjkTerminator(ch)) {
      let end = i + 1;
      while (end < n && (isCjkTerminator(text[end]) || isCloser(text[end]))) end++;
      push(start, end);
      start = end;
      i = end;
      continue;
    }
    if (!isTerminator(ch)) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && isTerminator(text[j])) j++;
    let end = j;
    while (end < n && isCloser(text[end])) end++;
    if (end >= n || !isSpace(text[end])) {
      // "3.5", "U.S.", "e.g.,", "?!)," — not followed by whitespace: no boundary here.
      i = end > i ? end : i + 1;
      continue;
    }
    let k = end;
    let newlines = 0;
    while (k < n && isSpace(text[k])) {
      if (text[k] === '\n') newlines++;
      k++;
    }
    if (k >= n) break;
    const nextCh = text[k];
    if (newlines >= 2) {
      push(start, end);
      start = k;
      i = k;
      continue;
    }
    if (isClosingOnly(nextCh)) {
      // A closing mark set off by a space ("… relations. ”"): it belongs to this sentence.
      i = k;
      continue;
    }
    let boundary: boolean;
    if (LOWER.test(nextCh)) boundary = false;
    else if (j - i === 1 && ch === '.') boundary = periodEnds(text, i, k);
    else boundary = true;
    if (boundary) {
      push(start, end);
      start = k;
    }
    i = k;
  }
  push(start, n);
  return spans.map(([s, e]) => text.slice(s, e));
}

const SENTENCES = paragraphMemo(splitSentences);

/** Forget the paragraphs' sentences (the language layer is done with an article). */
export function releaseParagraphSentences(): void {
  SENTENCES.release();
}

/**
 * The sentences of a paragraph, shared by the stages that read them (summary, reported
 * speech): kept for the last paragraphs seen (until `releaseParagraphSentences`), keyed by
 * their text. Do not modify the array.
 */
export function paragraphSentences(p: string): string[] {
  return SENTENCES.get(p);
}
