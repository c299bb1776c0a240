/**
 * Names for quote speakers: reading a name out of a run of capitalized tokens ("Russian
 * President Vladimir Putin" → "Vladimir Putin"), and resolving a short or descriptive
 * mention to a full name — through the people of the entities layer when given, else through
 * the full names written earlier in the text ("Putin" → "Vladimir Putin", "Xi" → "Xi
 * Jinping", "the Russian leader" → the person introduced as "Russian President …").
 */
import type { Person } from '../../article';
import { LEADER_ROLES, NAME_PARTICLES, NAME_SUFFIXES, NAME_TITLES, NOT_NAMES } from '../../data/speech-verbs';
import type { Token } from './tokens';
import { charClasses, nextMatch } from '../char-classes';
import { keepShape } from '../../shape-keeper';

const TITLES = new Set(NAME_TITLES);
const PARTICLES = new Set(NAME_PARTICLES);
/** The first units of the particles: most words start with none, and skip hashing for the set. */
const PARTICLE_STARTS = new Set(NAME_PARTICLES.map((w) => w.charCodeAt(0)));

function isParticle(w: string): boolean {
  return PARTICLE_STARTS.has(w.charCodeAt(0)) && PARTICLES.has(w);
}
const SUFFIXES = new Set(NAME_SUFFIXES);
const NOT_NAME = new Set(NOT_NAMES);
const LEADERS = new Set(LEADER_ROLES);

const MAX_RUN = 8;

function isNameToken(tok: Token | undefined): boolean {
  return !!tok && tok.word && tok.cap;
}

/** A run of capitalized tokens ending at index `j` (inclusive), read backwards. */
export function runBefore(toks: Token[], j: number): { from: number; to: number } | null {
  if (!isNameToken(toks[j])) return null;
  let i = j;
  while (i - 1 >= 0 && j - i < MAX_RUN) {
    const prev = toks[i - 1];
    if (isNameToken(prev) && !prev.t.endsWith(':')) i--;
    else if (prev.word && isParticle(prev.t) && isNameToken(toks[i - 2])) i -= 2;
    else break;
  }
  return { from: i, to: j };
}

/** A run of capitalized tokens starting at index `i`, read forwards. */
export function runAfter(toks: Token[], i: number): { from: number; to: number } | null {
  if (!isNameToken(toks[i])) return null;
  let j = i;
  while (j + 1 < toks.length && j - i < MAX_RUN) {
    const next = toks[j + 1];
    if (isNameToken(next)) j++;
    else if (next.word && isParticle(next.t) && isNameToken(toks[j + 2])) j += 2;
    else break;
  }
  return { from: i, to: j };
}

export interface NameParts {
  /** The name with titles and sentence openers stripped, or null when nothing is left. */
  name: string | null;
  /** The title words stripped before the name ("Russian President"), lower case. */
  titles: string[];
  /** The name's words (`name` is them joined by spaces), none when there is no name. */
  words: string[];
}

const NO_WORDS: string[] = [];

/** The person or organization name in a run of tokens: titles before it are stripped. */
export function nameOfRun(words: string[]): NameParts {
  // sentence openers and articles ("But", "The")
  let a = 0;
  let first = '';
  while (a < words.length && NOT_NAME.has((first = lower(words[a] as string)))) a++;
  if (a === words.length) return { name: null, titles: [], words: NO_WORDS };
  const ws = words.slice(a);
  const last = ws.length - 1;
  // possessive at the end ("Trump’s")
  const lastWord = ws[last] as string;
  const possessive = withoutPossessive(lastWord);
  ws[last] = possessive;
  // each word's lookup form, once (the checks below read them several times); the first is known
  // unless the possessive changed it
  const lows = new Array<string>(ws.length);
  lows[0] = last === 0 && possessive !== lastWord ? lower(possessive) : first;
  for (let k = 1; k < ws.length; k++) lows[k] = lower(ws[k] as string);
  // strip up to the last title word that is not the last word ("Virginia Gov. Terry McAuliffe")
  let cut = -1;
  for (let k = 0; k < last; k++) if (TITLES.has(lows[k])) cut = k;
  let titlesOnly = true;
  for (let k = cut + 1; k <= last && titlesOnly; k++) if (!TITLES.has(lows[k])) titlesOnly = false;
  if (titlesOnly) {
    const none = lows.every((w) => NOT_NAME.has(w));
    return { name: none ? null : spaced(ws), titles: [], words: none ? NO_WORDS : ws };
  }
  const titles = lows.slice(0, cut + 1);
  // the name: the words after the titles, less a trailing dangling particle
  const from = cut + 1;
  let end = ws.length;
  while (end - from > 1 && isParticle(ws[end - 1] as string)) end--;
  if (end - from === 1 && NOT_NAME.has(lows[from])) return { name: null, titles, words: NO_WORDS };
  const nameWords = from === 0 && end === ws.length ? ws : ws.slice(from, end);
  return { name: spaced(nameWords), titles, words: nameWords };
}

