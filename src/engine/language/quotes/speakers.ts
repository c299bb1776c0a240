/**
 * Speakers of quotes in languages other than English. The attribution rules read English; in
 * another language they can name a sentence's first word ("Und", "Mais", "En") or a capitalised
 * phrase before a colon ("Das Problem: „…“"), all the more where every noun is capitalised. A
 * speaker is kept there only when it reads as a name: function words of the text's language in
 * front are dropped ("Pour Jan Novak" → "Jan Novak"), two or more capitalised words are left
 * (name particles inside, "Anton von Berg"), or one word that is the surname of a full name given
 * as a speaker in the same text ("so Lindner" → "Greta Lindner"), else written in the text after a
 * capitalised word ("O Pacheco" → "Rodrigo Pacheco"). Else the quote has no speaker.
 *
 * The speaker is the person's full name (the contract), so what stands before the name goes: a
 * role ("Bürgermeisterin Greta Lindner", "Die Hamburger Datenschutzbeauftragte Greta Lindner" →
 * "Greta Lindner"), cut at the first given name that a family name follows, or a role word before
 * a family name ("Bischof Stäblein" → "Stäblein", then read as above). A speaker that is one of
 * the entity layer's people (by name or alias, a German genitive too: "Greta Lindners Antwort")
 * is that person. In German, where every noun is capitalised, a phrase of two words or more that
 * starts with no given name but a word the text also writes in lower case or after an article
 * ("Kein Wunder", "Anfang Mai": "am Anfang") is no name: it is the person whose family name it
 * ends with ("Doch Preetz"), or no one.
 */
import type { Person, Quote } from '../../article';
import { functionWords } from '../function-words';
import { NAME_PARTICLES } from '../../data/speech-verbs';
import { gazetteer } from '../entities/gazetteer';
import { isGivenName, isRoleWord } from '../entities/people-other-languages';
import { GERMAN_PHRASE_STARTS } from '../../data/person-roles';

const PHRASE_STARTS = new Set(GERMAN_PHRASE_STARTS);

const PARTICLES = new Set(NAME_PARTICLES);
/** Particles that stand only after another ("von der Leyen"), never alone ("Frage der Zeit"). */
const SECOND_PARTICLES = new Set(['der', 'den']);
const UPPER_RE = /^\p{Lu}/u;
const ALL_CAPS_RE = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

/** The words of a speaker that can be a name, function words in front dropped; null when none can. */
function nameWords(speaker: string, stop: ReadonlySet<string> | undefined): string[] | null {
  const words = speaker.split(/\s+/).filter(Boolean);
  let a = 0;
  while (a < words.length && stop?.has(words[a]!.toLowerCase())) a++;
  const rest = words.slice(a);
  // nothing left, or a function word at the end ("Fragen Sie")
  if (!rest.length || stop?.has(rest[rest.length - 1]!.toLowerCase())) return null;
  for (let i = 0; i < rest.length; i++) {
    const w = rest[i]!;
    if (UPPER_RE.test(w)) continue;
    // a particle inside a name, before a capitalised word or another particle
    const lower = w.toLowerCase();
    if (i === 0 || i === rest.length - 1 || !PARTICLES.has(lower)) return null;
    if (SECOND_PARTICLES.has(lower) && !PARTICLES.has(rest[i - 1]!.toLowerCase())) return null;
  }
  // a shouted phrase ("ME ESCAPÉ DEL COLEGIO"), not a name
  if (rest.length > 1 && rest.every((w) => ALL_CAPS_RE.test(w))) return null;
  return rest;
}

/** A given name as the text writes it before a surname: "Rodrigo", "Anna-Lena". */
const GIVEN_RE = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
const WORD_UNIT_RE = /[\p{L}\p{N}\p{M}-]/u;
const isWordUnit = (s: string, i: number) => i >= 0 && i < s.length && WORD_UNIT_RE.test(s[i]!);

/**
 * The first "Given Surname" of the text for a surname, the given name being a capitalised word
 * that is no function word. Found with indexOf, not a regular expression made per surname: each
 * new one is compiled, and a class like \p{Lu} makes that cost more than the whole search.
 */
function fullNameInText(
  surname: string,
  paragraphs: string[],
  stop: ReadonlySet<string> | undefined,
  language: string,
  givenOnly = false,
): string | null {
  for (const p of paragraphs) {
    for (let at = p.indexOf(surname); at >= 0; at = p.indexOf(surname, at + 1)) {
      if (isWordUnit(p, at + surname.length) || at < 2 || p[at - 1] !== ' ') continue;
      let start = at - 1;
      while (start > 0 && isWordUnit(p, start - 1)) start--;
      const given = p.slice(start, at - 1);
      const lower = given.toLowerCase();
      if (!given || !GIVEN_RE.test(given) || stop?.has(lower) || isRoleWord(lower, language)) continue;
      if (!givenOnly || isGivenName(gazetteer(), lower)) return `${given} ${surname}`;
    }
  }
  return null;
}

