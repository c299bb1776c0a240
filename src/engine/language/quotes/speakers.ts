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
  if (!rest.length) return null;
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

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The first "Given Surname" of the text for a surname, the given name being a capitalised word that is no function word. */
function fullNameInText(surname: string, paragraphs: string[], stop: ReadonlySet<string> | undefined): string | null {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)\\s+${escapeRe(surname)}(?![\\p{L}\\p{N}])`, 'gu');
  for (const p of paragraphs) {
    if (!p.includes(surname)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(p); m; m = re.exec(p)) {
      if (!stop?.has(m[1]!.toLowerCase())) return `${m[1]} ${surname}`;
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
