/** Author strings → clean personal names. */
import { AUTHOR_ROLE_NOUNS, AUTHOR_ROLE_WORDS, AUTHOR_TAIL_PHRASES, BYLINE_PREFIXES, NOT_A_NAME, ORGANIZATION_MARKERS } from '../data/html-hints';

const PREFIX_RE = new RegExp(
  '^(?:' +
    [...BYLINE_PREFIXES]
      .sort((a, b) => b.length - a.length)
      .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|') +
    ')(?=[\\s:]|$)\\s*:?\\s*',
  'i',
);
/** A prefix glued to the name by a missing space: "Posted byJane Doe", "AuthorJane Doe". */
const GLUED_PREFIX_RE = /^(?:[Vv]eröffentlicht von|[Ee]ingestellt von|[Gg]eschrieben von|[Ww]ritten by|[Pp]osted by|[Pp]ublié par|Author|Autor|Auteur|By|Von)(?=\p{Lu}\p{Ll})/u;
/** A social handle after the name: "Jane Doe @janedoe". */
const HANDLE_RE = /\s+@[\w.]+/g;
const ROLES = new Set(AUTHOR_ROLE_WORDS);
const NOT_NAMES = new Set(NOT_A_NAME);
const ROLE_TAIL_RE = new RegExp(
  '\\s*[,|/(–—-]?\\s*\\b(?:' +
    [...AUTHOR_ROLE_WORDS].sort((a, b) => b.length - a.length).filter((w) => w !== 'and' && w !== 'the').map((w) => w.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|') +
    ')\\b.*$',
  'i',
);

/** A legal form or organization word marks a company or association, not a person ("Example e.V.", "Acme GmbH"). */
const ORG_RE = new RegExp(
  '(?:^|[\\s,])(?:' + ORGANIZATION_MARKERS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') + ')(?=$|[\\s,.])',
  'i',
);
/** A name ending in a legal form ("Harbour Rowing Club e.V.", "Acme Widgets GmbH"): an organization's full name. */
const ORG_NAME_END_RE = new RegExp(
  '\\s(?:' + ORGANIZATION_MARKERS.filter((w) => w.length > 2 || w === 'ag' || w === 'kg').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') + ')\\.?$',
  'i',
);
export function isOrganizationName(s: string): boolean {
  return ORG_NAME_END_RE.test(s.trim());
}

/** A link label after the name ("Jane Doe All articles"). */
const TAIL_PHRASE_RE = new RegExp('\\s+(?:' + AUTHOR_TAIL_PHRASES.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') + ')\\b.*$', 'i');
/** A date written after the names ("Jane Doe March 3, 2020", "Jane Doe 12.03.2020"). */
const TRAILING_DATE_RE =
  /\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\.?\s+(?:jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec)[a-zä]*\.?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}年).*$/i;

const SPLIT_RE = /\s*(?:,|;|&|\+|\||\/)\s*|\s+(?:im (?:Gespräch|Interview) mit|and|And|AND|und|et|y|e|with)\s+/;

const ROLE_NOUNS = new Set(AUTHOR_ROLE_NOUNS);
/** A job noun before the name, alone or closing a hyphenated compound ("Example-Online-Experte Jane Doe"). */
const ROLE_PREFIX_RE = /^(?:[\p{L}\d.]+-)*(\p{L}+)\s+(?=\p{Lu})/u;
/** Name particles that may come before "der"/"de" in a surname ("von der Leyen"). */
const PARTICLES = new Set(['von', 'van', 'de', 'da', 'di', 'du', 'del', 'della', 'la', 'le', 'zu', 'ter', 'ten', 'vom', 'zum', 'zur']);
/** One word then "der/des/für/of …": a job title ("Projektleiterin der Stiftung", "Director of Research"), not a name. */
const ROLE_PHRASE_RE = /^(\p{L}+)\s+(?:der|des|für|vom|beim|bei|im|am|of|at)\s/u;
/** A web address left after the name ("Jane Doe - http://…", "Jane Doe www.example"). */
const URL_START_RE = /\b(?:https?|www)\b/i;
const TAIL_SEPARATORS = ' \t\n\r\f\v\u00a0-–—|:,';

/**
 * Cuts a web address and everything after it, with the spaces and one separator before it.
 * By hand, not one regex: `\s*[-|]?\s*\bhttp…` retried from every position of a long run of
 * spaces is quadratic.
 */
