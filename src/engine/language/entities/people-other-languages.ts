/**
 * People in text of languages other than English, where capitals say little (German capitalises
 * every noun) and the English rules of ./index.ts do not apply.
 *
 * A name is a given name (the English list or the other languages' list of the gazetteer), maybe
 * a second one, then one to three family-name words (particles inside: "Ursula von der Leyen").
 * A given name before a capitalised word is no proof of a person ("dass Paul Freunde traf"), so a
 * name is kept only with evidence: a role or courtesy title right before it ("FDP-Chef Christian
 * Lindner", "le président Emmanuel Macron", "Frau Dr. Anna Roth") or an acronym in parentheses
 * after it ("Friedrich Roth (CDU)"), the full name twice, or its family name alone elsewhere in
 * the text ("… sagte Lindner"). Such lone family names are then mentions of the person. Role and
 * title words: ../../data/person-roles.ts.
 */
import { ARTICLES, GERMAN_ROLE_ENDINGS, HONORIFICS, NOT_GIVEN_NAMES, ROLE_WORDS } from '../../data/person-roles';
import type { Gazetteer } from './gazetteer';
import { acronymAt } from './organizations-other-languages';

/** The token fields read here (the entity layer's tokens have more). */
export interface NameTok {
  text: string;
  lower: string;
  cap: boolean;
  upper: boolean;
  word: boolean;
  poss: boolean;
}

/** One reading of a name in the text: tokens [from, to), and the role or title before it. */
export interface NameCandidate {
  from: number;
  to: number;
  /** The paragraph's tokens: [paraFrom, paraTo). */
  paraFrom: number;
  paraTo: number;
  name: string;
  /** Lower-case family name: the last word ("von der leyen" → "leyen"). */
  surname: string;
  role: string | null;
  /** A role or courtesy title stands before it, or an acronym in parentheses after it. */
  cue: boolean;
}

const MAX_FAMILY_WORDS = 3;
const MAX_PARTICLES = 2;
/** Endings of abstract nouns, no family name's ("Hoffnung", "Freiheit", "Gesellschaft", "Nation"). */
const NOUN_ENDING_RE = /(?:ung|heit|keit|schaft|ität|tion|ismus|heid)$/;
const GERMAN_ROLES = new Set(GERMAN_ROLE_ENDINGS);
const MAX_ROLE_ENDING = Math.max(...GERMAN_ROLE_ENDINGS.map((e) => e.length));
const ROLE_SETS = new Map(Object.entries(ROLE_WORDS).map(([k, v]) => [k, new Set(v)]));
const HONORIFIC_SETS = new Map(Object.entries(HONORIFICS).map(([k, v]) => [k, new Set(v)]));
const ARTICLE_SETS = new Map(Object.entries(ARTICLES).map(([k, v]) => [k, new Set(v)]));
const NOT_GIVEN = new Set(NOT_GIVEN_NAMES);
/** Languages that capitalise their nouns (and Dutch, whose particles are its articles): one family-name word. */
const ONE_FAMILY_WORD = new Set(['de', 'nl', 'lb']);
/** Languages whose names put particles after a family name ("Lula da Silva", "Funes de Rioja"). */
const PARTICLE_AFTER_FAMILY = new Set(['es', 'pt', 'it', 'ca', 'gl']);
/** Particles that stand only after another ("von der Leyen"), never first ("Tod der Tiere"). */
const SECOND_PARTICLES = new Set(['der', 'den', 'das', 'dos', 'la', 'las', 'los', 'le', 'les']);
/** Particles that an article follows inside a name ("von der Leyen", "van den Berg"). */
const LEADING_PARTICLES = new Set(['von', 'van', 'vom', 'zu']);
/** Conjunctions in the particle list ("Ortega y Gasset"): too often "and" between two names. */
const NO_PARTICLES = new Set(['y', 'e']);

/** A given name (lower case) of the English or the other languages' lists, not a word that is more often something else. */
export function isGivenName(g: Gazetteer, w: string): boolean {
  return !NOT_GIVEN.has(w) && (g.given.has(w) || g.givenIntl.has(w));
}

function isParticle(t: NameTok, g: Gazetteer, first: boolean): boolean {
  return t.word && !t.cap && !NO_PARTICLES.has(t.lower) && g.particles.has(t.lower) && !(first && SECOND_PARTICLES.has(t.lower));
}

/** A German role noun, alone or at the end of a compound ("Sprecher", "FDP-Chef", "Landrätin"). */
export function isGermanRole(lower: string): boolean {
  for (let k = Math.min(lower.length, MAX_ROLE_ENDING); k >= 3; k--) if (GERMAN_ROLES.has(lower.slice(-k))) return true;
  return false;
}

/** A role word of `lang` before a name (German role nouns, or the role words of fr/es/it/pt/nl). */
export function isRoleWord(lower: string, lang: string): boolean {
  if (lang === 'de') return isGermanRole(lower);
  return ROLE_SETS.get(lang)?.has(lower) ?? false;
}

/** A word that can be part of a family name (no role word: "Alonso Trainer"). */
function familyWord(t: NameTok | undefined, g: Gazetteer, stop: ReadonlySet<string> | undefined, lang: string): boolean {
  if (!t || !t.word || !t.cap || t.text.length < 2) return false;
  const w = t.lower;
  if (stop?.has(w) || (t.upper && w.length <= 4) || isRoleWord(w, lang)) return false;
  if (w.length >= 6 && NOUN_ENDING_RE.test(w)) return false;
  if (g.demonyms.has(w) || g.places.get(w)?.country) return false;
  return true;
}

/**
 * The name that starts at `i` (a given name), or null. `to` bounds the paragraph; `from` is its
 * first token (for the role before the name).
 */
