/** Author strings → clean personal names. */
import { AUTHOR_ROLE_WORDS, BYLINE_PREFIXES, NOT_A_NAME } from '../data/html-hints';

const PREFIX_RE = new RegExp(
  '^(?:' + BYLINE_PREFIXES.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') + ')\\b\\s*:?\\s*',
  'i',
);
const ROLES = new Set(AUTHOR_ROLE_WORDS);
const NOT_NAMES = new Set(NOT_A_NAME);
const ROLE_TAIL_RE = new RegExp(
  '\\s*[,|/(–—-]?\\s*\\b(?:' +
    [...AUTHOR_ROLE_WORDS].sort((a, b) => b.length - a.length).filter((w) => w !== 'and' && w !== 'the').map((w) => w.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|') +
    ')\\b.*$',
  'i',
);

const SPLIT_RE = /\s*(?:,|;|&|\+|\||\/)\s*|\s+(?:and|And|AND|und|et|y|e|with)\s+/;

function cleanOne(raw: string): string | null {
  let s = raw.replace(/\s+/g, ' ').trim();
  if (!s) return null;
  for (let i = 0; i < 3; i++) {
    const before = s;
    s = s.replace(PREFIX_RE, '').trim();
    s = s.replace(/^[\s\-–—:•·|,.]+|[\s\-–—:•·|,.]+$/g, '');
    if (s === before) break;
  }
  s = s.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  // "Jane Doe is a writer …", "Jane Doe for Example Magazine", "Jane Doe in Science".
  s = s.replace(/\s+(?:is|was|for|in|at|of|from|on|writes|reports)\s+.*$/, '').trim();
  if (!s) return null;
  // Short all-capitals tokens are agencies or places (AP, TNN, USA), not people.
  if (/^[A-Z]{1,4}$/.test(s)) return null;
  if (/https?:|www\.|@|\.com\b|\.org\b|\/\//i.test(s)) return null;
  if (/\d/.test(s)) return null;
  const lower = s.toLowerCase();
  if (ROLES.has(lower) || NOT_NAMES.has(lower)) return null;
  const words = s.split(' ');
  if (words.length > 5 || s.length < 3 || s.length > 60) return null;
  // A name has at least one capitalised word (or non-Latin letters).
  if (!/\p{Lu}/u.test(s) && /[a-z]/.test(s)) return null;
  if (!/\p{L}/u.test(s)) return null;
  return s;
}

/** Split a byline into names: "By Jane Doe and John Roe, Staff Writers" → ["Jane Doe", "John Roe"]. */
export function splitAuthors(raw: string): string[] {
  let s = raw.replace(/\s+/g, ' ').trim();
  if (!s || s.length > 300) return [];
  // Drop a date or time and whatever follows ("By Jane Doe | March 3, 2020").
  s = s.replace(/\s*(?:\||•|·|—|–|\bon\b|\bupdated\b|\bpublished\b|\bposted\b).*?\d.*$/i, '');
  s = s.replace(PREFIX_RE, '');
  const out: string[] = [];
  for (const part of s.split(SPLIT_RE)) {
    if (!part) continue;
    let p = part.replace(ROLE_TAIL_RE, '').trim();
    if (!p) continue;
    p = p.replace(PREFIX_RE, '').trim();
    const c = cleanOne(p);
    if (c) out.push(c);
  }
  return out;
}

/** Clean and deduplicate a list of author strings. */
export function cleanAuthors(raws: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const r of raws) {
    for (const name of splitAuthors(r)) {
      const key = name.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(name);
    }
  }
  return out;
}
