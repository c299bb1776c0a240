/**
 * Calendar arithmetic shared by the date readers of every language: the reference date, day and
 * month shifts, and the year of a month written without one.
 */
import type { Token } from '../quotes/tokens';

/** An expression found: tokens [from, to] (inclusive) and its date. */
export interface Hit {
  from: number;
  to: number;
  date: string | null;
  /** The text, when it is not the tokens' span as written ("03.04.2022" without the sentence's period). */
  text?: string;
}

export interface Ref {
  year: number | null;
  month: number;
  day: number;
}

export function parseRef(ref: string | null): Ref | null {
  if (!ref) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(ref);
  if (m) return { year: +m[1], month: +m[2], day: +m[3] };
  m = /^--(\d{2})-(\d{2})/.exec(ref);
  if (m) return { year: null, month: +m[1], day: +m[2] };
  m = /^(\d{4})-(\d{2})$/.exec(ref);
  if (m) return { year: +m[1], month: +m[2], day: 1 };
  return null;
}

export const pad = (n: number): string => (n < 10 ? '0' + n : String(n));
export const ymd = (d: Date): string => d.getUTCFullYear() + '-' + pad(d.getUTCMonth() + 1) + '-' + pad(d.getUTCDate());
export const ym = (y: number, m: number): string => y + '-' + pad(m);

export function refDate(r: Ref): Date | null {
  return r.year == null ? null : new Date(Date.UTC(r.year, r.month - 1, r.day));
}

export function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86400000);
}

export const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Four digits. */
export function fourDigits(t: string): boolean {
  return t.length === 4 && isDigit(t.charCodeAt(0)) && isDigit(t.charCodeAt(1)) && isDigit(t.charCodeAt(2)) && isDigit(t.charCodeAt(3));
}

export function yearNumber(tok: Token | undefined): number | null {
  if (!tok || !tok.word || !fourDigits(tok.t)) return null;
  const y = +tok.t;
  return y >= 1800 && y <= 2100 ? y : null;
}

/** YYYY-MM-DD. */
export function isoLike(t: string): boolean {
  return t.length === 10 && t.charCodeAt(4) === 45 && t.charCodeAt(7) === 45 && fourDigits(t.slice(0, 4)) &&
    isDigit(t.charCodeAt(5)) && isDigit(t.charCodeAt(6)) && isDigit(t.charCodeAt(8)) && isDigit(t.charCodeAt(9));
}

/** Year for a month (and day) without one: nearest, or by tense. */
export function yearFor(r: Ref, month: number, day: number, t: number): number | null {
  if (r.year == null) return null;
  const target = month * 32 + day;
  const now = r.month * 32 + r.day;
  const pastYear = target <= now ? r.year : r.year - 1;
  const futureYear = target >= now ? r.year : r.year + 1;
  if (t > 0) return futureYear;
  if (t < 0) return pastYear;
  const dPast = (now - target + 12 * 32) % (12 * 32);
  const dFuture = (target - now + 12 * 32) % (12 * 32);
  return dFuture < dPast ? futureYear : pastYear;
}

/** The month `shift` months from the reference's (YYYY-MM); the reference has a year. */
export function shiftMonth(r: Ref, shift: number): string {
  const idx = (r.year as number) * 12 + (r.month - 1) + shift;
  return ym(Math.floor(idx / 12), (idx % 12) + 1);
}

/**
 * The date of weekday `dow` (0 = Sunday) near the reference (which has a year): with `shift` -1
 * the last one before it, 1 the next one after it, 0 ("this") the coming one; with none, the
 * reference day itself on its own weekday, else the coming one when `future()` says the clause
 * speaks of the future, else the last one.
 */
export function weekdayDate(r: Ref, dow: number, shift: number | null, future: () => boolean): string {
  const base = refDate(r) as Date;
  const refDow = base.getUTCDay();
  const back = -(((refDow - dow) % 7) + 7) % 7; // 0..-6
  const fwd = (((dow - refDow) % 7) + 7) % 7; // 0..6
  let delta: number;
  if (shift === -1) delta = back === 0 ? -7 : back;
  else if (shift === 1) delta = fwd === 0 ? 7 : fwd;
  else if (fwd === 0) delta = 0;
  else if (shift === 0 || future()) delta = fwd;
  else delta = back;
  return ymd(addDays(base, delta));
}
