/**
 * Temporal expressions in the body, resolved against the article's date.
 *
 * Found (English; German, French, Spanish, Italian, Portuguese and Dutch in ./other-languages.ts,
 * before these rules): weekdays ("on Wednesday", "last Friday"), month and day with or without a
 * year ("Dec. 3", "March 3, 2021", "3 December 2021"), month and year ("March 2021"), a
 * month alone ("in February"), a year ("2014"), relative expressions ("today",
 * "yesterday", "last year", "next month", "this year", "two years ago") and ISO dates.
 *
 * Resolution against the reference (published date, else the dateline date):
 *  - a weekday on the reference's own weekday is the reference day; "next"/"last" move to
 *    the following/previous one; otherwise the most recent such day before the reference,
 *    unless the clause speaks of the future ("will", "plans to", …): then the next one;
 *  - a month (or month and day) without a year: the nearest one, or the upcoming one when
 *    the clause is in the future, the most recent one when it is in the past;
 *  - output precision follows the expression: YYYY, YYYY-MM or YYYY-MM-DD; `date` is null
 *    when the expression needs a reference that is missing (or has no year).
 * A hand-written token scan (no chrono-node): linear, and well under a millisecond on an
 * article. Mentions are listed in text order, each distinct (text, date) once.
 */
import type { DateMention } from '../../article';
import {
  DATE_PREPOSITIONS,
  FUTURE_MARKERS,
  MONTH_WORDS,
  NUMBER_WORDS,
  PAST_MARKERS,
  WEEKDAY_WORDS,
} from '../../data/temporal';
import { isStop, paragraphTokens, tokenize, type Token } from '../quotes/tokens';
import { addDays, isDigit, isoLike, pad, parseRef, refDate, shiftMonth, weekdayDate, yearFor, yearNumber, ym, ymd, type Hit, type Ref } from './calendar';
import { readAtOther, temporalWords } from './other-languages';

export interface DateOptions {
  /** ISO date or date-time, or "--MM-DD"; null when unknown. */
  reference: string | null;
  /** The text's language (BCP 47): German, French, Spanish, Italian, Portuguese and Dutch have words of their own. */
  language?: string | null;
}

const PREPS = new Set(DATE_PREPOSITIONS);
const MONTHS = new Map(Object.entries(MONTH_WORDS));
const WEEKDAYS = new Map(Object.entries(WEEKDAY_WORDS));
const NUMBERS = new Map(Object.entries(NUMBER_WORDS));
const FUTURE = new Set(FUTURE_MARKERS);
const PAST = new Set(PAST_MARKERS);
const MAX_MENTIONS = 300;
const MAX_PARAGRAPH = 20000;

function monthOf(tok: Token | undefined): number | null {
  if (!tok || !tok.word || !tok.cap) return null;
  return MONTHS.get(tok.lo) ?? null;
}

/** "3", "03", "3rd", "21st": 1 to 31, else null. */
function dayNumber(tok: Token | undefined): number | null {
  if (!tok || !tok.word) return null;
  const s = tok.lo;
  const c0 = s.charCodeAt(0);
  if (!isDigit(c0)) return null;
  let n = 1;
  if (isDigit(s.charCodeAt(1))) n = 2;
  const rest = s.length - n;
  if (rest !== 0) {
    if (rest !== 2) return null;
    const suffix = s.slice(n);
    if (suffix !== 'st' && suffix !== 'nd' && suffix !== 'rd' && suffix !== 'th') return null;
  }
  const d = n === 1 ? c0 - 48 : (c0 - 48) * 10 + s.charCodeAt(1) - 48;
  return d >= 1 && d <= 31 ? d : null;
}

const YEAR_FOLLOWERS = new Set(['and', 'to', 'when', 'after', 'before', 'election', 'elections', 'campaign', 'race', 'season']);

/** -1 past, 1 future, 0 unknown: the markers in the clause around token i. */
function tense(toks: Token[], i: number): number {
  let future = 0;
  let past = 0;
  for (let k = i - 1; k >= 0 && i - k <= 12 && !isStop(toks[k]); k--) {
    const lo = toks[k].lo;
    if (FUTURE.has(lo)) future++;
    else if (PAST.has(lo) || (lo.length > 4 && lo.endsWith('ed'))) past++;
  }
  for (let k = i + 1; k < toks.length && k - i <= 6 && !isStop(toks[k]); k++) {
    const lo = toks[k].lo;
    if (FUTURE.has(lo)) future++;
    else if (PAST.has(lo)) past++;
  }
  return future > past ? 1 : past > future ? -1 : 0;
}

