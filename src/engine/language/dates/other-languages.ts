/**
 * Temporal expressions in German, French, Spanish, Italian, Portuguese and Dutch, read like the
 * English ones (./index.ts) with each language's words (../../data/temporal-other-languages.ts):
 *
 *  - dates: "3. März 2021", "am 3. März", "3 mars 2021", "1er mars", "3 de marzo de 2021",
 *    "3 maart 2021", numeric "03.03.2021" and "3/3/2021" (day first, as these languages write it);
 *  - a month and year ("März 2021", "marzo de 2021"), a month after a preposition ("im März",
 *    "en mars", "Anfang Mai");
 *  - weekdays ("am Montag", "lundi dernier", "el próximo lunes"; not the habit: "los lunes");
 *  - today, yesterday, tomorrow ("heute", "hier", "mañana"; not "la mañana", "am Morgen");
 *  - last, next, this year or month, in either order ("letztes Jahr", "l'année dernière", "el mes
 *    pasado", "quest'anno", "vorige maand");
 *  - N years, months or days ago ("vor zwei Jahren", "il y a trois ans", "hace dos años", "due
 *    anni fa", "twee jaar geleden").
 * Resolution is as in English, with each language's markers of past and future for a month or a
 * weekday alone ("im Mai war …" is the last May, "im Mai wird …" the next).
 */
import { TEMPORAL_WORDS, type TemporalWords } from '../../data/temporal-other-languages';
import type { Token } from '../quotes/tokens';
import { addDays, isDigit, pad, refDate, shiftMonth, weekdayDate, yearFor, yearNumber, ym, ymd, type Hit, type Ref } from './calendar';

/** A language's words as sets and maps, made on first use. */
interface Words {
  w: TemporalWords;
  months: Map<string, number>;
  weekdays: Map<string, number>;
  today: Set<string>;
  yesterday: Set<string>;
  tomorrow: Set<string>;
  years: Set<string>;
  monthUnits: Set<string>;
  days: Set<string>;
  last: Set<string>;
  next: Set<string>;
  this: Set<string>;
  thisYear: Set<string>;
  agoAfter: Set<string>;
  numbers: Map<string, number>;
  monthPreps: Set<string>;
  joins: Set<string>;
  habitual: Set<string>;
  /** Month abbreviations ("jan", "okt"): the start of a longer name of the same month. */
  abbreviations: Set<string>;
  past: Set<string>;
  future: Set<string>;
  /** Every word of the tables above that can start an expression: a token that is none and starts with no digit starts none. */
  starts: Set<string>;
}

const WORDS = new Map<string, Words>();

/** The words of `lang`, or undefined for a language without them here. */
export function temporalWords(lang: string): Words | undefined {
  let words = WORDS.get(lang);
  if (!words) {
    const w = TEMPORAL_WORDS[lang];
    if (!w) return undefined;
    words = {
      w,
      months: new Map(Object.entries(w.months)),
      weekdays: new Map(Object.entries(w.weekdays)),
      today: new Set(w.today),
      yesterday: new Set(w.yesterday),
      tomorrow: new Set(w.tomorrow),
      years: new Set(w.years),
      monthUnits: new Set(w.months_),
      days: new Set(w.days),
      last: new Set(w.last),
      next: new Set(w.next),
      this: new Set(w.this),
      thisYear: new Set(w.thisYear),
      agoAfter: new Set(w.agoAfter),
      numbers: new Map(Object.entries(w.numbers)),
      monthPreps: new Set(w.monthPreps),
      joins: new Set(w.joins),
      habitual: new Set(w.habitual),
      past: new Set(w.past),
      future: new Set(w.future),
      starts: new Set([
        ...Object.keys(w.months), ...Object.keys(w.weekdays), ...w.today, ...w.yesterday, ...w.tomorrow, ...w.years, ...w.months_,
        ...w.last, ...w.next, ...w.this, ...w.thisYear, ...w.agoBefore.map((q) => q[0]!), ...Object.keys(w.numbers),
      ]),
      abbreviations: new Set(
        Object.keys(w.months).filter((k) => Object.keys(w.months).some((l) => l !== k && l.startsWith(k) && w.months[l] === w.months[k])),
      ),
    };
    WORDS.set(lang, words);
  }
  return words;
}

/** Articles before "morgen" or "mañana" that make it the morning. */
const MORNING_ARTICLES = new Set(['am', 'den', 'des', 'la', 'esta', 'por', 'de', 'el', 'een']);
const NUMERIC_DATE_RE = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/;

