/** Small date helpers for wire copy: month names, ISO formatting, header date values. */

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

const WEEKDAYS = new Set([
  'mon', 'monday', 'tue', 'tues', 'tuesday', 'wed', 'wednesday', 'thu', 'thur', 'thurs',
  'thursday', 'fri', 'friday', 'sat', 'saturday', 'sun', 'sunday',
]);

/** Month number of a month name or abbreviation ("March", "mar", "Sept."), else null. */
export function monthOf(word: string): number | null {
  const w = (word.endsWith('.') ? word.slice(0, -1) : word).toLowerCase();
  if (w.length < 3 || w.length > 9) return null;
  return MONTHS[w] ?? null;
}

export function isWeekday(word: string): boolean {
  const w = (word.endsWith('.') || word.endsWith(',') ? word.slice(0, -1) : word).toLowerCase();
  return WEEKDAYS.has(w);
}

export function daysInMonth(month: number, year: number | null): number {
  if (month === 2) {
    if (year == null) return 29;
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function validDate(year: number | null, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(month, year);
}

const pad2 = (n: number): string => (n < 10 ? '0' + n : String(n));

/** "YYYY-MM-DD", or the year-less ISO 8601 form "--MM-DD" when the year is unknown. */
export function isoDate(year: number | null, month: number, day: number): string {
  const md = pad2(month) + '-' + pad2(day);
  return year == null ? '--' + md : String(year).padStart(4, '0') + '-' + md;
}

/** Reference date for filling in a dateline's missing year. */
export interface RefDate {
  year: number;
  month?: number;
}

/**
 * Year of a month/day that has none, nearest to the reference: a "Dec. 31" dateline on copy
 * dated 2022-01-01 is 2021; a "Jan. 1" dateline on copy dated 2021-12-31 is 2022.
 */
export function nearestYear(month: number, ref: RefDate): number {
  if (ref.month == null) return ref.year;
  const diff = month - ref.month;
  if (diff > 6) return ref.year - 1;
  if (diff < -6) return ref.year + 1;
  return ref.year;
}

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?\s?(Z|[+-]\d{2}(?::?\d{2})?)?)?/;
const SLASH_RE = /^(\d{4})\/(\d{1,2})\/(\d{1,2})\b/;
const NUM = /^\d{1,4}$/;

export interface ParsedDate {
  /** ISO 8601: a date, or a date-time when the value gave a time with an offset. */
  iso: string;
  year: number;
  month: number;
  day: number;
  /** What follows the date in the value (trimmed). */
  rest: string;
}

function finish(y: number, m: number, d: number, iso: string, rest: string): ParsedDate | null {
  if (y < 1000 || !validDate(y, m, d)) return null;
  return { iso, year: y, month: m, day: d, rest: rest.trim() };
}

/**
 * A date at the start of a header value: ISO 8601 ("2021-12-15", "2021-12-15T08:30:00+03:00"),
 * "2021/12/15", "December 15, 2021", "Dec. 15 2021", "15 December 2021",
 * "Wed, 15 Dec 2021 10:00:00 GMT". Only the first ~60 characters are looked at.
 */
export function parseDateValue(value: string): ParsedDate | null {
  const v = value.trimStart();
  const head = v.slice(0, 60);
  let m = ISO_RE.exec(head);
  if (m) {
    const y = +m[1];
    const mo = +m[2];
    const d = +m[3];
    let iso = m[1] + '-' + m[2] + '-' + m[3];
    if (m[4] != null && m[7] != null) {
      let off = m[7];
      if (off !== 'Z') {
        const digits = off.slice(1).replace(':', '');
        off = off[0] + digits.slice(0, 2) + ':' + (digits.slice(2) || '00');
      }
      iso += 'T' + m[4] + ':' + m[5] + ':' + (m[6] ?? '00') + off;
    }
    return finish(y, mo, d, iso, v.slice(m[0].length));
  }
  m = SLASH_RE.exec(head);
  if (m) return finish(+m[1], +m[2], +m[3], isoDate(+m[1], +m[2], +m[3]), v.slice(m[0].length));

  // Textual forms: tokens separated by spaces and commas.
  const tokens: Array<{ t: string; end: number }> = [];
  const tokRe = /[^\s,]+/g;
  let t: RegExpExecArray | null;
  while ((t = tokRe.exec(head)) && tokens.length < 6) tokens.push({ t: t[0], end: t.index + t[0].length });
  let i = 0;
  if (tokens[i] && isWeekday(tokens[i].t)) i++;
  const a = tokens[i];
  const b = tokens[i + 1];
  const c = tokens[i + 2];
  if (!a || !b || !c) return null;
  const strip = (s: string): string => s.replace(/(?:st|nd|rd|th)$/i, '');
  let month = monthOf(a.t);
  let day: number;
  if (month != null && NUM.test(strip(b.t))) day = +strip(b.t);
  else if (NUM.test(strip(a.t)) && (month = monthOf(b.t)) != null) day = +strip(a.t);
  else return null;
  if (!/^\d{4}$/.test(c.t)) return null;
  const year = +c.t;
  return finish(year, month, day, isoDate(year, month, day), v.slice(c.end));
}
