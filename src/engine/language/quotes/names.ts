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

const TITLES = new Set(NAME_TITLES);
const PARTICLES = new Set(NAME_PARTICLES);
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
    else if (prev.word && PARTICLES.has(prev.t) && isNameToken(toks[i - 2])) i -= 2;
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
    else if (next.word && PARTICLES.has(next.t) && isNameToken(toks[j + 2])) j += 2;
    else break;
  }
  return { from: i, to: j };
}

export interface NameParts {
  /** The name with titles and sentence openers stripped, or null when nothing is left. */
  name: string | null;
  /** The title words stripped before the name ("Russian President"), lower case. */
  titles: string[];
}

/** The person or organization name in a run of tokens: titles before it are stripped. */
export function nameOfRun(words: string[]): NameParts {
  let ws = words.slice();
  // sentence openers and articles ("But", "The")
  while (ws.length && NOT_NAME.has(lower(ws[0]))) ws.shift();
  // possessive at the end ("Trump’s")
  if (ws.length) ws[ws.length - 1] = ws[ws.length - 1].replace(/['’]s?$/u, '');
  // strip up to the last title word that is not the last word ("Virginia Gov. Terry McAuliffe")
  let cut = -1;
  for (let k = 0; k < ws.length - 1; k++) if (TITLES.has(lower(ws[k]))) cut = k;
  const titles = ws.slice(0, cut + 1).map(lower);
  const rest = ws.slice(cut + 1);
  if (rest.length && !rest.every((w) => TITLES.has(lower(w)))) ws = rest;
  else return { name: ws.length && !ws.every((w) => NOT_NAME.has(lower(w))) ? ws.join(' ') : null, titles: [] };
  // a trailing dangling particle
  while (ws.length > 1 && PARTICLES.has(ws[ws.length - 1])) ws.pop();
  if (!ws.length) return { name: null, titles };
  if (ws.length === 1 && NOT_NAME.has(lower(ws[0]))) return { name: null, titles };
  return { name: ws.join(' '), titles };
}

/** Lookup key of a name: lower case, typographic apostrophes as "'", a final 's removed. */
function nameKey(name: string): string {
  let key = name.toLowerCase();
  if (key.includes('\u2019')) key = key.replace(/’/g, "'");
  return key.endsWith("'s") ? key.slice(0, -2) : key;
}

function lower(w: string): string {
  let s = w.toLowerCase().replace(/’/g, "'");
  if (s.endsWith('.')) s = s.slice(0, -1);
  return s;
}

/** Capitalized runs of two words or more (with name particles), and single capitalized words. */
const RUN =
  /(?<![\p{L}\p{M}\p{N}'’\-.])\p{Lu}[\p{L}\p{M}'’\-]{0,40}\.?(?:[ \u00a0]{1,3}(?:(?:de|da|di|del|van|von|der|den|du|la|le|bin|ibn|al|el)[ \u00a0]{1,3})?\p{Lu}[\p{L}\p{M}'’\-]{0,40}\.?){1,9}/gu;
const SINGLE = /(?<![\p{L}\p{M}\p{N}'’\-.])\p{Lu}[\p{L}\p{M}'’\-]{1,40}/gu;

interface Known {
  name: string;
  /** Words of the titles and roles seen with the name ("russian", "president"). */
  roleWords: Set<string>;
  count: number;
  first: number;
}

/** Full names known in an article, from the people of the entities layer or from the text. */
export class NameBook {
  private byLast = new Map<string, Known[]>();
  private byFirst = new Map<string, Known[]>();
  private byAlias = new Map<string, Known>();
  private all: Known[] = [];
  private fromPeople: boolean;

  constructor(people: Person[], paragraphs: string[]) {
    this.fromPeople = people.length > 0;
    if (people.length) {
      for (const p of people) {
        const k: Known = { name: p.name, roleWords: new Set(), count: p.mentions || 1, first: this.all.length };
        for (const r of p.roles ?? []) for (const w of r.toLowerCase().split(/\s+/)) if (w) k.roleWords.add(w);
        this.add(k, [p.name, ...(p.aliases ?? [])]);
      }
    }
    this.scanText(paragraphs, people.length > 0);
  }

  /** Person mentions in text order, subjects (a name opening a sentence or clause) flagged. */
  readonly mentions: Array<{ p: number; at: number; name: string; subject: boolean }> = [];

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

  /** Full names written in the text: capitalized runs of two or more words after titles. */
  private scanText(paragraphs: string[], mentionsOnly: boolean): void {
    const pending: Array<{ p: number; at: number; name: string; subject: boolean }> = [];
    const seen = new Map<string, Known>();
    let order = 0;
    for (let pi = 0; pi < paragraphs.length; pi++) {
      const p = paragraphs[pi];
      RUN.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = RUN.exec(p))) {
        const words = m[0].split(/[ \u00a0]+/);
        if (words.length > MAX_RUN + 2) continue;
        const parts = nameOfRun(words);
        if (!parts.name) continue;
        const subject = isClauseStart(p, m.index);
        if (pending.length < 5000) pending.push({ p: pi, at: m.index, name: parts.name, subject });
        if (mentionsOnly) continue;
        const nameWords = parts.name.split(' ');
        if (nameWords.length < 2 || nameWords.length > 4) continue;
        if (nameWords.some((w) => /\.$/.test(w) && w.length > 2 && !SUFFIXES.has(lower(w)))) continue;
        const key = parts.name.toLowerCase();
        let k = seen.get(key);
        if (!k) {
          k = { name: parts.name, roleWords: new Set(), count: 0, first: order++ };
          seen.set(key, k);
          this.add(k, [parts.name]);
        }
        k.count++;
        for (const t of parts.titles) k.roleWords.add(t);
      }
    }
    // single capitalized words that name a known person ("Putin said")
    for (let pi = 0; pi < paragraphs.length && pending.length < 5000; pi++) {
      const p = paragraphs[pi];
      SINGLE.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = SINGLE.exec(p)) && pending.length < 5000) {
        const key = nameKey(m[0]);
        if (!this.byLast.has(key) && !this.byAlias.has(key) && !this.byFirst.has(key)) continue;
        pending.push({ p: pi, at: m.index, name: m[0], subject: isClauseStart(p, m.index) });
      }
    }
    for (const x of pending) {
      const full = this.lookup(x.name);
      if (full) this.mentions.push({ ...x, name: full });
    }
    this.mentions.sort((a, b) => a.p - b.p || a.at - b.at);
  }

  /** A known person for a name, or null. */
  lookup(name: string): string | null {
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
    for (const m of this.mentions) {
      if (m.p > p || (m.p === p && m.at >= at)) break;
      if (m.subject && p - m.p <= 3) bestM = m;
    }
    for (const s of speakers) {
      if (s.p > p || (s.p === p && s.at >= at)) break;
      if (p - s.p <= 3 && (!bestM || s.p > bestM.p || (s.p === bestM.p && s.at > bestM.at))) bestM = s;
    }
    return bestM ? bestM.name : null;
  }

  /** The full name for a name as written in an attribution ("Putin" → "Vladimir Putin"). */
  resolve(name: string): string {
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
   * the person mentioned last before the description.
   */
  describe(words: string[], recent: string[]): string | null {
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
    for (const k of this.all) {
      let score = 0;
      for (const w of proper) if (k.roleWords.has(w)) score += 2;
      if (proper.length && !score) continue;
      for (const w of common) {
        if (k.roleWords.has(w)) score += 1;
        else if (LEADERS.has(w) && [...k.roleWords].some((r) => LEADERS.has(r))) score += 1;
      }
      if (!score || (!proper.length && score < 1)) continue;
      const rec = recent.lastIndexOf(k.name);
      const s = score * 10 + (rec >= 0 ? 1 + rec / (recent.length + 1) : 0);
      if (s > bestScore) {
        bestScore = s;
        bestK = k;
      }
    }
    return bestK ? bestK.name : null;
  }
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

/** Does a name at `at` open a sentence or clause (a subject rather than an object)? */
function isClauseStart(p: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (p[i] === ' ' || p[i] === '\u00a0' || p[i] === '"' || p[i] === '\u201c' || p[i] === '\u201d')) i--;
  if (i < 0) return true;
  const ch = p[i];
  return ch === '.' || ch === '!' || ch === '?' || ch === ',' || ch === ';' || ch === ':' || ch === '\u2014';
}
