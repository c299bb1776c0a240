/**
 * Date normalization for page metadata: keep an ISO 8601 value as the page gives it (time and
 * offset kept), turn other common formats into ISO 8601, refuse anything implausible.
 */
import type { ZoneRule } from '../data/time-zones';
import { WS_RUN_RE } from './tree';

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, janvier: 1, januar: 1, enero: 1, gennaio: 1,
  feb: 2, february: 2, fevrier: 2, février: 2, februar: 2, febrero: 2, febbraio: 2,
  mar: 3, march: 3, mars: 3, märz: 3, marz: 3, marzo: 3,
  apr: 4, april: 4, avril: 4, abril: 4, aprile: 4,
  may: 5, mai: 5, mayo: 5, maggio: 5,
  jun: 6, june: 6, juin: 6, juni: 6, junio: 6, giugno: 6,
  jul: 7, july: 7, juillet: 7, juli: 7, julio: 7, luglio: 7,
  aug: 8, august: 8, aout: 8, août: 8, agosto: 8,
  sep: 9, sept: 9, september: 9, septembre: 9, septiembre: 9, settembre: 9,
  oct: 10, october: 10, octobre: 10, oktober: 10, octubre: 10, ottobre: 10,
  nov: 11, november: 11, novembre: 11, noviembre: 11,
  dec: 12, december: 12, decembre: 12, décembre: 12, dezember: 12, diciembre: 12, dicembre: 12,
  // Abbreviations and further languages (German, Dutch, Portuguese, French short forms).
  jän: 1, jänner: 1, janv: 1, januari: 1, janeiro: 1,
  febr: 2, févr: 2, fevr: 2, februari: 2, fevereiro: 2,
  mär: 3, mrz: 3, maart: 3, março: 3, marco: 3,
  avr: 4, abr: 4,
  mei: 5, maio: 5,
  junho: 6,
  juil: 7, julho: 7,
  augustus: 8, ago: 8,
  set: 9, setembro: 9,
  okt: 10, outubro: 10,
  novembro: 11,
  dez: 12, déc: 12, dic: 12, dezembro: 12,
  // Russian, in the genitive a date uses ("15 августа 2016").
  января: 1, февраля: 2, марта: 3, апреля: 4, мая: 5, июня: 6, июля: 7, августа: 8, сентября: 9,
  октября: 10, ноября: 11, декабря: 12,
};

const MIN_YEAR = 1995;
function maxYear(): number {
  return new Date().getUTCFullYear() + 1;
}

const pad = (n: number) => (n < 10 ? '0' + n : String(n));

