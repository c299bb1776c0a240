/**
 * Lookup tables of the entity layer, built once (lazily) from the data in
 * src/engine/data/gazetteer/. Keys are lower case.
 */
import { CITIES, COUNTRIES, DEMONYMS, GIVEN_NAMES, REGIONS } from '../../data/gazetteer/generated';
import {
  COMMON_CAPS,
  COUNTRY_EXTRA,
  NAME_PARTICLES,
  NEVER_NAME,
  ORG_FIRST,
  ORG_HEADS,
  ORGANIZATIONS,
  CLUBS,
  TEAM_NICKNAMES,
  PLACE_FIRST,
  PLACE_HEADS,
  PLACE_WORLD,
  REGION_EXTRA,
  ROLE_HEADS,
  TITLE_WORDS,
} from '../../data/gazetteer/manual';

export interface GazPlace {
  /** Stable key of the real-world place: "c:RU" for a country, "p:moscow" for others. */
  key: string;
  name: string;
  countryCode: string | null;
  country: boolean;
  /** English alternative names (countries). */
  aliases: string[];
  /** From the generated lists of towns and regions (not a country or a hand-kept name). */
  minor?: boolean;
}

export interface GazOrg {
  key: string;
  name: string;
  aliases: string[];
}

export interface Gazetteer {
  places: Map<string, GazPlace>;
  /** Names of places in other languages (countries), for non-English pages. */
  orgs: Map<string, GazOrg>;
  demonyms: Map<string, string>;
  given: Set<string>;
  titles: Set<string>;
  roleHeads: Set<string>;
  orgHeads: Set<string>;
  orgFirst: Set<string>;
  placeHeads: Set<string>;
  placeFirst: Set<string>;
  common: Set<string>;
  never: Set<string>;
  particles: Set<string>;
  /** Nicknames of professional teams ("cowboys"), lower case, one word or the last word. */
  nicknames: Set<string>;
  /** Longest gazetteer name, in words. */
  maxWords: number;
}

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);
const lc = (s: string) => s.toLowerCase();

let cached: Gazetteer | null = null;

