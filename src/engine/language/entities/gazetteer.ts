/**
 * Lookup tables of the entity layer. Keys are lower case.
 *
 * The tables are computed at build time (scripts/build-gazetteer.ts, from the npm sources and
 * src/engine/data/gazetteer/manual.ts) and stored in generated.ts in their final form: keys
 * already lower case, spread over hash buckets. Nothing is done at import time; on first use the
 * runtime only splits a string into buckets, and a bucket becomes Map entries the first time a
 * key that hashes to it is looked up. So the first request of an isolate pays for the few
 * hundred keys its text touches, not for the ~20,000 entries (a full build took ~20 ms cold).
 * The small tables (a few hundred keys: titles, common words, organizations …) are read whole
 * on their first lookup, so that later lookups need no hashing; the two large ones (places,
 * given names) stay lazy, with a memo per text (`textGazetteer`).
 */
import * as DATA from '../../data/gazetteer/generated';
import { keepShape } from '../../shape-keeper';

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

/** The read side of a Map: all the entity layer needs. */
export interface Lookup<V> {
  get(key: string): V | undefined;
  has(key: string): boolean;
}

/** The read side of a Set. */
export interface WordSet {
  has(key: string): boolean;
}

export interface Gazetteer {
  /** Places by lower-case name (country names also in de/fr/es/it/pt/nl, for non-English pages). */
  places: Lookup<GazPlace>;
  orgs: Lookup<GazOrg>;
  /** Demonym (lower case) → ISO code of the country, or "" when none. */
  demonyms: Lookup<string>;
  given: WordSet;
  /** Given names of other languages (not in `given`): read only by the scan of non-English text. */
  givenIntl: WordSet;
  titles: WordSet;
  roleHeads: WordSet;
  orgHeads: WordSet;
  orgFirst: WordSet;
  placeHeads: WordSet;
  placeFirst: WordSet;
  common: WordSet;
  never: WordSet;
  particles: WordSet;
  /** Nicknames of professional teams ("cowboys"), lower case, one word or the last word. */
  nicknames: WordSet;
  /** Longest gazetteer name, in words. */
  maxWords: number;
}

/**
 * The tables as generated.ts stores them. A hashed table (see `hashTable`) is its number of
 * buckets, the buckets' offsets, then the buckets: records joined by "|", a record being `key`
 * or `key:value`; a key is in bucket `bucketOf(key, number of buckets)`.
 */
export interface GazetteerData {
  /** Hashed: key → "=CC" (a country), "CC" (generated town or region of CC), "cc" (hand-kept
   * place in CC), "" (hand-kept place in no country); then ">Name" unless the name is
   * `nameOf(key)`. */
  PLACES: string;
  /** Countries' GazPlace: "\nCC:Name|English alias|…" for each. */
  COUNTRY_NAMES: string;
  /** Organizations: "Name|alias|…" lines; ORG_KEYS values are offsets of lines, in base 36. */
  ORGS: string;
  ORG_KEYS: string;
  /** Hashed: demonym → ISO code or "". */
  DEMONYMS: string;
  /** Hashed: keys only (lower case). */
  GIVEN: string;
  GIVEN_INTL: string;
  TITLES: string;
  ROLE_HEADS: string;
  ORG_HEADS: string;
  ORG_FIRST: string;
  PLACE_HEADS: string;
  PLACE_FIRST: string;
  COMMON: string;
  NEVER: string;
  PARTICLES: string;
  NICKNAMES: string;
  MAX_WORDS: number;
}

/** Bucket of a key: FNV-1a over UTF-16 units. Shared by the build script and the runtime. */
export function bucketOf(key: string, buckets: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h >>> 0) % buckets;
}

/** Numbers in the hashed tables: 3 digits of base 64, "#" (35) to "c" (99) without "\\" (92). */
const DIGITS = 3;
const digit = (c: number) => c - (c > 92 ? 36 : 35);
function readNum(s: string, i: number): number {
  return (digit(s.charCodeAt(i)) << 12) | (digit(s.charCodeAt(i + 1)) << 6) | digit(s.charCodeAt(i + 2));
}
function writeNum(n: number): string {
  if (n < 0 || n >= 1 << 18) throw new RangeError(`gazetteer table too large: ${n}`);
  const ch = (v: number) => String.fromCharCode(v + (v >= 57 ? 36 : 35));
  return ch(n >> 12) + ch((n >> 6) & 63) + ch(n & 63);
}