function validYmd(y: number, m: number, d: number): boolean {
  if (!(y >= MIN_YEAR && y <= maxYear() && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return false;
  const dim = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= dim;
}

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})(?:([T ])(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?/i;
const YMD_SLASH_RE = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/;
const YMD_COMPACT_RE = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?(Z|[+-]\d{2}:?\d{2})?$/;
const DMY_RE = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b/;
const D_MONTH_Y_RE = /(\d{1,2})(?:(?:st|nd|rd|th|er|º)?\s+|\.\s*)(?:of\s+|de\s+)?(\p{L}{3,10})\.?,?\s+(?:de\s+)?(\d{4})/iu;
const MONTH_D_Y_RE = /(\p{L}{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/iu;
/** Day, month, year in digits anywhere in a text ("am 12.03.2021", "Freitag, 5.3.21"). */
const DMY_ANY_RE = /(?:^|[^\d.,/-])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d]|[./-]\d)/;
const YMD_ANY_RE = /(?:^|[^\d.,/-])(\d{4})([./-])(\d{1,2})\2(\d{1,2})(?![\d]|[./-]\d)/;
const CJK_RE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const RFC_RE = /^(?:[a-z]{3},?\s+)?(?<d>\d{1,2})\s+(?<mon>[a-z]{3})[a-z]*\.?\s+(?<y>\d{4})\s+(?<hh>\d{1,2}):(?<mi>\d{2})(?::(?<ss>\d{2}))?\s*(?<z>[+-]\d{4}|[a-z]{1,4})\b/i;
const UNIX_RE = /^(?:[a-z]{3},?\s+)?(?<mon>[a-z]{3})[a-z]*\.?\s+(?<d>\d{1,2})\s+(?<hh>\d{1,2}):(?<mi>\d{2})(?::(?<ss>\d{2}))?\s+(?<z>[+-]\d{4}|[a-z]{1,4})\s+(?<y>\d{4})\b/i;
/** Zone names whose offset is unambiguous enough for a dated page (North America, Europe, a few others). */
const ZONES: Record<string, string> = {
  z: 'Z', gmt: 'Z', utc: 'Z', ut: 'Z', est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00', mst: '-07:00',
  mdt: '-06:00', pst: '-08:00', pdt: '-07:00', akst: '-09:00', akdt: '-08:00', hst: '-10:00', wet: '+00:00',
  west: '+01:00', bst: '+01:00', cet: '+01:00', cest: '+02:00', met: '+01:00', mest: '+02:00', eet: '+02:00',
  eest: '+03:00', msk: '+03:00', jst: '+09:00', kst: '+09:00', aest: '+10:00', aedt: '+11:00', nzst: '+12:00',
  nzdt: '+13:00',
};
function zoneOffset(z: string): string | null {
  if (/^[+-]\d{4}$/.test(z)) return `${z.slice(0, 3)}:${z.slice(3)}`;
  return ZONES[z.toLowerCase()] ?? null;
}
const TIME_RE = /\b(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?/i;

/**
 * Normalize a date string to ISO 8601. Returns null when no plausible date is found.
 * `loose` allows finding a date inside a longer text ("Posted on March 3, 2020 by …").
 */
export function normalizeDate(raw: string | null | undefined, loose = false, dayFirst = false): string | null {
  if (raw == null) return null;
  let s = String(raw).trim();
  if (!s || s.length > 300) return null;
  s = s.replace(WS_RUN_RE, ' ');

  let m = ISO_RE.exec(s);
  if (m) {
    const y = +m[1], mo = +m[2], d = +m[3];
    if (!validYmd(y, mo, d)) return null;
    if (!m[5]) return `${m[1]}-${m[2]}-${m[3]}`;
    const hh = +m[5], mi = +m[6];
    if (hh > 23 || mi > 59) return `${m[1]}-${m[2]}-${m[3]}`;
    let zone = m[9] || '';
    if (zone && zone.toUpperCase() !== 'Z') {
      const z = /^([+-]\d{2}):?(\d{2})?$/.exec(zone);
      zone = z ? `${z[1]}:${z[2] ?? '00'}` : '';
    } else if (zone) zone = 'Z';
    const sec = m[7] ? `:${m[7]}${m[8] ?? ''}` : ':00';
    // Keep the value as given when it is already plain ISO with a "T".
    if (m[4] === 'T' && m[0].length === s.length && (!m[9] || /^(Z|[+-]\d{2}:\d{2})$/i.test(m[9]))) return s;
    return `${m[1]}-${m[2]}-${m[3]}T${m[5]}:${m[6]}${sec}${zone}`;
  }
  m = YMD_COMPACT_RE.exec(s);
  if (m) {
    const y = +m[1], mo = +m[2], d = +m[3];
    if (!validYmd(y, mo, d)) return null;
    if (!m[4]) return `${m[1]}-${m[2]}-${m[3]}`;
    let zone = m[7] || '';
    if (zone && zone.toUpperCase() !== 'Z') zone = zone.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
    return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}${zone}`;
  }
  m = YMD_SLASH_RE.exec(s);
  if (m) {
    const y = +m[1], mo = +m[2], d = +m[3];
    return validYmd(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : null;
  }
  // RFC 2822 ("Sat, 19 Oct 2019 00:04:00 +0200") and the C/Java form ("Mon Aug 03 12:45:00 EDT
  // 2015") with a numeric zone or a known zone name: the local time kept with its offset.
  m = RFC_RE.exec(s) ?? UNIX_RE.exec(s);
  if (m) {
    const g = m.groups as Record<string, string | undefined>;
    const mo = MONTHS[(g.mon ?? '').toLowerCase()];
    const y = +(g.y ?? 0), d = +(g.d ?? 0);
    const zone = zoneOffset(g.z ?? '');
    if (mo && validYmd(y, mo, d) && zone != null && +(g.hh ?? 99) <= 23) {
      return `${y}-${pad(mo)}-${pad(d)}T${pad(+(g.hh ?? 0))}:${g.mi}:${g.ss ?? '00'}${zone}`;
    }
  }
  // Other forms Date.parse knows, when they carry a zone: exact instant.
  if (/^[a-z]{3},? \d{1,2} [a-z]{3} \d{4} \d{2}:\d{2}/i.test(s) || /\d{2}:\d{2}(:\d{2})? ?(gmt|utc|[+-]\d{4})\b/i.test(s)) {
    const t = Date.parse(s);
    if (!Number.isNaN(t)) {
      const d = new Date(t);
      if (validYmd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())) return d.toISOString().replace('.000Z', 'Z');
    }
  }
  const ymd = findDateInText(s, loose, dayFirst);
  if (!ymd) return null;
  const t = TIME_RE.exec(s);
  if (t && !loose) {
    let hh = +t[1];
    const mi = +t[2];
    const ap = (t[4] || '').toLowerCase().replace(/\./g, '');
    if (ap === 'pm' && hh < 12) hh += 12;
    if (ap === 'am' && hh === 12) hh = 0;
    if (hh <= 23 && mi <= 59) return `${ymd}T${pad(hh)}:${pad(mi)}:${t[3] ?? '00'}`;
  }
  return ymd;
}

/**
 * A calendar date (YYYY-MM-DD) written in words or D.M.Y / M/D/Y form. `dayFirst`: the page's
 * locale writes slashed dates day first ("03/05/2022" = 3 May), as everywhere but the US does.
 */
export function findDateInText(s: string, loose: boolean, dayFirst = false): string | null {
  let m = CJK_RE.exec(s);
  if (m) {
    const y = +m[1], mo = +m[2], d = +m[3];
    if (validYmd(y, mo, d)) return `${y}-${pad(mo)}-${pad(d)}`;
  }
  m = D_MONTH_Y_RE.exec(s);
  if (m) {
    const mo = MONTHS[m[2].toLowerCase()];
    const y = +m[3], d = +m[1];
    if (mo && validYmd(y, mo, d) && (loose || m.index < 20)) return `${y}-${pad(mo)}-${pad(d)}`;
  }
  m = MONTH_D_Y_RE.exec(s);
  if (m) {
    const mo = MONTHS[m[1].toLowerCase()];
    const y = +m[3], d = +m[2];
    if (mo && validYmd(y, mo, d) && (loose || m.index < 20)) return `${y}-${pad(mo)}-${pad(d)}`;
  }
  m = DMY_RE.exec(s);
  if (m) {
    const a = +m[1], b = +m[2];
    const y = +m[3];
    // Slashes are month-first (US) unless the first number cannot be a month; dots and dashes day-first.
    const slash = s[m[1].length] === '/';
    let d: number, mo: number;
    if (slash && !dayFirst) {
      if (a > 12) [d, mo] = [a, b];
      else [mo, d] = [a, b];
    } else if (b > 12) [mo, d] = [a, b];
    else [d, mo] = [a, b];
    if (validYmd(y, mo, d)) return `${y}-${pad(mo)}-${pad(d)}`;
  }
  if (loose) return numericDateAnywhere(s, dayFirst);
  return null;
}

function twoDigitYear(yy: number): number {
  const now = new Date().getUTCFullYear() % 100;
  return yy <= now + 1 ? 2000 + yy : 1900 + yy;
}

/**
 * A numeric date inside a longer text: "Posted 2020-03-12", "am 12.03.2021", "Freitag, 5.3.21".
 * Two-digit years only with dots (the European short form), never with slashes (ambiguous).
 */
function numericDateAnywhere(s: string, dayFirst: boolean): string | null {
  let m = YMD_ANY_RE.exec(s);
  if (m) {
    const y = +m[1], mo = +m[3], d = +m[4];
    if (validYmd(y, mo, d)) return `${y}-${pad(mo)}-${pad(d)}`;
  }
  m = DMY_ANY_RE.exec(s);
  if (m) {
    const a = +m[1], b = +m[3];
    const sep = m[2];
    if (m[4].length === 2 && sep !== '.') return null;
    const y = m[4].length === 2 ? twoDigitYear(+m[4]) : +m[4];
    let d: number, mo: number;
    if (sep === '/' && !dayFirst) {
      if (a > 12) [d, mo] = [a, b];
      else [mo, d] = [a, b];
    } else if (b > 12) [mo, d] = [a, b];
    else [d, mo] = [a, b];
    if (validYmd(y, mo, d)) return `${y}-${pad(mo)}-${pad(d)}`;
  }
  return null;
}

/** A date in a URL path: /2020/03/15/, /2020-03-15-, /20200315/. */
export function dateFromUrl(url: string | null): string | null {
  if (!url) return null;
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    /* keep the raw string */
  }
  let m = /(?:^|\/)((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?:[/_.-]|$)/.exec(path);
  if (m) {
    const y = +m[1], mo = +m[2], d = +m[3];
    if (validYmd(y, mo, d)) return `${y}-${pad(mo)}-${pad(d)}`;
  }
  m = /(?:^|[/_-])((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)/.exec(path);
  if (m) {
    const y = +m[1], mo = +m[2], d = +m[3];
    if (validYmd(y, mo, d)) return `${y}-${pad(mo)}-${pad(d)}`;
  }
  return null;
}

/** The last Sunday of a month (0-based), as a UTC day timestamp. */
function lastSunday(y: number, m: number): number {
  const last = new Date(Date.UTC(y, m + 1, 0));
  return Date.UTC(y, m, last.getUTCDate() - last.getUTCDay());
}

/** The offset from UTC (minutes) of a zone at an instant: EU summer time from the last Sunday of March to that of October, 01:00 UTC. */
export function zoneOffsetAt(at: number, zone: ZoneRule): number {
  if (zone.rule === 'none') return zone.offset;
  const y = new Date(at).getUTCFullYear();
  const start = lastSunday(y, 2) + 3600_000;
  const end = lastSunday(y, 9) + 3600_000;
  return at >= start && at < end ? zone.offset + 60 : zone.offset;
}

/** The calendar date part of an ISO value. */
export function dayOf(iso: string): string {
  return iso.slice(0, 10);
}
