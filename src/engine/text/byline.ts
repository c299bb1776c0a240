/**
 * Bylines: "by Jane Doe, Reuters", "By JOHN SMITH", "By Jane Doe and Ann Lee, Associated Press",
 * "By Jane Doe (AP)", "BY MARY ROE, AP Science Writer". Names come back clean (ALL-CAPS names
 * title-cased); an agency named in the byline is returned beside them.
 */
import type { Agency } from '../article';
import { agencyIn, findAgency } from './agency';
import { capitalizeWord } from './dateline';

export interface Byline {
  authors: string[];
  agency: Agency | null;
}

const BY = /^\s*by\s*:?\s+/i;
const MAX_LEN = 160;

/** Words that mark a job title or an outlet, not a person ("Staff Writer", "Bureau Chief"). */
const ROLE_WORDS = new Set([
  'staff', 'writer', 'writers', 'correspondent', 'correspondents', 'reporter', 'reporters',
  'editor', 'editors', 'bureau', 'chief', 'news', 'press', 'times', 'post', 'journal',
  'herald', 'tribune', 'newspaper', 'magazine', 'special', 'contributor', 'contributing',
  'columnist', 'photographer', 'service', 'services', 'agency', 'media', 'network', 'online',
  'wire', 'wires', 'desk', 'team', 'senior', 'associate', 'political', 'economics',
  'business', 'science', 'sports', 'medical', 'diplomatic', 'national', 'foreign', 'update',
  'updated', 'published', 'analyst', 'analysis', 'report', 'reports', 'international',
]);
/** Lower-case particles inside personal names ("Ludwig van Beethoven", "Osama bin Laden"). */
const PARTICLES = new Set([
  'de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'la', 'le', 'van', 'von', 'der',
  'den', 'ter', 'ten', 'bin', 'bint', 'ibn', 'al', 'el', 'y', 'e', 'st.',
]);
const NAME_WORD = /^[\p{Lu}][\p{L}\p{M}.'’-]*$/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;

/** "JOHN SMITH" → "John Smith", "MARK O'NEILL" → "Mark O'Neill"; mixed case kept. */
export function cleanName(name: string): string {
  const n = name.replace(/\s+/g, ' ').trim();
  if (LOWER.test(n)) return n;
  return n
    .split(' ')
    .map((w) => {
      if (/^(?:\p{L}\.)+$/u.test(w)) return w; // initials "J." / "J.R."
      const lower = w.toLowerCase();
      if (PARTICLES.has(lower)) return lower;
      return lower.split('-').map(capitalizeWord).join('-');
    })
    .join(' ');
}

/** Does `part` look like a personal name (2–5 capitalized words, particles allowed)? */
function isName(part: string): boolean {
  const words = part.split(' ').filter(Boolean);
  if (words.length < 2 || words.length > 5) return false;
  let letters = 0;
  for (const w of words) {
    if (ROLE_WORDS.has(w.toLowerCase())) return false;
    if (PARTICLES.has(w.toLowerCase()) && w !== words[0]) continue;
    if (!NAME_WORD.test(w)) return false;
    for (const ch of w) if (LETTER.test(ch)) letters++;
  }
  return letters >= 3;
}

/** Is this line a byline ("By …")? Cheap test before parseByline. */
export function looksLikeByline(line: string): boolean {
  return line.length <= MAX_LEN && BY.test(line);
}

/**
 * Parse a byline. Returns null unless the line starts with "By" and yields at least one name
 * or a known agency.
 */
export function parseByline(line: string): Byline | null {
  if (!looksLikeByline(line)) return null;
  let body = line.replace(BY, '').trim();
  let agency: Agency | null = null;
  // "(AP)" / "(Reuters)" at the end.
  const paren = /\(([^()]{1,40})\)\s*$/.exec(body);
  if (paren) {
    agency = findAgency(paren[1].trim());
    body = body.slice(0, paren.index).trim();
  }
  // Whitespace is collapsed first so the splitter has no adjacent \s runs (those backtrack
  // cubically on long runs of spaces).
  const parts = body
    .replace(/\s+/g, ' ')
    .split(/ ?(?:[,;|/&]| and | with | [-\u2013\u2014] ) ?/i)
    .map((p) => {
      const t = p.trim().replace(/[,;:]+$/, '');
      // "Reuters." / "Smith." lose the period; an initial ("J.") keeps it.
      return /\p{L}{2}\.$/u.test(t) ? t.slice(0, -1) : t;
    })
    .filter(Boolean);
  const authors: string[] = [];
  for (const part of parts) {
    const a = findAgency(part);
    if (a) {
      agency ??= a;
      continue;
    }
    if (isName(part)) {
      authors.push(cleanName(part));
      continue;
    }
    // "AP Science Writer", "Associated Press Writer": an affiliation naming the agency.
    const inner = agencyIn(part);
    if (inner) agency ??= inner;
  }
  if (!authors.length && !agency) return null;
  return { authors, agency };
}