const LOWER_WORD_RE = /(?<![\p{L}\p{M}\p{N}-])\p{Ll}[\p{L}\p{M}]*/gu;
const AFTER_ARTICLE_RE = /(?<![\p{L}\p{M}])(?:[dD](?:er|ie|as|en|em|es)|[eE]in(?:e[mnrs]?)?|[kK]ein(?:e[mnrs]?)?|[aA]m|[iI]m|[zZ]um|[zZ]ur|[vV]om|[bB]eim) (\p{Lu}[\p{L}\p{M}-]*)/gu;

/**
 * The words of a German text that are no given names (lower case): those it also writes in lower
 * case ("kein", "laut", "zögerliches") and the capitalised ones it writes after an article
 * ("am Anfang", "die Messe"). Read once per text, and only when a speaker asks.
 */
function readNouns(paragraphs: string[]): Set<string> {
  const out = new Set<string>();
  for (const p of paragraphs) {
    for (const m of p.matchAll(LOWER_WORD_RE)) out.add(m[0]);
    for (const m of p.matchAll(AFTER_ARTICLE_RE)) out.add(m[1]!.toLowerCase());
  }
  return out;
}

/**
 * Keep the speakers of `quotes` that read as names (see above), in place; `language` is a primary
 * tag, `paragraphs` the text the quotes come from.
 */
export function cleanSpeakers(quotes: Quote[], language: string, paragraphs: string[], people: Person[] = []): void {
  const stop = functionWords(language);
  const g = gazetteer();
  // the people by name and alias, and by the family name of a full name
  const personByForm = new Map<string, string>();
  const personBySurname = new Map<string, string>();
  for (const p of people) {
    for (const form of [p.name, ...p.aliases]) if (!personByForm.has(form.toLowerCase())) personByForm.set(form.toLowerCase(), p.name);
    const parts = p.name.split(' ');
    if (parts.length > 1 && !personBySurname.has(parts[parts.length - 1]!.toLowerCase())) personBySurname.set(parts[parts.length - 1]!.toLowerCase(), p.name);
  }
  const person = (words: string[]): string | undefined => {
    const key = words.join(' ').toLowerCase();
    // a German genitive: "Greta Lindners"
    return personByForm.get(key) ?? (language === 'de' && key.endsWith('s') ? personByForm.get(key.slice(0, -1)) : undefined);
  };
  const nounsCapitalised = language === 'de' || language === 'lb';
  let nouns: Set<string> | null = null;
  const resolved: Array<string | null> = [];
  const named = quotes.map((q, i) => {
    resolved[i] = null;
    let words = q.speaker ? nameWords(q.speaker, stop) : null;
    if (!words) return null;
    // a person, or a person's genitive and a noun ("Greta Lindners Antwort" → Greta Lindner)
    let hit = person(words);
    if (!hit && language === 'de' && words.length > 2 && words[words.length - 2]!.endsWith('s')) hit = person(words.slice(0, -1));
    if (hit) {
      resolved[i] = hit;
      return words;
    }
    // the role before a name: from the first given name that a family name follows
    const k = words.findIndex((w, j) => j < words!.length - 1 && UPPER_RE.test(w) && isGivenName(g, w.toLowerCase()));
    if (k > 0) words = words.slice(k);
    else if (k < 0 && words.length > 1 && isRoleWord(words[0]!.toLowerCase(), language)) words = words.slice(1);
    hit = person(words);
    if (hit) resolved[i] = hit;
    else if (nounsCapitalised && words.length > 1 && k < 0 && (PHRASE_STARTS.has(words[0]!.toLowerCase()) || (nouns ??= readNouns(paragraphs)).has(words[0]!.toLowerCase()))) {
      // capitalised nouns, no name: the person whose family name ends them, else no one
      const last = words[words.length - 1]!;
      resolved[i] = personBySurname.get(last.toLowerCase()) ?? fullNameInText(last, paragraphs, stop, language, true);
      return resolved[i] ? words : null;
    }
    return words;
  });
  // full names by their last word, the first given
  const bySurname = new Map<string, string>();
  named.forEach((found, i) => {
    const words = resolved[i] ? resolved[i]!.split(' ') : found;
    if (words && words.length > 1) {
      const key = words[words.length - 1]!.toLowerCase();
      if (!bySurname.has(key)) bySurname.set(key, words.join(' '));
    }
  });
  quotes.forEach((q, i) => {
    const words = named[i];
    if (resolved[i]) q.speaker = resolved[i]!;
    else if (!words) q.speaker = null;
    else if (words.length > 1) q.speaker = words.join(' ');
    else {
      const w = words[0]!;
      let full = bySurname.get(w.toLowerCase());
      if (full === undefined) {
        full = personBySurname.get(w.toLowerCase()) ?? fullNameInText(w, paragraphs, stop, language) ?? '';
        bySurname.set(w.toLowerCase(), full);
      }
      q.speaker = full || null;
    }
  });
}
