/**
 * Speakers of quotes in languages other than English. The attribution rules read English; in
 * another language they can name a sentence's first word ("Und", "Mais", "En") or a capitalised
 * phrase before a colon ("Das Problem: „…“"), all the more where every noun is capitalised. A
 * speaker is kept there only when it reads as a name: function words of the text's language in
 * front are dropped ("Pour Jan Novak" → "Jan Novak"), two or more capitalised words are left
 * (name particles inside, "Anton von Berg"), or one word that is the surname of a full name given
 * as a speaker in the same text ("so Lindner" → "Greta Lindner"), else written in the text after a
 * capitalised word ("O Pacheco" → "Rodrigo Pacheco"). Else the quote has no speaker.
 */
import type { Quote } from '../../article';
import { functionWords } from '../function-words';
import { NAME_PARTICLES } from '../../data/speech-verbs';

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
function fullNameInText(surname: string, paragraphs: string[], stop: ReadonlySet<string> | undefined): string | null {
  for (const p of paragraphs) {
    for (let at = p.indexOf(surname); at >= 0; at = p.indexOf(surname, at + 1)) {
      if (isWordUnit(p, at + surname.length) || at < 2 || p[at - 1] !== ' ') continue;
      let start = at - 1;
      while (start > 0 && isWordUnit(p, start - 1)) start--;
      const given = p.slice(start, at - 1);
      if (given && GIVEN_RE.test(given) && !stop?.has(given.toLowerCase())) return `${given} ${surname}`;
    }
  }
  return null;
}

/**
 * Keep the speakers of `quotes` that read as names (see above), in place; `language` is a primary
 * tag, `paragraphs` the text the quotes come from.
 */
export function cleanSpeakers(quotes: Quote[], language: string, paragraphs: string[]): void {
  const stop = functionWords(language);
  const named = quotes.map((q) => (q.speaker ? nameWords(q.speaker, stop) : null));
  // full names by their last word, the first given
  const bySurname = new Map<string, string>();
  for (const words of named) {
    if (words && words.length > 1) {
      const key = words[words.length - 1]!.toLowerCase();
      if (!bySurname.has(key)) bySurname.set(key, words.join(' '));
    }
  }
  quotes.forEach((q, i) => {
    const words = named[i];
    if (!words) q.speaker = null;
    else if (words.length > 1) q.speaker = words.join(' ');
    else {
      const w = words[0]!;
      let full = bySurname.get(w.toLowerCase());
      if (full === undefined) {
        full = fullNameInText(w, paragraphs, stop) ?? '';
        bySurname.set(w.toLowerCase(), full);
      }
      q.speaker = full || null;
    }
  });
}