/** `words.join(' ')`, for the few words of a name faster than `join`. */
function spaced(words: string[]): string {
  let s = words[0] as string;
  for (let k = 1; k < words.length; k++) s += ' ' + (words[k] as string);
  return s;
}

/** A word less a final possessive (' or ’, then an optional s): `w.replace(/['’]s?$/u, '')`. */
function withoutPossessive(w: string): string {
  let n = w.length;
  if (w.charCodeAt(n - 1) === 115) n--; // s
  const c = w.charCodeAt(n - 1);
  return c === 39 || c === 0x2019 ? w.slice(0, n - 1) : w;
}

/** Lookup key of a name: lower case, typographic apostrophes as "'", a final 's removed. */
function nameKey(name: string): string {
  let key = name.toLowerCase();
  if (key.includes('\u2019')) key = key.replace(/’/g, "'");
  return key.endsWith("'s") ? key.slice(0, -2) : key;
}

function lower(w: string): string {
  let s = w.toLowerCase();
  if (s.includes('\u2019')) s = s.replace(/’/g, "'");
  if (s.endsWith('.')) s = s.slice(0, -1);
  return s;
}

/*
 * Capitalized runs of two words or more (with name particles), and single capitalized words,
 * read by a hand-written scan equivalent to the regular expressions (u flag)
 *
 *   RUN:    (?<!X)\p{Lu}Y{0,40}\.?(?:[ \u00a0]{1,3}(?:(?:de|da|…|el)[ \u00a0]{1,3})?\p{Lu}Y{0,40}\.?){1,9}
 *   SINGLE: (?<!X)\p{Lu}Y{1,40}
 *
 * with X = [\p{L}\p{M}\p{N}'’\-.] and Y = [\p{L}\p{M}'’\-], each run of matches read from the
 * start of the paragraph as `exec` would.
 */
const RUN_PARTICLES = ['de', 'da', 'di', 'del', 'van', 'von', 'der', 'den', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'el'];
const MAX_WORD_CHARS = 40;
const MAX_RUN_WORDS = 9;

/** Classes: 1 known, 2 upper-case letter, 4 other letter or mark (Y), 8 number, 16 ' ’ - (Y), 32 period. */
const K_UPPER = 2;
const K_LM = 4;
const K_NUM = 8;
const K_JOIN = 16;
const K_DOT = 32;
const K_Y = K_UPPER | K_LM | K_JOIN;
const K_X = K_Y | K_NUM | K_DOT;
const LU_RE = /^\p{Lu}$/u;
const LM_RE = /^[\p{L}\p{M}]$/u;
const N_RE = /^\p{N}$/u;
function classOfChar(ch: string): number {
  if (ch === "'" || ch === '\u2019' || ch === '-') return 1 | K_JOIN;
  if (ch === '.') return 1 | K_DOT;
  return 1 | (LU_RE.test(ch) ? K_UPPER : LM_RE.test(ch) ? K_LM : 0) | (N_RE.test(ch) ? K_NUM : 0);
}
const classAt = charClasses(classOfChar, 1).at;

/**
 * What the search for a capital letter stops at: an ASCII capital or any unit beyond ASCII.
 * A class of two ranges is searched several times faster than \p{Lu} (hundreds of ranges);
 * the units beyond ASCII are then told apart by the class table.
 */
const CAPITAL_OR_WIDE = /[A-Z\u0080-\uffff]/g;

