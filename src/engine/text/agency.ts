/** Looking up wire services (src/engine/data/agencies.ts) by code, name or alias. */
import type { Agency } from '../article';
import { AGENCIES, type AgencyEntry } from '../data/agencies';

/** Lower case, dots dropped, dashes and spaces folded, a leading "the" dropped. */
export function agencyKey(s: string): string {
  let k = s
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/[\s\-\u2010-\u2015]+/g, ' ')
    .trim();
  if (k.startsWith('the ')) k = k.slice(4);
  return k;
}

const BY_KEY = new Map<string, AgencyEntry>();
for (const a of AGENCIES) {
  for (const s of [a.code, a.name, ...a.aliases]) {
    const k = agencyKey(s);
    if (k && !BY_KEY.has(k)) BY_KEY.set(k, a);
  }
}

/** Longest alias, in words: bounds the phrase search in agencyIn(). */
const MAX_WORDS = Math.max(...[...BY_KEY.keys()].map((k) => k.split(' ').length));

/**
 * The agency named exactly by `s` ("AP", "Reuter", "Agence France-Presse", "A.P."), or null.
 * Codes that are also common abbreviations ("PA", "CP") count only when `ambiguousOk`
 * (inside a dateline's parentheses).
 */
export function findAgency(s: string, ambiguousOk = false): Agency | null {
  if (s.length > 60) return null;
  const e = BY_KEY.get(agencyKey(s));
  if (!e || (e.ambiguous && !ambiguousOk)) return null;
  return { code: e.code, name: e.name };
}

/**
 * The contents of a dateline's parentheses: "AP", "Reuters", "AFP-JIJI", "AP/Reuters" —
 * the first known agency among the parts.
 */
export function agencyInParens(s: string, ambiguousOk = true): Agency | null {
  const whole = findAgency(s, ambiguousOk);
  if (whole) return whole;
  for (const part of s.split(/[/,;&+]|\s-\s|-/)) {
    const a = findAgency(part.trim(), ambiguousOk);
    if (a) return a;
  }
  return null;
}

/**
 * A known (unambiguous) agency named anywhere in a short line ("Associated Press Writer",
 * "Copyright 2021 The Associated Press"), matched on whole words. Lines over 200 characters
 * are not searched.
 */
export function agencyIn(line: string): Agency | null {
  if (line.length > 200) return null;
  const words = line.split(/[^\p{L}\p{N}.'’-]+/u).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(MAX_WORDS, words.length - i); n >= 1; n--) {
      const phrase = words.slice(i, i + n).join(' ');
      const a = findAgency(phrase.replace(/[.'’]+$/, ''));
      if (a) return a;
    }
  }
  return null;
}