/** A hashed table's text from its records (build time). */
export function hashTable(records: [key: string, value: string | null][], perBucket: number): string {
  const n = Math.max(1, Math.ceil(records.length / perBucket));
  const buckets: string[][] = Array.from({ length: n }, () => []);
  for (const [k, v] of records) {
    if (/[|:]/.test(k) || (v !== null && v.includes('|'))) throw new Error(`separator in ${JSON.stringify(k)}`);
    buckets[bucketOf(k, n)]!.push(v === null ? k : `${k}:${v}`);
  }
  let head = writeNum(n);
  let body = '';
  for (const b of buckets) {
    head += writeNum(body.length);
    body += b.join('|');
  }
  return head + writeNum(body.length) + body;
}

/** A place's name from its lower-case key when none is stored: each word capitalized. */
export function nameOf(key: string): string {
  let out = '';
  let start = true;
  for (let i = 0; i < key.length; i++) {
    const c = key[i]!;
    out += start ? c.toUpperCase() : c;
    start = c === ' ' || c === '-';
  }
  return out;
}

/** Tables up to this size (characters) are read whole on their first lookup. */
const EAGER_CHARS = 16_000;

/**
 * A hashed table read lazily: a bucket becomes Map entries on the first lookup of one of its
 * keys (a small table is read whole on its first lookup).
 */
class HashedTable<V> implements Lookup<V> {
  private readonly buckets: number;
  /** Where the buckets start in `data`. */
  private readonly base: number;
  private loaded: Uint8Array | null = null;
  /** Buckets not read yet; at 0, lookups skip hashing. */
  private pending: number;
  private readonly map = new Map<string, string | V>();

  constructor(
    private readonly data: string,
    /** Turns a stored value into the value returned (then cached); null: the stored string. */
    private readonly decode: ((key: string, raw: string) => V) | null,
  ) {
    this.buckets = this.pending = readNum(data, 0);
    this.base = DIGITS * (this.buckets + 2);
  }

  private load(key: string): void {
    if (this.data.length <= EAGER_CHARS) {
      // a small table: all of it at once, and no hashing afterwards
      for (let b = 0; b < this.buckets; b++) this.loadBucket(b);
      return;
    }
    this.loadBucket(bucketOf(key, this.buckets));
  }

  private loadBucket(b: number): void {
    const loaded = (this.loaded ??= new Uint8Array(this.buckets));
    if (loaded[b]) return;
    loaded[b] = 1;
    this.pending--;
    const data = this.data;
    const from = this.base + readNum(data, DIGITS * (b + 1));
    const to = this.base + readNum(data, DIGITS * (b + 2));
    if (from === to) return;
    const map = this.map;
    for (const rec of data.slice(from, to).split('|')) {
      const i = rec.indexOf(':');
      if (i < 0) map.set(rec, '');
      else map.set(rec.slice(0, i), rec.slice(i + 1));
    }
  }

  has(key: string): boolean {
    if (this.pending !== 0) this.load(key);
    return this.map.has(key);
  }

  get(key: string): V | undefined {
    if (this.pending !== 0) this.load(key);
    const v = this.map.get(key);
    if (v === undefined || typeof v !== 'string' || !this.decode) return v as V | undefined;
    const d = this.decode(key, v);
    this.map.set(key, d);
    return d;
  }
}