/** Start of the first capital letter at or after i (a code point boundary), or -1. */
function nextCapital(p: string, i: number): number {
  const n = p.length;
  for (;;) {
    i = nextMatch(CAPITAL_OR_WIDE, p, i);
    if (i < 0) return -1;
    // through the text beyond ASCII (and the spaces and marks in it) by the table, code point
    // by code point, back to the search at an ASCII small letter
    while (i < n) {
      const c = p.charCodeAt(i);
      if (c < 0x80) {
        if (c >= 65 && c <= 90) return i;
        if (c >= 97 && c <= 122) break;
        i++;
        continue;
      }
      const k = classAt(p, i);
      if ((k >> 2) & K_UPPER) return i;
      i += k & 3;
    }
    if (i >= n) return -1;
  }
}

/** Class of the code point that ends just before i (0 at the start). */
function classBefore(s: string, i: number): number {
  if (i <= 0) return 0;
  const c = s.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = s.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return classAt(s, i - 2) >> 2;
  }
  if (c >= 0xd800 && c <= 0xdfff) return 1;
  return classAt(s, i - 1) >> 2;
}

/** Where a capitalized name word `\p{Lu}Y{min,40}` (then `\.?` when `dot`) at i ends, or -1. */
function wordEnd(s: string, i: number, min: number, dot: boolean): number {
  if (i >= s.length) return -1;
  const k = classAt(s, i);
  if (!((k >> 2) & K_UPPER)) return -1;
  let j = i + (k & 3);
  let count = 0;
  const n = s.length;
  while (count < MAX_WORD_CHARS && j < n) {
    const k2 = classAt(s, j);
    if (!((k2 >> 2) & K_Y)) break;
    j += k2 & 3;
    count++;
  }
  if (count < min) return -1;
  if (dot && s.charCodeAt(j) === 46) j++;
  return j;
}

/** Where a run of one to three spaces (no more) at i ends, or -1. */
function spacesEnd(s: string, i: number): number {
  let j = i;
  while (j - i < 4) {
    const c = s.charCodeAt(j);
    if (c !== 32 && c !== 0xa0) break;
    j++;
  }
  return j === i || j - i > 3 ? -1 : j;
}

/**
 * The matches of RUN in a paragraph, as start and end offsets pushed on `runs`, and those of
 * SINGLE as (0, start, end) on `singles` (either left out when null: they do not depend on
 * each other).
 */
export function capitalizedRuns(p: string, runs: number[] | null, singles: number[] | null): void {
  const n = p.length;
  let next = 0;
  for (let i = 0; i < n; ) {
    // on to the next capital letter (most characters are none; the search steps by code
    // points, as the scan does)
    i = nextCapital(p, i);
    if (i < 0) break;
    const k = classAt(p, i);
    const len = k & 3;
    if (!((k >> 2) & K_UPPER) || classBefore(p, i) & K_X) {
      i += len;
      continue;
    }
    // a capitalized word: SINGLE's match, and a RUN's when one starts here (not inside the last)
    if (singles) {
      const single = wordEnd(p, i, 1, false);
      if (single >= 0) singles.push(0, i, single);
    }
    if (runs && i >= next) {
      const end = runEnd(p, i);
      if (end >= 0) {
        runs.push(i, end);
        next = end;
      }
    }
    i += len;
  }
}

/** The longest particle: a longer word of small letters is none. */
const MAX_PARTICLE = Math.max(...RUN_PARTICLES.map((w) => w.length));

/**
 * Length of the particle ("de", "van", "bin" …) that is the word of small ASCII letters at i,
 * followed by a space, or 0. The particles are such words, so at most one can be there: the
 * word is read first and the particles compared only for a short one (after most capitalized
 * words comes a small word that is no particle).
 */
function particleAt(s: string, i: number): number {
  let q = i;
  while (q - i <= MAX_PARTICLE && q < s.length && s.charCodeAt(q) >= 97 && s.charCodeAt(q) <= 122) q++;
  const length = q - i;
  const c = s.charCodeAt(q);
  if (!length || length > MAX_PARTICLE || (c !== 32 && c !== 0xa0)) return 0;
  for (const particle of RUN_PARTICLES) if (particle.length === length && s.startsWith(particle, i)) return length;
  return 0;
}

