/**
 * Datelines at the start of a wire story's first paragraph:
 *
 *   MOSCOW (AP) —                      WASHINGTON, March 3 (Reuters) -
 *   MOSCOW (AP) Chinese President …    CLEVELAND, Feb 26 -
 *   PORTLAND, Ore., Feb 26 -           NEW YORK, March 3, 1987 (UPI) --
 *   Washington (AFP) –                 BEIJING, Dec. 15 (Xinhua) --
 *   LONDON (dpa) -                     LONDON, 3 March (Reuters) -
 *   WOODBRIDGE, N.J. -                 AL-AIN, United Arab Emirates 1996-12-06
 *   (Bloomberg) -- …  (agency only, no place)
 *
 * A paragraph is read as opening with a dateline only on a strong signal: a capitalized place
 * followed by a known agency in parentheses; or a place, a comma, a month and day, and a dash;
 * or an ALL-CAPS place followed by a dash (or by an ISO date). Hand-written scanner over the
 * first 300 characters: no regular expression runs over the whole paragraph.
 */
import type { Agency, Dateline } from '../article';
import { WIRE_SLUGS } from '../data/agencies';
import { SENTENCE_STARTERS } from '../data/abbreviations';
import { agencyInParens, findAgency } from './agency';
import { isoDate, isWeekday, monthOf, nearestYear, type RefDate, validDate } from './dates';
import { keepShape } from '../shape-keeper';

export interface DatelineResult {
  dateline: Dateline | null;
  agency: Agency | null;
  /** The paragraph after the dateline and its dash (the whole paragraph when none). */
  rest: string;
}

const HEAD = 300;
const MAX_PLACE_WORDS = 6;
const MAX_REGION_WORDS = 4;

/** Lower-case words allowed inside a place name ("Rio de Janeiro", "Isle of Man"). */
const CONNECTORS = new Set([
  'de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'des', 'la', 'le', 'les', 'el',
  'al', 'of', 'on', 'upon', 'sur', 'am', 'an', 'der', 'den', 'van', 'von', 'y', 'e', 'en',
  'es', 'au', 'aux', 'im', 'bei', 'ob', 'of', 'the',
]);
const SLUGS = new Set(WIRE_SLUGS);
/** Capitalized words that open a sentence, never a place ("In", "But"); "The" opens "The Hague". */
const NOT_PLACE_START = new Set(SENTENCE_STARTERS.filter((w) => w !== 'The').map((w) => w.toLowerCase()));
/** Words that make a caps run a sentence rather than a place ("THE COMPANY SAID -"). */
const VERBS = new Set(['said', 'says', 'say', 'is', 'are', 'was', 'were', 'will', 'has', 'have', 'had', 'to']);

const isSpace = (ch: string | undefined): boolean =>
  ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u00a0' || ch === '\u2009' || ch === '\u202f';
const isDash = (ch: string | undefined): boolean =>
  ch === '-' || ch === '\u2013' || ch === '\u2014' || ch === '\u2015' || ch === '\u2012' || ch === '\u2212';
/** Characters skipped before a dateline ("****SANTO DOMINGO", "• LONDON"). */
const isJunk = (ch: string | undefined): boolean =>
  ch === '*' || ch === '\u2022' || ch === '#' || ch === '>' || ch === '=' || ch === '~' || ch === '+';

const UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
/** Letters, marks and the punctuation found inside place words ("ST.", "N.Y.", "O'HARE", "AL-AIN"). */
const PLACE_WORD = /^[\p{L}\p{M}.'’\-&}]+$/u;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

class Scanner {
  p = 0;
  constructor(readonly s: string) {}
  skipSpaces(): void {
    while (this.p < this.s.length && isSpace(this.s[this.p])) this.p++;
  }
  peek(): string | undefined {
    return this.s[this.p];
  }
  /** A run up to whitespace, comma, parenthesis or a trailing dash; does not move. */
  word(): { w: string; end: number } | null {
    const s = this.s;
    let e = this.p;
    while (e < s.length && !isSpace(s[e]) && s[e] !== ',' && s[e] !== '(' && s[e] !== ')' && s[e] !== ';' && s[e] !== ':') e++;
    // Peel a dash glued to the end ("5-", "Ore.—") and one glued to the front ("—The").
    let we = e;
    while (we > this.p && isDash(s[we - 1])) we--;
    if (we === this.p) return null;
    if (isDash(s[this.p])) return null;
    return { w: s.slice(this.p, we), end: we };
  }
}
keepShape(new Scanner(''));

function letterCount(w: string): number {
  let n = 0;
  for (const ch of w) if (LETTER.test(ch)) n++;
  return n;
}

function isCaps(w: string): boolean {
  return letterCount(w) > 0 && !LOWER.test(w);
}

function isPlaceWord(w: string): boolean {
  return w.length <= 30 && PLACE_WORD.test(w) && UPPER.test(w[0]) && letterCount(w) > 0;
}

function isConnector(w: string): boolean {
  return CONNECTORS.has(w.toLowerCase());
}

/** A connector written in lower case ("de" in "Rio de Janeiro"): cannot end a place. */
function isLowerConnector(w: string): boolean {
  return CONNECTORS.has(w) && LOWER.test(w);
}

/** "LOS ANGELES" → "Los Angeles", "RIO DE JANEIRO" → "Rio de Janeiro", "O'HARE" → "O'Hare". */
export function titleCasePlace(words: string[]): string {
  return words
    .map((w, i) => {
      if (!isCaps(w) || letterCount(w) < 2 || /^(?:\p{L}\.)+$/u.test(w)) {
        // Mixed case, a single letter, or a dotted abbreviation ("N.Y."): as written.
        return w;
      }
      return w
        .split('-')
        .map((part, j) => {
          const lower = part.toLowerCase();
          if ((i > 0 || j > 0) && isConnector(lower) && i + j > 0) return lower;
          return capitalizeWord(lower);
        })
        .join('-');
    })
    .join(' ');
}

/** "mcallen" → "McAllen", "o'hare" → "O'Hare", "st." → "St.". Input in lower case. */
export function capitalizeWord(lower: string): string {
  if (!lower) return lower;
  let out = lower[0].toUpperCase() + lower.slice(1);
  if (/^mc\p{L}{2,}/u.test(lower)) out = 'Mc' + lower[2].toUpperCase() + lower.slice(3);
  const apos = out.search(/['’]/);
  if (apos === 1 && out.length > 2) out = out.slice(0, 2) + out[2].toUpperCase() + out.slice(3);
  return out;
}

interface MonthDay {
  month: number;
  day: number;
  year: number | null;
}

/** "March 3", "Dec. 15", "feb 26", "March 3, 1987", "3 March", "Mar 5-" at the scanner. */
function readMonthDay(sc: Scanner): MonthDay | null {
  const save = sc.p;
  const fail = (): null => {
    sc.p = save;
    return null;
  };
  const a = sc.word();
  if (!a) return fail();
  let month = monthOf(a.w);
  let day: number;
  const dayOf = (w: string): number | null => {
    const m = /^(\d{1,2})(?:st|nd|rd|th)?\.?$/.exec(w);
    return m ? +m[1] : null;
  };
  if (month != null) {
    sc.p = a.end;
    sc.skipSpaces();
    const b = sc.word();
    const d = b ? dayOf(b.w) : null;
    if (d == null || !b) return fail();
    day = d;
    sc.p = b.end;
  } else {
    const d = dayOf(a.w);
    if (d == null) return fail();
    sc.p = a.end;
    sc.skipSpaces();
    const b = sc.word();
    month = b ? monthOf(b.w) : null;
    if (month == null || !b) return fail();
    day = d;
    sc.p = b.end;
  }
  // Optional year: ", 1987" or " 1987".
  let year: number | null = null;
  const afterDay = sc.p;
  if (sc.peek() === ',') sc.p++;
  sc.skipSpaces();
  const y = sc.word();
  if (y && /^\d{4}$/.test(y.w) && +y.w >= 1800 && +y.w <= 2200) {
    year = +y.w;
    sc.p = y.end;
  } else {
    sc.p = afterDay;
  }
  if (!validDate(year, month, day)) return fail();
  return { month, day, year };
}

/** Region words after a comma: "Ore.", "N.Y.", "Belgium", "United Arab Emirates". */
function readRegion(sc: Scanner): string[] | null {
  const save = sc.p;
  const words: string[] = [];
  while (words.length < MAX_REGION_WORDS) {
    const w = sc.word();
    if (!w) break;
    if (monthOf(w.w) != null && words.length > 0) break;
    const ok = isPlaceWord(w.w) || (words.length > 0 && isConnector(w.w) && LOWER.test(w.w));
    if (!ok) break;
    if (words.length === 0 && (monthOf(w.w) != null || isWeekday(w.w))) break;
    words.push(w.w);
    sc.p = w.end;
    const after = sc.p;
    sc.skipSpaces();
    const nx = sc.peek();
    if (nx === ',' || nx === '(' || isDash(nx) || nx === undefined) {
      sc.p = after;
      break;
    }
    // Next word must continue the region; else stop before the spaces.
    const peekWord = sc.word();
    if (!peekWord || !(isPlaceWord(peekWord.w) || isConnector(peekWord.w)) || monthOf(peekWord.w) != null) {
      sc.p = after;
      break;
    }
  }
  if (!words.length || isLowerConnector(words[words.length - 1])) {
    sc.p = save;
    return null;
  }
  return words;
}

/** Reference for the dateline's year: a year, or a full reference date (nearest year). */
export type YearRef = number | RefDate | null | undefined;

function resolveYear(month: number, ref: YearRef): number | null {
  if (ref == null) return null;
  if (typeof ref === 'number') return Number.isFinite(ref) ? ref : null;
  return nearestYear(month, ref);
}

const none = (paragraph: string, agency: Agency | null = null, rest = paragraph): DatelineResult => ({
  dateline: null,
  agency,
  rest,
});

/**
 * Read a dateline at the start of `paragraph`. `year` (or a reference date) fills in the year
 * of a month-day dateline ("CLEVELAND, Feb 26 -" with 1987 → "1987-02-26"); without it the
 * date is the year-less "--02-26".
 */
export function readDateline(paragraph: string, year?: YearRef): DatelineResult {
  const head = paragraph.length > HEAD ? paragraph.slice(0, HEAD) : paragraph;
  const sc = new Scanner(head);
  sc.skipSpaces();
  while (isJunk(sc.peek())) sc.p++;
  sc.skipSpaces();

  // "(Bloomberg) -- …": an agency credit with no place.
  if (sc.peek() === '(') {
    const close = head.indexOf(')', sc.p);
    if (close > sc.p && close - sc.p <= 40) {
      const agency = agencyInParens(head.slice(sc.p + 1, close));
      sc.p = close + 1;
      sc.skipSpaces();
      if (agency && isDash(sc.peek())) {
        while (isDash(sc.peek())) sc.p++;
        sc.skipSpaces();
        return none(paragraph, agency, paragraph.slice(sc.p));
      }
    }
    return none(paragraph);
  }

  const placeStart = sc.p;
  // 1. The place: capitalized words (lower-case connectors inside).
  const main: string[] = [];
  let loose = false;
  let afterMain = sc.p;
  while (main.length < MAX_PLACE_WORDS) {
    const w = sc.word();
    if (!w) break;
    let ok = isPlaceWord(w.w) || (main.length > 0 && isConnector(w.w) && LOWER.test(w.w));
    if (!ok && main.length > 0 && !loose && head[w.end] === ',' && /^\p{Ll}+$/u.test(w.w)) {
      // "New york, March 2 -": a lower-case slip inside a place, checked by the date and dash.
      ok = loose = true;
    }
    if (!ok) break;
    main.push(w.w);
    sc.p = w.end;
    afterMain = sc.p;
    sc.skipSpaces();
    const nx = sc.peek();
    if (nx === ',' || nx === '(' || isDash(nx) || nx === undefined) break;
  }
  sc.p = afterMain;
  if (!main.length || isLowerConnector(main[main.length - 1])) return none(paragraph);
  if (findAgency(main.join(' '), true)) return none(paragraph);
  const first = main[0].replace(/[.,]+$/, '');
  if (monthOf(first) != null || isWeekday(first) || NOT_PLACE_START.has(first.toLowerCase())) return none(paragraph);
  if (SLUGS.has(main.join(' ').toUpperCase()) || SLUGS.has(first.toUpperCase())) return none(paragraph);
  if (main.some((w) => VERBS.has(w.toLowerCase()))) return none(paragraph);
  const caps = main.every((w) => isCaps(w));

  // 2. Comma parts: regions ("Ore.", "N.Y.") and a month-day date; or an ISO date.
  const regions: string[][] = [];
  let md: MonthDay | null = null;
  let iso: { y: number; m: number; d: number } | null = null;
  const tryIso = (): { y: number; m: number; d: number } | null => {
    const save = sc.p;
    sc.skipSpaces();
    const w = sc.word();
    const m = w ? ISO_DATE.exec(w.w) : null;
    if (w && m && validDate(+m[1], +m[2], +m[3])) {
      sc.p = w.end;
      return { y: +m[1], m: +m[2], d: +m[3] };
    }
    sc.p = save;
    return null;
  };
  for (let part = 0; part < 3 && !md && !iso; part++) {
    const save = sc.p;
    sc.skipSpaces();
    if (sc.peek() !== ',') {
      sc.p = save;
      iso = tryIso();
      break;
    }
    sc.p++;
    sc.skipSpaces();
    md = readMonthDay(sc);
    if (md) break;
    const region = readRegion(sc);
    if (!region) {
      sc.p = save;
      break;
    }
    regions.push(region);
    // "ANGLETON, Tex. March 3 -": a date straight after the region.
    const afterRegion = sc.p;
    sc.skipSpaces();
    md = readMonthDay(sc);
    if (md) break;
    sc.p = afterRegion;
    iso = tryIso();
    if (iso) break;
  }
  // "CHICAGO, March 4, -": a stray comma after the date.
  const afterDate = sc.p;
  sc.skipSpaces();
  if (md && sc.peek() === ',') sc.p++;
  else sc.p = afterDate;

  // 3. Agency in parentheses.
  let parenText: string | null = null;
  let agency: Agency | null = null;
  const beforeParen = sc.p;
  sc.skipSpaces();
  if (sc.peek() === '(') {
    const close = head.indexOf(')', sc.p);
    const inner = close > sc.p ? head.slice(sc.p + 1, close) : '';
    if (close > sc.p && close - sc.p <= 40 && !inner.includes('(')) {
      parenText = inner.trim();
      agency = agencyInParens(parenText);
      sc.p = close + 1;
    } else {
      sc.p = beforeParen;
    }
  } else {
    sc.p = beforeParen;
  }
  const rawEnd = sc.p;

  // 4. The dash.
  sc.skipSpaces();
  let dash = false;
  let spacedDash = false;
  if (isDash(sc.peek()) || (sc.peek() === '_' && isSpace(head[sc.p + 1]))) {
    const dashStart = sc.p;
    while (isDash(sc.peek()) || sc.peek() === '_') sc.p++;
    dash = true;
    const long = sc.p - dashStart > 1 || head[dashStart] !== '-';
    spacedDash = long || (isSpace(head[dashStart - 1]) && (isSpace(head[sc.p]) || sc.p >= head.length));
  } else {
    sc.p = rawEnd;
  }
  sc.skipSpaces();
  const restStart = sc.p;
  const rest = paragraph.slice(restStart);
  const restEmpty = restStart >= paragraph.length;

  // 5. Is the signal strong enough?
  const restHead = head.slice(restStart, restStart + 40);
  const restAllCaps = !LOWER.test(restHead) && letterCount(restHead) >= 3;
  let accept = false;
  if (parenText != null) {
    if (agency && agencyInParens(parenText, false)) accept = true;
    else if (agency) accept = dash && !restAllCaps; // "(CP)", "(PA)": also common abbreviations
    else if (caps) accept = dash && !restAllCaps && /^\p{Lu}[\p{L}.&' -]{0,29}$/u.test(parenText);
    // "Washington (CNN) —": a Title Case place needs a short ALL-CAPS source name.
    else accept = dash && !restAllCaps && main.length <= 3 && /^\p{Lu}{2,6}$/u.test(parenText);
  } else if (md) {
    accept = dash || (caps && restEmpty);
  } else if (iso) {
    accept = caps && (dash || restEmpty);
  } else {
    // The weakest form ("LONDON — …"): the rest must read as a body sentence, not as the rest
    // of a slug headline ("COAL - Harbor Star - 120,000 tonnes", "WEATHER - Airports - Dec 6").
    const nextCh = head[restStart];
    const restWords = restHead.length ? head.slice(restStart, restStart + 120).split(/\s+/).filter(Boolean).length : 0;
    accept =
      caps && dash && spacedDash && !restEmpty && !restAllCaps && main.length <= 4 &&
      letterCount(main.join('')) >= 3 && nextCh !== undefined && !LOWER.test(nextCh) &&
      restWords >= 8 && !/\s[-\u2013\u2014]\s/.test(restHead);
  }
  if (loose && !md) accept = false;
  if (!accept) return none(paragraph);

  let raw = head.slice(placeStart, rawEnd).trim();
  if (raw.endsWith(',')) raw = raw.slice(0, -1).trimEnd();
  const place = [titleCasePlace(main), ...regions.map((r) => titleCasePlace(r))].join(', ');
  let date: string | null = null;
  if (md) {
    const y = md.year ?? resolveYear(md.month, year);
    date = y != null && validDate(y, md.month, md.day) ? isoDate(y, md.month, md.day) : isoDate(null, md.month, md.day);
  } else if (iso) {
    const { y, m, d } = iso;
    date = isoDate(y, m, d);
  }
  return { dateline: { place, date, raw }, agency, rest: restEmpty ? '' : rest };
}