export function nameAt(
  toks: NameTok[],
  i: number,
  from: number,
  to: number,
  g: Gazetteer,
  lang: string,
  stop: ReadonlySet<string> | undefined,
): NameCandidate | null {
  const first = toks[i]!;
  if (!first.word || !first.cap || first.upper || first.poss || stop?.has(first.lower) || !isGivenName(g, first.lower)) return null;
  let j = i + 1;
  // a second given name ("Anna Maria Roth"), only when a family name follows it
  if (j + 1 < to && toks[j]!.cap && !toks[j]!.poss && isGivenName(g, toks[j]!.lower) && familyWord(toks[j + 1], g, stop, lang)) j++;
  let family = 0;
  let end = j;
  let surname = '';
  const maxFamily = ONE_FAMILY_WORD.has(lang) ? 1 : MAX_FAMILY_WORDS;
  while (end < to && family < maxFamily) {
    // particles, then a family-name word: "von der Leyen", "da Silva" (after a family-name word
    // only where names have them there: "Lula da Silva", not "Anna Roth von der Stadt")
    let k = end;
    if (family === 0 || PARTICLE_AFTER_FAMILY.has(lang)) while (k < to && k - end < MAX_PARTICLES && isParticle(toks[k]!, g, k === end)) k++;
    const t = toks[k];
    if (!familyWord(t, g, stop, lang) || t!.lower === first.lower) break;
    family++;
    surname = t!.lower;
    end = k + 1;
    if (t!.poss) break;
  }
  // a place of two words ("Costa Rica", "Santa Cruz") is no name
  if (!family || g.places.has(`${first.lower} ${toks[i + 1]!.lower}`)) return null;
  let name = '';
  for (let k = i; k < end; k++) name += (name ? ' ' : '') + toks[k]!.text;
  // the role or title right before: "FDP-Chef", "président", "Frau Dr."
  let role: string | null = null;
  let cue = false;
  let k = i - 1;
  if (k >= from && toks[k]!.text === '.') k--;
  if (k >= from && toks[k]!.word) {
    let w = toks[k]!.lower;
    // an abbreviation keeps its period ("Dr.", "M.")
    if (w.endsWith('.')) w = w.slice(0, -1);
    const honorific = HONORIFIC_SETS.get(lang)?.has(w) && (toks[k]!.cap || w.length > 2);
    if (honorific) cue = true;
    else if (isRoleWord(w, lang) && (lang !== 'de' || toks[k]!.cap)) {
      cue = true;
      role = toks[k]!.text;
    }
  }
  // a party's or body's acronym after the name: "Friedrich Roth (CDU)"
  if (!cue && end < to && toks[end]!.text === '(' && acronymAt(toks, end, from, to)) cue = true;
  return { from: i, to: end, paraFrom: from, paraTo: to, name, surname, role, cue };
}

/** What the whole text says of its words, for weighing the name candidates. */
export interface TextWords {
  /** Capitalised words by lower case, with their counts. */
  capCount: Map<string, number>;
  /** Words the text also writes in lower case (not at a sentence's start): words, not names. */
  lowerSeen: Set<string>;
  /** Capitalised words the text writes after an article: nouns. */
  afterArticle: Set<string>;
}

/** Read the words of a text for `acceptedNames`. */
export function readTextWords(toks: NameTok[], lang: string): TextWords {
  const capCount = new Map<string, number>();
  const lowerSeen = new Set<string>();
  const afterArticle = new Set<string>();
  const articles = ARTICLE_SETS.get(lang);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.word) continue;
    if (!t.cap) lowerSeen.add(t.lower);
    else {
      capCount.set(t.lower, (capCount.get(t.lower) ?? 0) + 1);
      const prev = toks[i - 1];
      // (not the article of a name's particles: "von der Leyen")
      if (articles && prev && prev.word && !prev.cap && articles.has(prev.lower) && !LEADING_PARTICLES.has(toks[i - 2]?.lower ?? '')) {
        afterArticle.add(t.lower);
      }
    }
  }
  return { capCount, lowerSeen, afterArticle };
}

/**
 * The candidates that stand as people (see the module's comment). A given name the text also
 * writes in lower case or after an article is a word ("allen", "die Art"); in German and Dutch
 * so is a family name after an article ("den Teig").
 */
export function acceptedNames(candidates: NameCandidate[], words: TextWords, lang: string): NameCandidate[] {
  const { capCount, lowerSeen, afterArticle } = words;
  const nounFamily = ONE_FAMILY_WORD.has(lang);
  candidates = candidates.filter((c) => {
    const first = c.name.slice(0, c.name.indexOf(' ')).toLowerCase();
    return !lowerSeen.has(first) && !afterArticle.has(first) && !(nounFamily && afterArticle.has(c.surname));
  });
  const byName = new Map<string, number>();
  const inNames = new Map<string, number>();
  const cued = new Set<string>();
  for (const c of candidates) {
    const key = c.name.toLowerCase();
    byName.set(key, (byName.get(key) ?? 0) + 1);
    inNames.set(c.surname, (inNames.get(c.surname) ?? 0) + 1);
    if (c.cue) cued.add(key);
  }
  const stands = (c: NameCandidate, key: string) =>
    cued.has(key) || byName.get(key)! >= 2 || (capCount.get(c.surname) ?? 0) > (inNames.get(c.surname) ?? 0);
  const keys = new Set<string>();
  for (const c of candidates) if (stands(c, c.name.toLowerCase())) keys.add(c.name.toLowerCase());
  // a German genitive of a name that stands ("Max Webers Thesen")
  return candidates.filter((c) => {
    const key = c.name.toLowerCase();
    return keys.has(key) || (lang === 'de' && key.endsWith('s') && keys.has(key.slice(0, -1)));
  });
}