/** Where a RUN match starting at i ends, or -1. */
function runEnd(s: string, i: number): number {
  let j = wordEnd(s, i, 0, true);
  if (j < 0) return -1;
  let reps = 0;
  while (reps < MAX_RUN_WORDS) {
    const sp = spacesEnd(s, j);
    if (sp < 0) break;
    let next = -1;
    const particle = particleAt(s, sp);
    if (particle) {
      const sp2 = spacesEnd(s, sp + particle);
      if (sp2 >= 0) next = wordEnd(s, sp2, 0, true);
    }
    if (next < 0) next = wordEnd(s, sp, 0, true);
    if (next < 0) break;
    j = next;
    reps++;
  }
  return reps ? j : -1;
}

interface Known {
  name: string;
  /** Words of the titles and roles seen with the name ("russian", "president"). */
  roleWords: Set<string>;
  count: number;
  first: number;
}

/** A person named in the text, at paragraph `p`, offset `at`; a subject opens a sentence or clause. */
export interface NameMention {
  p: number;
  at: number;
  name: string;
  subject: boolean;
}

/**
 * Mentions are read in the text's first 400,000 characters (as the entities layer reads its
 * first 400,000): a paragraph that starts after them has none, one that crosses them is read up
 * to them. This bounds the candidates a text can make, whatever its length.
 */
const MAX_MENTION_CHARS = 400_000;

/** Full names known in an article, from the people of the entities layer or from the text. */
export class NameBook {
  private byLast = new Map<string, Known[]>();
  private byFirst = new Map<string, Known[]>();
  private byAlias = new Map<string, Known>();
  private all: Known[] = [];
  private fromPeople: boolean;
  private readonly paragraphs: string[];
  /**
   * The mentions of each paragraph, in text order, once read. Each paragraph is read on its own
   * when first asked about, and its mentions depend on no other paragraph but through the names
   * (the people's, or the full names of the whole text, read first): a question looks back from
   * its place only (three paragraphs for the focus), so the paragraphs after the last question,
   * and often most before it, are never read.
   */
  private readonly byParagraph: Array<NameMention[] | undefined>;
  /** Where each paragraph starts in the text, in characters (for MAX_MENTION_CHARS). */
  private readonly starts: number[];
  private shapes: Uint32Array | null = null;

  constructor(people: Person[], paragraphs: string[]) {
    this.fromPeople = people.length > 0;
    if (people.length) {
      for (const p of people) {
        const k: Known = { name: p.name, roleWords: new Set(), count: p.mentions || 1, first: this.all.length };
        for (const r of p.roles ?? []) for (const w of r.toLowerCase().split(/\s+/)) if (w) k.roleWords.add(w);
        this.add(k, [p.name, ...(p.aliases ?? [])]);
      }
    }
    // The text is read only when first needed: with the entities layer's people, for the
    // mentions alone (most articles resolve every speaker by name); without them, for the full
    // names it writes too, at the first question asked (many articles ask none: no quotes).
    this.paragraphs = paragraphs;
    this.byParagraph = new Array(paragraphs.length);
    this.starts = new Array(paragraphs.length);
    let at = 0;
    for (let q = 0; q < paragraphs.length; q++) {
      this.starts[q] = at;
      at += (paragraphs[q] as string).length;
    }
  }

  /** Whether the full names of the text have been read (without people only). */
  private namesRead = false;

  /** Read the names now if they come from the text (the full names of its runs). */
  private readNames(): void {
    if (!this.fromPeople && !this.namesRead) {
      this.namesRead = true;
      this.readFullNames();
    }
  }

  /** The person mentions of paragraph q, in text order. */
  private mentionsIn(q: number): NameMention[] {
    let list = this.byParagraph[q];
    if (list) return list;
    this.readNames();
    list = this.scanParagraph(q);
    this.byParagraph[q] = list;
    return list;
  }

  /** Person mentions in text order, subjects (a name opening a sentence or clause) flagged. */
  get mentions(): NameMention[] {
    const out: NameMention[] = [];
    for (let q = 0; q < this.paragraphs.length; q++) for (const m of this.mentionsIn(q)) out.push(m);
    return out;
  }

