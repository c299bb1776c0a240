/**
 * Standard UTC offsets of a page's locale, to read a UTC timestamp as the publisher's calendar
 * date. Only regions with one civil time (or one dominant one) are listed; a region spanning
 * several zones (US, CA, AU, RU east of the Urals aside from Moscow time) is left out. Data only.
 *
 * `rule`: 'eu' = the EU summer time (+1 h from the last Sunday of March to the last Sunday of
 * October, 01:00 UTC); 'none' = no summer time.
 */
export interface ZoneRule {
  /** Standard offset from UTC, minutes. */
  offset: number;
  rule: 'eu' | 'none';
}

const CET: ZoneRule = { offset: 60, rule: 'eu' };
const WET: ZoneRule = { offset: 0, rule: 'eu' };
const EET: ZoneRule = { offset: 120, rule: 'eu' };

/** ISO 3166-1 region → zone. */
export const REGION_ZONES: Record<string, ZoneRule> = {
  DE: CET, AT: CET, CH: CET, LI: CET, FR: CET, BE: CET, NL: CET, LU: CET, IT: CET, ES: CET, MT: CET,
  PL: CET, CZ: CET, SK: CET, HU: CET, SI: CET, HR: CET, RS: CET, BA: CET, ME: CET, MK: CET, AL: CET,
  DK: CET, SE: CET, NO: CET, MC: CET, AD: CET, SM: CET, VA: CET,
  GB: WET, UK: WET, IE: WET, PT: WET,
  FI: EET, EE: EET, LV: EET, LT: EET, RO: EET, BG: EET, GR: EET, CY: EET, UA: EET,
  TR: { offset: 180, rule: 'none' }, BY: { offset: 180, rule: 'none' },
  BR: { offset: -180, rule: 'none' }, AR: { offset: -180, rule: 'none' }, UY: { offset: -180, rule: 'none' },
  CO: { offset: -300, rule: 'none' }, PE: { offset: -300, rule: 'none' }, EC: { offset: -300, rule: 'none' },
  VE: { offset: -240, rule: 'none' }, BO: { offset: -240, rule: 'none' },
  IN: { offset: 330, rule: 'none' }, PK: { offset: 300, rule: 'none' }, BD: { offset: 360, rule: 'none' },
  CN: { offset: 480, rule: 'none' }, HK: { offset: 480, rule: 'none' }, TW: { offset: 480, rule: 'none' },
  SG: { offset: 480, rule: 'none' }, MY: { offset: 480, rule: 'none' }, PH: { offset: 480, rule: 'none' },
  JP: { offset: 540, rule: 'none' }, KR: { offset: 540, rule: 'none' },
  ZA: { offset: 120, rule: 'none' }, NG: { offset: 60, rule: 'none' }, KE: { offset: 180, rule: 'none' },
};

/**
 * Language → zone when the page names no region: languages spoken (almost) only in one zone.
 * English, Spanish, Portuguese, French-outside-Europe and Arabic span many zones and are left out
 * (French is kept: most French-language news pages are European).
 */
export const LANGUAGE_ZONES: Record<string, ZoneRule> = {
  de: CET, fr: CET, it: CET, nl: CET, pl: CET, cs: CET, sk: CET, hu: CET, sl: CET, hr: CET, sr: CET, bs: CET,
  da: CET, sv: CET, nb: CET, nn: CET, no: CET, lb: CET,
  fi: EET, et: EET, lv: EET, lt: EET, ro: EET, bg: EET, el: EET, uk: EET,
  tr: { offset: 180, rule: 'none' }, ja: { offset: 540, rule: 'none' }, ko: { offset: 540, rule: 'none' },
  zh: { offset: 480, rule: 'none' },
};

/** Regions (with English) whose numeric dates are month-first ("03/05/2022" = March 5). */
export const MONTH_FIRST_REGIONS = ['US', 'PH', 'FM', 'MH', 'PW', 'CA'];