export function gazetteer(): Gazetteer {
  if (cached) return cached;
  const places = new Map<string, GazPlace>();
  const orgs = new Map<string, GazOrg>();
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
    const [en, other] = line.slice(3).split(';') as [string, string];
    for (const n of en.split('|')) if (n) addCountryName(cc, n, true);
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
  for (const n of PLACE_WORLD.split(/[|\n]/)) addPlace(n.trim(), null);
  for (const line of CITIES.split('\n')) {
    const [cc, names] = line.split(':') as [string, string];
    for (const n of names.split('|')) addPlace(n, cc, true);
  }
  for (const line of REGIONS.split('\n')) {
    const [cc, names] = line.split(':') as [string, string];
    for (const n of names.split('|')) addPlace(n, cc, true);
  }
  for (const line of `${ORGANIZATIONS}\n${CLUBS}`.split('\n')) {
    const names = line.split('|');
    const org: GazOrg = { key: `o:${lc(names[0]!)}`, name: names[0]!, aliases: names.slice(1) };
    for (const n of names) {
      orgs.set(lc(n), org);
      note(n);
    }
  }
  const demonyms = new Map<string, string>();
  for (const line of DEMONYMS.split('\n')) {
    const [cc, names] = line.split(':') as [string, string];
    for (const n of names.split('|')) demonyms.set(lc(n), cc);
  }
  for (const [d, cc] of [
    ['american', 'US'], ['british', 'GB'], ['english', 'GB'], ['scottish', 'GB'], ['welsh', 'GB'], ['russian', 'RU'],
    ['chinese', 'CN'], ['soviet', 'RU'], ['european', ''], ['asian', ''], ['african', ''], ['arab', ''], ['western', ''],
    ['eastern', ''], ['latin', ''], ['palestinian', 'PS'], ['israeli', 'IL'], ['ukrainian', 'UA'], ['uzbek', 'UZ'],
    ['kurdish', ''], ['kurd', ''], ['muslim', ''], ['christian', ''], ['jewish', ''], ['catholic', ''], ['islamic', ''],
    ['sino', 'CN'], ['anglo', ''], ['eurasian', ''], ['filipino', 'PH'], ['dutch', 'NL'], ['swiss', 'CH'], ['french', 'FR'],
    ['german', 'DE'], ['irish', 'IE'], ['thai', 'TH'], ['iraqi', 'IQ'], ['iranian', 'IR'], ['saudi', 'SA'], ['emirati', 'AE'],
    ['turkish', 'TR'], ['pakistani', 'PK'], ['indian', 'IN'], ['japanese', 'JP'], ['korean', 'KR'], ['taiwanese', 'TW'],
    ['brazilian', 'BR'], ['argentine', 'AR'], ['argentinian', 'AR'], ['mexican', 'MX'], ['canadian', 'CA'],
    ['australian', 'AU'], ['nigerian', 'NG'], ['egyptian', 'EG'], ['syrian', 'SY'], ['lebanese', 'LB'], ['jordanian', 'JO'],
    ['serb', 'RS'], ['serbian', 'RS'], ['croat', 'HR'], ['croatian', 'HR'], ['bosnian', 'BA'], ['czech', 'CZ'],
    ['slovak', 'SK'], ['polish', 'PL'], ['hungarian', 'HU'], ['romanian', 'RO'], ['bulgarian', 'BG'], ['greek', 'GR'],
    ['italian', 'IT'], ['spanish', 'ES'], ['portuguese', 'PT'], ['belgian', 'BE'], ['austrian', 'AT'], ['swedish', 'SE'],
    ['norwegian', 'NO'], ['danish', 'DK'], ['finnish', 'FI'], ['afghan', 'AF'], ['vietnamese', 'VN'], ['cuban', 'CU'],
    ['north korean', 'KP'], ['south korean', 'KR'], ['south african', 'ZA'], ['new zealand', 'NZ'], ['kiwi', 'NZ'],
    ['chechen', 'RU'], ['tibetan', 'CN'], ['uyghur', 'CN'], ['uighur', 'CN'], ['basque', 'ES'], ['catalan', 'ES'],
    ['yugoslav', ''], ['zairean', 'CD'], ['nato', ''], ['europeans', ''], ['americans', 'US'], ['russians', 'RU'],
  ] as const) demonyms.set(d, cc);
  // Plurals of demonyms ("Syrians", "Germans").
  for (const [d, cc] of [...demonyms]) if (!d.endsWith('s') && !d.endsWith('sh') && !d.endsWith('ch') && !d.endsWith('se')) demonyms.set(`${d}s`, cc);
  const given = new Set(GIVEN_NAMES.split('|').map(lc));
  for (const n of words(`vladimir sergei sergey yuri alexei alexey dmitry dmitri mikhail boris igor oleg ivan nikolai
    andrei andrey viktor pavel yevgeny mohammed muhammad mohamed ahmed ahmad ali hassan hussein omar abdul abdullah khaled
    mahmoud mustafa ibrahim yusuf salem nader tariq tarek jose juan carlos luis miguel pedro jorge javier francisco
    antonio manuel rafael pablo diego fernando alejandro giuseppe giovanni marco luca paolo francesco hans jurgen klaus
    wolfgang helmut gerhard jacques pierre jean francois michel philippe nicolas emmanuel hiroshi takeshi kenji akira
    yoshihiro shinzo kim park lee wang zhang li liu chen yang zhao huang zhou wu xu sun hu zhu gao lin he guo ma luo
    narendra rahul sachin rajiv sanjay amit vijay recep tayyip benjamin ehud yitzhak ariel shimon kofi nelson thabo jacob
    cyril olusegun goodluck muammar hosni bashar saddam yasser mahmoud volodymyr petro leonid viktor alexander aleksandr
    lech vaclav mikhail kazuyoshi takuya naoki masami`)) given.add(n);
  const set = (s: string) => new Set(words(s).map(lc));
  cached = {
    places,
    orgs,
    demonyms,
    given,
    titles: set(TITLE_WORDS),
    roleHeads: set(ROLE_HEADS),
    orgHeads: set(ORG_HEADS),
    orgFirst: set(ORG_FIRST),
    placeHeads: set(PLACE_HEADS),
    placeFirst: set(PLACE_FIRST),
    common: set(COMMON_CAPS),
    never: set(NEVER_NAME),
    particles: set(NAME_PARTICLES),
    nicknames: set(TEAM_NICKNAMES),
    maxWords: Math.min(maxWords, 8),
  };
  return cached;
}