/** Lookup tables over the data of generated.ts (or the build script's own, to check it). */
export function createGazetteer(data: GazetteerData): Gazetteer {
  const countries = new Map<string, GazPlace>();
  const country = (code: string): GazPlace => {
    let p = countries.get(code);
    if (!p) {
      const all = data.COUNTRY_NAMES;
      const from = all.indexOf(`\n${code}:`) + 4;
      const to = all.indexOf('\n', from);
      const names = all.slice(from, to < 0 ? all.length : to).split('|');
      p = { key: `c:${code}`, name: names[0]!, countryCode: code, country: true, aliases: names.slice(1) };
      countries.set(code, p);
    }
    return p;
  };
  const places = new HashedTable<GazPlace>(data.PLACES, (key, raw) => {
    if (raw.charCodeAt(0) === 61 /* = */) return country(raw.slice(1, 3));
    const gt = raw.indexOf('>');
    const code = gt < 0 ? raw : raw.slice(0, gt);
    const name = gt < 0 ? nameOf(key) : raw.slice(gt + 1);
    const minor = code !== '' && code === code.toUpperCase();
    return { key: `p:${key}`, name, countryCode: code ? code.toUpperCase() : null, country: false, aliases: [], minor };
  });
  const orgByLine = new Map<string, GazOrg>();
  const orgs = new HashedTable<GazOrg>(data.ORG_KEYS, (_key, raw) => {
    let org = orgByLine.get(raw);
    if (!org) {
      const from = parseInt(raw, 36);
      const to = data.ORGS.indexOf('\n', from);
      const names = data.ORGS.slice(from, to < 0 ? data.ORGS.length : to).split('|');
      org = { key: `o:${names[0]!.toLowerCase()}`, name: names[0]!, aliases: names.slice(1) };
      orgByLine.set(raw, org);
    }
    return org;
  });
  const set = (s: string): WordSet => new HashedTable<string>(s, null);
  return {
    places,
    orgs,
    demonyms: new HashedTable<string>(data.DEMONYMS, null),
    given: set(data.GIVEN),
    givenIntl: set(data.GIVEN_INTL),
    titles: set(data.TITLES),
    roleHeads: set(data.ROLE_HEADS),
    orgHeads: set(data.ORG_HEADS),
    orgFirst: set(data.ORG_FIRST),
    placeHeads: set(data.PLACE_HEADS),
    placeFirst: set(data.PLACE_FIRST),
    common: set(data.COMMON),
    never: set(data.NEVER),
    particles: set(data.PARTICLES),
    nicknames: set(data.NICKNAMES),
    maxWords: data.MAX_WORDS,
  };
}

/**
 * Fingerprint of manual.ts's lists (FNV-1a, hex): generated.ts records the one it was built
 * from, and a test fails when manual.ts was edited without re-running the build script.
 */
export function fingerprint(lists: Record<string, string>): string {
  let h = 0x811c9dc5;
  for (const k of Object.keys(lists).sort()) {
    const s = `${k}=${lists[k]}\u0000`;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** A table's answers remembered for one text: a word asked again costs a lookup in a small Map. */
class Memo<V> implements Lookup<V> {
  private readonly seen = new Map<string, V | null>();
  constructor(private readonly table: Lookup<V>) {}
  has(key: string): boolean {
    return this.get(key) !== undefined;
  }
  get(key: string): V | undefined {
    let v = this.seen.get(key);
    if (v === undefined) {
      v = this.table.get(key) ?? null;
      this.seen.set(key, v);
    }
    return v === null ? undefined : v;
  }
}

/** A memo of the word sets: answers `has` as the set does. */
class MemoSet implements WordSet {
  private readonly seen = new Map<string, boolean>();
  constructor(private readonly set: WordSet) {}
  has(key: string): boolean {
    let v = this.seen.get(key);
    if (v === undefined) {
      v = this.set.has(key);
      this.seen.set(key, v);
    }
    return v;
  }
}

/**
 * The gazetteer for one text: the same answers, the large tables' remembered per word. Their
 * Maps are large and cold in the cache; a text asks about the same few hundred words again and
 * again.
 */
export function textGazetteer(g: Gazetteer): Gazetteer {
  // the small tables are plain Maps once read: only the large ones get a memo. Written out
  // rather than spread: a literal's hidden class lives as long as the code (see ../../shape-keeper).
  return {
    places: new Memo(g.places),
    orgs: g.orgs,
    demonyms: g.demonyms,
    given: new MemoSet(g.given),
    givenIntl: new MemoSet(g.givenIntl),
    titles: g.titles,
    roleHeads: g.roleHeads,
    orgHeads: g.orgHeads,
    orgFirst: g.orgFirst,
    placeHeads: g.placeHeads,
    placeFirst: g.placeFirst,
    common: g.common,
    never: g.never,
    particles: g.particles,
    nicknames: g.nicknames,
    maxWords: g.maxWords,
  };
}

const NO_WORDS: Lookup<never> = { get: () => undefined, has: () => false };
keepShape(new Memo(NO_WORDS));
keepShape(new MemoSet(NO_WORDS));

let cached: Gazetteer | null = null;

export function gazetteer(): Gazetteer {
  return (cached ??= createGazetteer(DATA));
}