  /** The mentions before (p, at), in text order. */
  mentionsBefore(p: number, at: number): NameMention[] {
    const out: NameMention[] = [];
    for (let q = 0; q < p && q < this.paragraphs.length; q++) for (const m of this.mentionsIn(q)) out.push(m);
    if (p < this.paragraphs.length) for (const m of this.mentionsIn(p)) if (m.at < at) out.push(m);
    return out;
  }

  private add(k: Known, forms: string[]): void {
    this.all.push(k);
    for (const form of forms) {
      const key = form.toLowerCase();
      if (!this.byAlias.has(key)) this.byAlias.set(key, k);
      const parts = key.split(/\s+/).filter(Boolean);
      if (parts.length < 2) continue;
      const last = parts[parts.length - 1];
      const first = parts[0];
      push(this.byLast, last, k);
      push(this.byFirst, first, k);
    }
  }

  /**
   * A candidate mention for the run p[at, end) of capitalized words: its name (titles stripped)
   * and the name's parts, or null.
   */
  private static runName(p: string, at: number, end: number): NameParts | null {
    const words = NameBook.splitAtSpaces(p, at, end);
    if (!words) return null;
    const parts = nameOfRun(words);
    return parts.name ? parts : null;
  }

  /**
   * The words of p[at, end) as `p.slice(at, end).split(/[ \u00a0]+/)` gives them, or null when
   * there are more than MAX_RUN + 2 (such a run names no one).
   */
  private static splitAtSpaces(p: string, at: number, end: number): string[] | null {
    const words: string[] = [];
    let start = at;
    for (let i = at; i < end; i++) {
      const c = p.charCodeAt(i);
      if (c !== 32 && c !== 0xa0) continue;
      if (words.length > MAX_RUN) return null;
      words.push(p.slice(start, i));
      while (i + 1 < end && (p.charCodeAt(i + 1) === 32 || p.charCodeAt(i + 1) === 0xa0)) i++;
      start = i + 1;
    }
    words.push(p.slice(start, end));
    return words;
  }

  /** A single capitalized word p[at, end) that may name a known person, or null. */
  private singleName(shapes: Uint32Array, p: string, at: number, end: number): string | null {
    if (!mayBeKey(shapes, p, at, end)) return null;
    const word = p.slice(at, end);
    const key = nameKey(word);
    if (!this.byLast.has(key) && !this.byAlias.has(key) && !this.byFirst.has(key)) return null;
    return word;
  }

  /** Candidates in text order to mentions of known people. */
  private known(pending: NameMention[]): NameMention[] {
    const found: NameMention[] = [];
    for (const x of pending) {
      const full = this.lookup(x.name);
      if (full) found.push({ ...x, name: full });
    }
    return found.sort((a, b) => a.p - b.p || a.at - b.at);
  }

  /** The mentions of one paragraph (as far as MAX_MENTION_CHARS): runs, then single words, in text order. */
  private scanParagraph(pi: number): NameMention[] {
    const room = MAX_MENTION_CHARS - (this.starts[pi] as number);
    if (room <= 0) return [];
    const whole = this.paragraphs[pi] as string;
    const p = whole.length > room ? whole.slice(0, room) : whole;
    const runs: number[] = [];
    const singles: number[] = [];
    capitalizedRuns(p, runs, singles);
    const pending: NameMention[] = [];
    const nameLine = isNameLine(p);
    for (let r = 0; r < runs.length; r += 2) {
      const at = runs[r] as number;
      const parts = NameBook.runName(p, at, runs[r + 1] as number);
      if (parts) pending.push({ p: pi, at, name: parts.name as string, subject: !nameLine && isClauseStart(p, at) });
    }
    const shapes = (this.shapes ??= this.keyShapes());
    for (let q = 0; q < singles.length; q += 3) {
      const at = singles[q + 1] as number;
      const word = this.singleName(shapes, p, at, singles[q + 2] as number);
      if (word) pending.push({ p: pi, at, name: word, subject: !nameLine && isClauseStart(p, at) });
    }
    return this.known(pending);
  }