export function findDates(paragraphs: string[], options: DateOptions): DateMention[] {
  const ref = parseRef(options.reference);
  const out: DateMention[] = [];
  const seen = new Set<string>();
  const push = (text: string, date: string | null): void => {
    const key = text + '\u0000' + date;
    if (seen.has(key) || out.length >= MAX_MENTIONS) return;
    seen.add(key);
    out.push({ text, date });
  };
  const lang = (options.language ?? '').toLowerCase().slice(0, 2);
  const words = lang && lang !== 'en' ? temporalWords(lang) : undefined;
  for (const para of paragraphs) {
    if (out.length >= MAX_MENTIONS) break;
    const p = para.length > MAX_PARAGRAPH ? para.slice(0, MAX_PARAGRAPH) : para;
    if (!words && !/\d|day|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|year|month|week/.test(p)) continue;
    const toks = p === para ? paragraphTokens(p) : tokenize(p);
    for (let i = 0; i < toks.length; i++) {
      // the text's own words first, then the English rules for what starts with a digit (years,
      // ISO dates) or an English month before a number ("March 4": a text in English declared or
      // detected as another language keeps its dates); an English month or weekday name alone in
      // another language is often another word ("August Roth")
      const r = words ? (readAtOther(toks, i, ref, words) ?? (numbered(toks, i) ? readAt(p, toks, i, ref) : null)) : readAt(p, toks, i, ref);
      if (r) {
        push(r.text ?? p.slice(toks[r.from].start, toks[r.to].end), r.date);
        i = r.to;
      }
    }
  }
  return out;
}

/** A token that starts with a digit, or an English month name before one ("March 4", "Dec. 3"). */
function numbered(toks: Token[], i: number): boolean {
  if (isDigit(toks[i].lo.charCodeAt(0))) return true;
  if (!monthOf(toks[i])) return false;
  const next = toks[i + 1]?.t === '.' ? toks[i + 2] : toks[i + 1];
  return !!next && isDigit(next.lo.charCodeAt(0));
}