/** "3", "03", "1er", "1º", "1°": 1 to 31, else null. */
function dayNumber(tok: Token | undefined): number | null {
  if (!tok || !tok.word) return null;
  const s = tok.lo;
  if (!isDigit(s.charCodeAt(0))) return null;
  let n = isDigit(s.charCodeAt(1)) ? 2 : 1;
  const rest = s.slice(n);
  if (rest && rest !== 'er' && rest !== 'º' && rest !== '°' && rest !== 'o') return null;
  n = +s.slice(0, n);
  return n >= 1 && n <= 31 ? n : null;
}

function monthOf(tok: Token | undefined, W: Words): number | null {
  if (!tok || !tok.word || (W.w.capitalized && !tok.cap)) return null;
  return W.months.get(tok.lo) ?? null;
}

/** The index after an optional join word ("de") at j. */
function skipJoin(toks: Token[], j: number, W: Words): number {
  return toks[j]?.word && W.joins.has(toks[j]!.lo) ? j + 1 : j;
}

/** last / next / this as -1 / 1 / 0, or null. */
function modifier(tok: Token | undefined, W: Words): number | null {
  if (!tok || !tok.word) return null;
  return W.last.has(tok.lo) ? -1 : W.next.has(tok.lo) ? 1 : W.this.has(tok.lo) ? 0 : null;
}

/** "year", "month" or null. */
function unitOf(tok: Token | undefined, W: Words): 'year' | 'month' | 'day' | null {
  if (!tok || !tok.word) return null;
  return W.years.has(tok.lo) ? 'year' : W.monthUnits.has(tok.lo) ? 'month' : W.days.has(tok.lo) ? 'day' : null;
}

function countOf(tok: Token | undefined, W: Words): number | null {
  if (!tok || !tok.word) return null;
  if (/^\d{1,3}$/.test(tok.lo)) return +tok.lo;
  return W.numbers.get(tok.lo) ?? null;
}

function relative(unit: 'year' | 'month', shift: number, ref: Ref | null, from: number, to: number): Hit {
  if (!ref || ref.year == null) return { from, to, date: null };
  return { from, to, date: unit === 'year' ? String(ref.year + shift) : shiftMonth(ref, shift) };
}

function ago(unit: 'year' | 'month' | 'day', n: number, ref: Ref | null, from: number, to: number): Hit {
  if (!ref || ref.year == null) return { from, to, date: null };
  if (unit === 'year') return { from, to, date: String(ref.year - n) };
  if (unit === 'month') return { from, to, date: shiftMonth(ref, -n) };
  return { from, to, date: ymd(addDays(refDate(ref) as Date, -n)) };
}

/** Sentence ends: the clause of a date stops there. */
const isStop = (t: Token | undefined): boolean => !t || t.t === '.' || t.t === '!' || t.t === '?' || t.t === ';';

/** -1 past, 1 future, 0 unknown: the language's markers in the clause around token i. */
function tense(toks: Token[], i: number, W: Words): number {
  let future = 0;
  let past = 0;
  for (let k = i - 1; k >= 0 && i - k <= 12 && !isStop(toks[k]); k--) {
    if (W.future.has(toks[k]!.lo)) future++;
    else if (W.past.has(toks[k]!.lo)) past++;
  }
  for (let k = i + 1; k < toks.length && k - i <= 8 && !isStop(toks[k]); k++) {
    if (W.future.has(toks[k]!.lo)) future++;
    else if (W.past.has(toks[k]!.lo)) past++;
  }
  return future > past ? 1 : past > future ? -1 : 0;
}