function cutUrlTail(s: string): string {
  const m = URL_START_RE.exec(s);
  if (!m) return s;
  let end = m.index;
  while (end > 0 && TAIL_SEPARATORS.includes(s[end - 1])) end--;
  return s.slice(0, end);
}

function stripPrefixes(s: string): string {
  // A connector left by a compound label ("Text und Interview: Jane Doe" → "und Interview: …").
  s = s.replace(/^(?:und|and|&)\s+(?=\S)/, '');
  s = s.replace(GLUED_PREFIX_RE, '').replace(PREFIX_RE, '');
  const r = ROLE_PREFIX_RE.exec(s);
  if (r && ROLE_NOUNS.has(r[1].toLowerCase())) s = s.slice(r[0].length);
  return s;
}

function cleanOne(raw: string, lenient: boolean): string | null {
  let s = raw.replace(/\s+/g, ' ').trim();
  if (!s) return null;
  for (let i = 0; i < 3; i++) {
    const before = s;
    s = stripPrefixes(s).trim();
    s = s.replace(/^[\s\-–—:•·|,.]+|[\s\-–—:•·|,.]+$/g, '');
    if (s === before) break;
  }
  if (ORG_RE.test(s)) return null;
  s = s.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  // "Jane Doe is a writer …", "Jane Doe for Example Magazine", "Jane Doe in Science".
  s = s.replace(/\s+(?:is|was|for|in|at|of|from|on|writes|reports)\s+.*$/, '').trim();
  if (!s) return null;
  const lower = s.toLowerCase();
  if (ROLES.has(lower) || NOT_NAMES.has(lower)) return null;
  // Short all-capitals tokens are agencies or places (AP, TNN, USA, SP-X), not people — unless a
  // structured author field (rel=author, an author element) gives them as the author's handle.
  if (/^[\p{Lu}\d&.-]{1,6}$/u.test(s) && !(lenient && /^\p{Lu}{2,4}$/u.test(s))) return null;
  if (/https?:|www\.|@|\.com\b|\.org\b|\/\//i.test(s)) return null;
  if (/\d/.test(s)) return null;
  const words = s.split(' ');
  if (words.length > 5 || s.length < (lenient ? 2 : 3) || s.length > 60) return null;
  // A name has at least one capitalised word (or non-Latin letters); a structured author field
  // may give a one-word lower-case user name ("jdoe").
  if (!/\p{Lu}/u.test(s) && /[a-z]/.test(s) && !(lenient && words.length === 1 && /^\p{L}[\p{L}\d_.-]{1,29}$/u.test(s))) return null;
  if (!/\p{L}/u.test(s)) return null;
  return s;
}

/**
 * Split a byline into names: "By Jane Doe and John Roe, Staff Writers" → ["Jane Doe", "John Roe"].
 * `lenient`: the string comes from a structured author field, so a lower-case user name or a
 * short all-capitals handle is kept.
 */
export function splitAuthors(raw: string, lenient = false): string[] {
  // Soft hyphens and zero-width characters never belong to a name ("Mat\u00adthias").
  let s = raw.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '').replace(HANDLE_RE, ' ').replace(/\s+/g, ' ').trim();
  if (!s || s.length > 300) return [];
  // Drop a date or time and whatever follows ("By Jane Doe | March 3, 2020").
  s = s.replace(/\s*(?:\||•|·|—|–|\bon\b|\bam\b|\ble\b|\bupdated\b|\bpublished\b|\bposted\b).*?\d.*$/i, '');
  s = cutUrlTail(s.replace(TRAILING_DATE_RE, '').replace(TAIL_PHRASE_RE, ''));
  // A doubled prefix ("Byby Jane Doe", "By By Jane Doe").
  s = s.replace(/^(?:by\s*)+(?=by\s)/i, '');
  s = stripPrefixes(s);
  const out: string[] = [];
  for (const part of s.split(SPLIT_RE)) {
    if (!part) continue;
    let p = part.replace(ROLE_TAIL_RE, '').trim();
    if (!p) continue;
    p = stripPrefixes(p).trim();
    const role = ROLE_PHRASE_RE.exec(p);
    if (role && !PARTICLES.has(role[1].toLowerCase())) continue;
    const c = cleanOne(p, lenient);
    if (c) out.push(c);
  }
  return out;
}

/** Clean and deduplicate a list of author strings. */
export function cleanAuthors(raws: string[], lenient = false): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const r of raws) {
    for (const name of splitAuthors(r, lenient)) {
      const key = name.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(name);
    }
  }
  return out;
}
