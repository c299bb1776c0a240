/**
 * The lines before a story that are no part of it: the title again, a byline alone, or dates
 * alone. The main-text stage (content.ts) drops such a block within the story's first
 * characters; the words a line of dates may hold are data (DATE_LINE_WORDS).
 */
import { DATE_LINE_WORDS, DATE_STAMP_WORDS } from '../data/html-hints';
import { isWeekday, monthOf } from '../text/dates';

/** The story starts within this many characters of kept text. */
export const LEAD_ZONE = 300;
export const MAX_LEAD_LINE = 160;
/** Such a line goes only when a story is left after it (a post whose one line is its title keeps it). */
export const MIN_STORY_AFTER_LEAD = 100;
/** Blocks that may be such a line (not a table's cell or a list's item, which keep their place). */
export const LEAD_LINE_TAGS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'center', 'section', 'header']);

/** "By Jane Doe", "Von Anna van Berg", then a date or nothing (group 1: what follows the name). */
const LEAD_BYLINE_RE =
  /^(?:[Bb]y|BY|[Vv]on|VON|[Pp]ar|PAR|[Pp]or|POR)\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|da|di|van|von|der|den|del|du|la|le)){1,4}(.*)$/u;
const DATE_WORDS = new Set(DATE_LINE_WORDS);
const STAMP_WORDS = new Set(DATE_STAMP_WORDS);
/** A time of day ("1:23", "14:05", "9.30"). */
const TIME_RE = /^\d{1,2}[:.]\d{2}$/;
/** Where a line of dates splits into words: white space, punctuation, and a slash not inside a date ("11/18/19"). */
const DATE_LINE_SPLIT_RE = /(?:[\s,;|•·–—()]|\/(?!\d))+/;
const DATE_NUMBER_RE = /^\d{1,4}(?:[.:/-]\d{1,4}){0,2}(?:st|nd|rd|th|h)?\.?$/;
const HAS_DIGIT_RE = /\d/;
const FULL_DATE_RE = /^(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{2}|\d{4})|\d{4}-\d{1,2}-\d{1,2})\.?$/;

/** Lower case, letters and digits kept, every other run one space (as the title is compared). */
export const normTitle = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * A line that is only dates and times ("Dec. 20, 2016, 12:44 PM UTC / Updated …", "28.12.2016",
 * "11/18/19 11:04 PM EST"), or a time that a word stamps as the story's ("Updated at 1:23 p.m.").
 */
export function isDateLine(t: string): boolean {
  let dated = false;
  let time = false;
  let stamped = false;
  for (const w of t.split(DATE_LINE_SPLIT_RE)) {
    if (!w || w === '-' || w === ':') continue;
    const word = w.replace(/:$/, '');
    if (DATE_NUMBER_RE.test(word)) {
      // a number alone ("225.86", "1.") is no date; a full one is ("28.12.2016", "2016-12-28")
      if (FULL_DATE_RE.test(word)) dated = true;
      else if (TIME_RE.test(word)) time = true;
      continue;
    }
    if (monthOf(word) !== null) {
      dated = true;
      continue;
    }
    const lower = word.toLowerCase();
    if (STAMP_WORDS.has(lower)) stamped = true;
    if (isWeekday(word) || DATE_WORDS.has(lower)) continue;
    return false;
  }
  return dated || (time && stamped);
}

/**
 * Is the block's text `t` a line before the story that is no part of it: the title again
 * (`titleN`, normalized; in any block, not only an h1 or h2), a byline alone ("By Jane Doe",
 * "By Jane Doe December 28, 2016"), or dates alone?
 */
export function isLeadLine(t: string, titleN: string): boolean {
  // (normalizing keeps letters and digits, and turns each other run into one space)
  if (titleN && t.length >= titleN.length && normTitle(t) === titleN) return true;
  const by = LEAD_BYLINE_RE.exec(t);
  if (by) {
    // the name ends where the rest of the line is dates ("By Jane Doe December 28, 2016": the
    // name's pattern takes "December" too); "By" and two words of name at least
    const words = t.slice(0, t.length - (by[1] as string).length).split(' ');
    for (let cut = words.length; cut >= 3; cut--) {
      const rest = (words.slice(cut).join(' ') + by[1]).replace(/^[\s,|•·–—-]+/, '');
      if (rest === '' || isDateLine(rest)) return true;
    }
    return false;
  }
  return HAS_DIGIT_RE.test(t) && isDateLine(t);
}