function readAt(p: string, toks: Token[], i: number, ref: Ref | null): Hit | null {
  const tok = toks[i];
  if (!tok.word) return null;
  const prev = toks[i - 1];
  const prevLo = prev?.word ? prev.lo : '';
  const lo = tok.lo;

  // ISO date in the text
  if (isoLike(tok.t)) {
    const [y, m, d] = tok.t.split('-').map(Number);
    return m >= 1 && m <= 12 && d >= 1 && d <= 31 ? { from: i, to: i, date: tok.t } : null;
  }

  // today / yesterday / tomorrow
  if (lo === 'today' || lo === 'yesterday' || lo === 'tomorrow' || lo === 'tonight') {
    const base = ref ? refDate(ref) : null;
    const shift = lo === 'yesterday' ? -1 : lo === 'tomorrow' ? 1 : 0;
    return { from: i, to: i, date: base ? ymd(addDays(base, shift)) : null };
  }

  // last / next / this + year / month
  if ((lo === 'last' || lo === 'next' || lo === 'this' || lo === 'past') && toks[i + 1]?.word) {
    const unit = toks[i + 1].lo;
    if (unit === 'year' || unit === 'month') {
      const shift = lo === 'last' || lo === 'past' ? -1 : lo === 'next' ? 1 : 0;
      if (lo === 'past') return null;
      if (!ref || ref.year == null) return { from: i, to: i + 1, date: null };
      if (unit === 'year') return { from: i, to: i + 1, date: String(ref.year + shift) };
      return { from: i, to: i + 1, date: shiftMonth(ref, shift) };
    }
  }

  // N years / months / days ago
  if (toks[i + 2]?.lo === 'ago') {
    const n = /^\d{1,3}$/.test(lo) ? +lo : NUMBERS.get(lo);
    const unit = toks[i + 1]?.lo.replace(/s$/, '');
    if (n && (unit === 'year' || unit === 'month' || unit === 'day')) {
      if (!ref || ref.year == null) return { from: i, to: i + 2, date: null };
      if (unit === 'year') return { from: i, to: i + 2, date: String(ref.year - n) };
      if (unit === 'month') return { from: i, to: i + 2, date: shiftMonth(ref, -n) };
      return { from: i, to: i + 2, date: ymd(addDays(refDate(ref) as Date, -n)) };
    }
  }

  // weekdays
  const dow = tok.cap ? WEEKDAYS.get(lo) : undefined;
  if (dow !== undefined) {
    // "Wednesday, Dec. 15": the date that follows decides
    let j = i + 1;
    if (toks[j]?.t === ',') j++;
    if (monthOf(toks[j]) && (dayNumber(toks[j + 1]) || (toks[j + 1]?.t === '.' && dayNumber(toks[j + 2])))) return null;
    const from = prevLo === 'on' || prevLo === 'last' || prevLo === 'next' || prevLo === 'this' ? i - 1 : i;
    if (!ref || ref.year == null) return { from, to: i, date: null };
    const shift = prevLo === 'last' ? -1 : prevLo === 'next' ? 1 : prevLo === 'this' ? 0 : null;
    return { from, to: i, date: weekdayDate(ref, dow, shift, () => tense(toks, i) > 0) };
  }

  // month-first: "Dec. 3", "March 3, 2021", "March 2021", "in February"
  const month = monthOf(tok);
  if (month) {
    let j = i + 1;
    if (toks[j]?.t === '.' && tok.t.length <= 4) j++;
    const day = dayNumber(toks[j]);
    if (day) {
      let to = j;
      let year: number | null = null;
      if (toks[j + 1]?.t === ',' && yearNumber(toks[j + 2])) {
        year = yearNumber(toks[j + 2]);
        to = j + 2;
      } else if (yearNumber(toks[j + 1])) {
        year = yearNumber(toks[j + 1]);
        to = j + 1;
      }
      if (year == null && ref) year = yearFor(ref, month, day, tense(toks, i));
      return { from: i, to, date: year == null ? null : year + '-' + pad(month) + '-' + pad(day) };
    }
    const y = yearNumber(toks[j]) ?? (toks[j]?.t === ',' ? yearNumber(toks[j + 1]) : null);
    if (y) return { from: i, to: toks[j]?.t === ',' ? j + 1 : j, date: ym(y, month) };
    // a month alone: "in February"; "May" and "March" only after a preposition
    const prepOk = PREPS.has(prevLo);
    if ((lo === 'may' || lo === 'march' || tok.t.length <= 4) && !prepOk) return null;
    if (i === 0 && !prepOk) return null;
    const from = prevLo === 'in' ? i - 1 : i;
    if (!ref || ref.year == null) return { from, to: j - 1, date: null };
    const yy = yearFor(ref, month, 15, tense(toks, i)) as number;
    // a bare month is the reference month itself when it is that month
    return { from, to: i, date: ym(month === ref.month ? ref.year : yy, month) };
  }

  // day-first: "3 December 2021"
  const d0 = dayNumber(tok);
  if (d0 && monthOf(toks[i + 1])) {
    const m = monthOf(toks[i + 1]) as number;
    const y = yearNumber(toks[i + 2]);
    if (y) return { from: i, to: i + 2, date: y + '-' + pad(m) + '-' + pad(d0) };
    const year = ref ? yearFor(ref, m, d0, tense(toks, i)) : null;
    return { from: i, to: i + 1, date: year == null ? null : year + '-' + pad(m) + '-' + pad(d0) };
  }

  // a year: "2014", "in 2014"
  const y = yearNumber(tok);
  if (y) {
    const before = p[tok.start - 1];
    if (before === '$' || before === '#' || before === '.' || before === ',') return null;
    const after = p[tok.end];
    if (after === '%' || (after === ',' && /\d/.test(p[tok.end + 1] ?? ''))) return null;
    const next = toks[i + 1];
    const nextLower = next?.word && !next.cap && !isDigit(next.t.charCodeAt(0));
    if (!PREPS.has(prevLo) && nextLower && !YEAR_FOLLOWERS.has(next!.lo)) return null;
    return { from: i, to: i, date: String(y) };
  }
  return null;
}