  /**
   * The full names written in the text, when they do not come from the people: capitalized runs
   * of two to four words after titles, with how often each is written and its titles.
   */
  private readFullNames(): void {
    const paragraphs = this.paragraphs;
    const seen = new Map<string, Known>();
    /** RUN's matches in a paragraph (start, end). */
    const runs: number[] = [];
    let order = 0;
    for (let pi = 0; pi < paragraphs.length; pi++) {
      const p = paragraphs[pi] as string;
      runs.length = 0;
      capitalizedRuns(p, runs, null);
      for (let r = 0; r < runs.length; r += 2) {
        const parts = NameBook.runName(p, runs[r] as number, runs[r + 1] as number);
        if (!parts) continue;
        const name = parts.name as string;
        const nameWords = parts.words;
        if (nameWords.length < 2 || nameWords.length > 4) continue;
        if (nameWords.some((w) => w.endsWith('.') && w.length > 2 && !SUFFIXES.has(lower(w)))) continue;
        const key = name.toLowerCase();
        let k = seen.get(key);
        if (!k) {
          k = { name, roleWords: new Set(), count: 0, first: order++ };
          seen.set(key, k);
          this.add(k, [name]);
        }
        k.count++;
        for (const t of parts.titles) k.roleWords.add(t);
      }
    }
  }

  /** The shapes (`shapeBit`) of the keys of byLast, byAlias and byFirst. */
  private keyShapes(): Uint32Array {
    const shapes = new Uint32Array(32);
    for (const map of [this.byLast, this.byAlias, this.byFirst]) {
      for (const key of map.keys()) shapes[key.charCodeAt(0) & 31] |= shapeBit(key.length);
    }
    return shapes;
  }

  /** A known person for a name, or null. */
  lookup(name: string): string | null {
    this.readNames();
    const key = nameKey(name);
    const alias = this.byAlias.get(key);
    if (alias) return alias.name;
    const parts = key.split(/\s+/);
    const last = best(this.byLast.get(parts[parts.length - 1]));
    if (last && (parts.length === 1 || last.name.toLowerCase().startsWith(parts[0]))) return last.name;
    if (parts.length === 1) return best(this.byFirst.get(parts[0]))?.name ?? null;
    return null;
  }

  /** The person most recently in focus before a position: the last subject or speaker named. */
  focus(p: number, at: number, speakers: Array<{ p: number; at: number; name: string }>): string | null {
    let bestM: { p: number; at: number; name: string } | null = null;
    // the last subject among the mentions before (p, at), no more than three paragraphs back
    for (let q = Math.min(p, this.paragraphs.length - 1); q >= 0 && p - q <= 3 && !bestM; q--) {
      const list = this.mentionsIn(q);
      for (let k = list.length - 1; k >= 0; k--) {
        const m = list[k] as NameMention;
        if (q === p && m.at >= at) continue;
        if (m.subject) {
          bestM = m;
          break;
        }
      }
    }
    // the last speaker before (p, at), no more than three paragraphs back: speakers are in text
    // order, so it is found from the end (scanning from the start made long articles quadratic)
    let k = speakers.length - 1;
    while (k >= 0 && !isBefore(speakers[k]!, p, at)) k--;
    while (k > 0 && samePlace(speakers[k - 1]!, speakers[k]!)) k--; // the first of a tie, as before
    const s = k >= 0 ? speakers[k]! : null;
    if (s && p - s.p <= 3 && (!bestM || s.p > bestM.p || (s.p === bestM.p && s.at > bestM.at))) bestM = s;
    return bestM ? bestM.name : null;
  }