/** The temporal expression that starts at token i, or null. */
export function readAtOther(toks: Token[], i: number, ref: Ref | null, W: Words): Hit | null {
  const tok = toks[i]!;
  if (!tok.word) return null;
  const lo = tok.lo;
  if (!isDigit(lo.charCodeAt(0)) && !W.starts.has(lo)) return null;
  const prev = toks[i - 1];
  const prevLo = prev?.word ? prev.lo : '';

  // numeric, day first: "03.03.2021", "3/3/2021"
  const num = isDigit(lo.charCodeAt(0)) ? NUMERIC_DATE_RE.exec(lo) : null;
  if (num) {
    const d = +num[1]!;
    const m = +num[2]!;
    const y = +num[3]!;
    return d >= 1 && d <= 31 && m >= 1 && m <= 12 && y >= 1800 && y <= 2100 ? { from: i, to: i, date: `${y}-${pad(m)}-${pad(d)}`, text: lo } : null;
  }

  // today / yesterday / tomorrow
  const isTomorrow = W.tomorrow.has(lo) && !tok.cap && !MORNING_ARTICLES.has(prevLo);
  if (W.today.has(lo) || W.yesterday.has(lo) || isTomorrow) {
    const base = ref ? refDate(ref) : null;
    const shift = W.yesterday.has(lo) ? -1 : isTomorrow ? 1 : 0;
    return { from: i, to: i, date: base ? ymd(addDays(base, shift)) : null };
  }

  // this year in one word: "quest'anno"
  if (W.thisYear.has(lo)) return relative('year', 0, ref, i, i);

  // modifier and unit: "letztes Jahr", "cette année", "el próximo mes", "vorige maand"
  const mod = modifier(tok, W);
  const unitNext = unitOf(toks[i + 1], W);
  if (mod !== null && (unitNext === 'year' || unitNext === 'month')) return relative(unitNext, mod, ref, i, i + 1);
  // unit and modifier: "l'année dernière", "el año pasado", "l'anno scorso"
  const unit = unitOf(tok, W);
  if ((unit === 'year' || unit === 'month') && !isDigit(prevLo.charCodeAt(0)) && !W.numbers.has(prevLo)) {
    const after = modifier(toks[i + 1], W);
    if (after !== null && after !== 0) return relative(unit, after, ref, i, i + 1);
  }

  // N units ago: "vor zwei Jahren", "il y a trois ans", "hace dos años"
  for (const seq of W.w.agoBefore) {
    if (seq[0] !== lo) continue;
    let j = i;
    while (j - i < seq.length && toks[j]?.word && toks[j]!.lo === seq[j - i]) j++;
    if (j - i < seq.length) continue;
    const n = countOf(toks[j], W);
    const u = unitOf(toks[j + 1], W);
    if (n && u) return ago(u, n, ref, i, j + 1);
  }
  // … and after: "due anni fa", "twee jaar geleden", "dois anos atrás"
  if (W.agoAfter.size) {
    const n = countOf(tok, W);
    const u = n ? unitOf(toks[i + 1], W) : null;
    if (n && u && toks[i + 2]?.word && W.agoAfter.has(toks[i + 2]!.lo)) return ago(u, n, ref, i, i + 2);
  }

  // weekdays: "am Montag", "lundi dernier", "el próximo lunes"; not "los lunes"
  const dow = !W.w.capitalized || tok.cap ? W.weekdays.get(lo) : undefined;
  if (dow !== undefined && !W.habitual.has(prevLo)) {
    // "Montag, 3. März": the date that follows decides
    let j = i + 1;
    if (toks[j]?.t === ',') j++;
    if (dayNumber(toks[j]) && (monthOf(toks[j + 1], W) || (toks[j + 1]?.t === '.' && monthOf(toks[j + 2], W)))) return null;
    const before = modifier(prev, W);
    const afterWord = modifier(toks[i + 1], W);
    const after = afterWord === 0 ? null : afterWord;
    const shiftWord = before ?? after;
    const from = before !== null ? i - 1 : i;
    const to = before === null && after !== null ? i + 1 : i;
    if (!ref || ref.year == null) return { from, to, date: null };
    return { from, to, date: weekdayDate(ref, dow, shiftWord, () => tense(toks, i, W) > 0) };
  }

  // day first: "3. März 2021", "3 mars", "1er mars 2021", "3 de marzo de 2021"
  const day = dayNumber(tok);
  if (day) {
    let j = i + 1;
    if (toks[j]?.t === '.') j++;
    j = skipJoin(toks, j, W);
    const month = monthOf(toks[j], W);
    if (month) {
      const k = skipJoin(toks, j + 1, W);
      const y = yearNumber(toks[k]);
      if (y) return { from: i, to: k, date: `${y}-${pad(month)}-${pad(day)}` };
      const year = ref ? yearFor(ref, month, day, tense(toks, i, W)) : null;
      return { from: i, to: j, date: year == null ? null : `${year}-${pad(month)}-${pad(day)}` };
    }
    return null;
  }

  // a year after a preposition or the word for a year: "seit 2014", "im Jahr 2014", "desde 2014"
  const year = yearNumber(tok);
  if (year && (W.monthPreps.has(prevLo) || W.years.has(prevLo))) return { from: i, to: i, date: String(year) };

  // a month and year, or a month after a preposition: "März 2021", "marzo de 2021", "im März"
  const month = monthOf(tok, W);
  if (month) {
    // (a month's abbreviation with its period: "Okt. 2021")
    const j = skipJoin(toks, toks[i + 1]?.t === '.' && tok.t.length <= 4 ? i + 2 : i + 1, W);
    const y = yearNumber(toks[j]);
    if (y) return { from: i, to: j, date: ym(y, month) };
    if (!W.monthPreps.has(prevLo) || W.abbreviations.has(lo)) return null;
    if (!ref || ref.year == null) return { from: i, to: i, date: null };
    return { from: i, to: i, date: ym(month === ref.month ? ref.year : (yearFor(ref, month, 15, tense(toks, i, W)) as number), month) };
  }
  return null;
}