  /** The full name for a name as written in an attribution ("Putin" → "Vladimir Putin"). */
  resolve(name: string): string {
    this.readNames();
    const key = nameKey(name);
    const alias = this.byAlias.get(key);
    if (alias) return alias.name;
    const parts = key.split(/\s+/);
    if (parts.length === 1) {
      const byLast = best(this.byLast.get(parts[0]));
      if (byLast) return byLast.name;
      const byFirst = best(this.byFirst.get(parts[0]));
      if (byFirst) return byFirst.name;
    } else if (this.fromPeople) {
      // "John Kerry" when the entities layer knows "John F. Kerry"
      const last = best(this.byLast.get(parts[parts.length - 1]));
      if (last && last.name.toLowerCase().startsWith(parts[0])) return last.name;
    }
    return name.replace(/['’]s$/u, '');
  }

  /**
   * The person a description points to ("the Russian leader"): a proper adjective of the
   * description ("Russian") must be among the person's title or role words, and a role noun
   * ("leader") must agree with them when the description has no proper adjective; ties go to
   * the person mentioned last before the description (`recent`: the names mentioned before it,
   * in text order; asked for once, when a person matches).
   */
  describe(words: string[], recent: () => string[]): string | null {
    this.readNames();
    const proper: string[] = [];
    const common: string[] = [];
    for (const w of words) {
      const lw = lower(w);
      if (NOT_NAME.has(lw)) continue;
      if (/^\p{Lu}/u.test(w)) proper.push(lw);
      else common.push(lw);
    }
    if (!proper.length && !common.length) return null;
    let bestK: Known | null = null;
    let bestScore = 0;
    let names: string[] | null = null;
    for (const k of this.all) {
      let score = 0;
      for (const w of proper) if (k.roleWords.has(w)) score += 2;
      if (proper.length && !score) continue;
      for (const w of common) {
        if (k.roleWords.has(w)) score += 1;
        else if (LEADERS.has(w) && [...k.roleWords].some((r) => LEADERS.has(r))) score += 1;
      }
      if (!score || (!proper.length && score < 1)) continue;
      names ??= recent();
      const rec = names.lastIndexOf(k.name);
      const s = score * 10 + (rec >= 0 ? 1 + rec / (names.length + 1) : 0);
      if (s > bestScore) {
        bestScore = s;
        bestK = k;
      }
    }
    return bestK ? bestK.name : null;
  }
}
keepShape(new NameBook([], []));

/** Whether a place in the text comes before (p, at). */
function isBefore(x: { p: number; at: number }, p: number, at: number): boolean {
  return x.p < p || (x.p === p && x.at < at);
}

function samePlace(a: { p: number; at: number }, b: { p: number; at: number }): boolean {
  return a.p === b.p && a.at === b.at;
}

/** A key's shape is the row of its first unit (`& 31`) and this bit of its length. */
function shapeBit(length: number): number {
  return 1 << Math.min(31, length);
}

/**
 * Can `nameKey(p.slice(at, end))` be a key of the given shapes? Answered for ASCII words
 * without building the key (a single capitalized word is asked about for each noun of a German
 * text); a word with any other character may be a key.
 */
function mayBeKey(shapes: Uint32Array, p: string, at: number, end: number): boolean {
  for (let i = at; i < end; i++) if (p.charCodeAt(i) >= 0x80) return true;
  let length = end - at;
  // nameKey drops a final 's (lower case)
  if (length >= 2 && (p.charCodeAt(end - 1) | 32) === 115 && p.charCodeAt(end - 2) === 39) length -= 2;
  const first = p.charCodeAt(at) | 32; // an ASCII capital's lower case
  return (shapes[first & 31]! & shapeBit(length)) !== 0;
}

function push(map: Map<string, Known[]>, key: string, k: Known): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(k)) list.push(k);
  } else map.set(key, [k]);
}

function best(list: Known[] | undefined): Known | null {
  if (!list || !list.length) return null;
  let b = list[0];
  for (const k of list) if (k.count > b.count) b = k;
  return b;
}

/** A line that is a name and nothing else: a credit ("S.V. Roe.") or a byline ("By Jane Roe"). */
const NAME_LINE_RE = /^\s*(?:by\s+)?\p{Lu}[\p{L}'’.-]*(?:[ \u00a0]+\p{Lu}[\p{L}'’.-]*){0,4}[.,;:]?\s*$/u;
const MAX_NAME_LINE = 60;

/**
 * Is the paragraph a name alone? It has no verb: a photo credit or a byline, whose name is never
 * the person in focus.
 */
function isNameLine(p: string): boolean {
  return p.length <= MAX_NAME_LINE && NAME_LINE_RE.test(p);
}

/** Does a name at `at` open a sentence or clause (a subject rather than an object)? */
function isClauseStart(p: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (p[i] === ' ' || p[i] === '\u00a0' || p[i] === '"' || p[i] === '\u201c' || p[i] === '\u201d')) i--;
  if (i < 0) return true;
  const ch = p[i];
  return ch === '.' || ch === '!' || ch === '?' || ch === ',' || ch === ';' || ch === ':' || ch === '\u2014';
}
