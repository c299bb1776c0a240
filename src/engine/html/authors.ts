/** Author strings → clean personal names. */
import { gazetteer } from '../language/entities/gazetteer';
import { WS_RUN_RE, type El } from './tree';
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
/**
 * Name particles: a personal name may hold them between capitalised words ("Anna von Berg"), and
 * one before "der"/"de" starts a surname ("von der Leyen"), not a job title.
 */
const NAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'del', 'della', 'di', 'du', 'la', 'le', 'zu', 'ter', 'ten', 'dos', 'das', 'bin', 'al', 'vom', 'zum', 'zur']);
/** The particles that may stand before a surname or after the given names in "Surname, Given". */
const PARTICLE_ALT = [...NAME_PARTICLES].join('|');
/**
 * "Surname, Given": one surname (particles before it, a hyphenated second part), a comma, then
 * initials ("F.", "J. R.") or one to three given names (initials after the first), then particles.
 */
const SURNAME_FIRST_RE = new RegExp(
  `^((?:(?:${PARTICLE_ALT})\\s+)*\\p{Lu}[\\p{L}'’]+(?:-\\p{Lu}[\\p{L}'’]+)?),\\s*` +
    `(\\p{Lu}\\.(?:\\s*-?\\p{Lu}\\.)*|\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}\\p{Ll}+)?(?:\\s+(?:\\p{Lu}[\\p{Ll}'’]+|\\p{Lu}\\.)){0,2})` +
    `((?:\\s+(?:${PARTICLE_ALT}))*)$`,
  'u',
);

/**
 * A name written "Surname, Given", as library catalogue fields write it (Dublin Core
 * `dc.creator`, `citation_author`), given name first: "Kooman, F." → "F. Kooman",
 * "Jong, Michiel de" → "Michiel de Jong". Anything else (two names, "Jane Doe, John Roe"; an
 * agency pair, "Reuters, AP"; more than one comma) is returned as it is.
 */
export function givenFirst(v: string): string {
  const m = SURNAME_FIRST_RE.exec(v.trim());
  if (!m) return v;
  const particles = m[3].trim();
  return `${m[2]}${particles ? ' ' + particles : ''} ${m[1]}`;
}

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

/**
 * A date or time run into the last name by markup without a space ("Marta RuizHace 3 horas",
 * "Jane DoeUpdated 5 min ago"): cut at the glue, a lower-case letter then a capital, before the
 * first digit. Name prefixes written with a capital after them ("McDonald", "DiCaprio") stay whole.
 */
const GLUED_NAME_PREFIXES = new Set(['mc', 'mac', 'de', 'di', 'da', 'du', 'la', 'le', 'van', 'von', 'del', 'des', 'st', 'ja', 'o']);
function cutGluedTail(s: string): string {
  const digit = s.search(/\d/);
  if (digit < 0) return s;
  for (let i = digit - 1; i > 4; i--) {
    const c = s[i];
    if (c === ',' || c === '|' || c === ';') break;
    if (c !== c.toUpperCase() || c === c.toLowerCase()) continue;
    const p = s[i - 1];
    if (p === p.toLowerCase() && p !== p.toUpperCase()) {
      let start = i - 1;
      while (start > 0 && /\p{L}/u.test(s[start - 1])) start--;
      if (i - start >= 2 && !GLUED_NAME_PREFIXES.has(s.slice(start, i).toLowerCase())) return s.slice(0, i);
    }
  }
  return s;
}

function stripPrefixes(s: string): string {
  // A connector left by a compound label ("Text und Interview: Jane Doe" → "und Interview: …").
  s = s.replace(/^(?:und|and|&)\s+(?=\S)/, '');
  s = s.replace(GLUED_PREFIX_RE, '').replace(PREFIX_RE, '');
  const r = ROLE_PREFIX_RE.exec(s);
  if (r && ROLE_NOUNS.has(r[1].toLowerCase())) s = s.slice(r[0].length);
  return s;
}

/** A name that ends with an initial or with "Jr" / "Sr", whose full stop belongs to it. */
const FINAL_ABBREVIATION_RE = /(?:^|\s)(?:\p{Lu}|Jr|Sr)$/u;

function cleanOne(raw: string, lenient: boolean, later = false): string | null {
  let s = raw.replace(WS_RUN_RE, ' ').trim();
  if (!s) return null;
  for (let i = 0; i < 3; i++) {
    const before = s;
    s = stripPrefixes(s).trim();
    s = s.replace(/^[\s\-–—:•·|,.]+/, '');
    const tail = /[\s\-–—:•·|,.]+$/.exec(s);
    if (tail) {
      s = s.slice(0, tail.index);
      // the full stop of a final initial or suffix is the name's ("Lena M.", "Perry Bacon Jr.")
      if (tail[0][0] === '.' && FINAL_ABBREVIATION_RE.test(s)) s += '.';
    }
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
  if (words.length <= 3 && isPlaceName(lower, words[0].toLowerCase(), later)) return null;
  return s;
}

/**
 * Split a byline into names: "By Jane Doe and John Roe, Staff Writers" → ["Jane Doe", "John Roe"].
 * `lenient`: the string comes from a structured author field, so a lower-case user name or a
 * short all-capitals handle is kept.
 */
export function splitAuthors(raw: string, lenient = false): string[] {
  // Soft hyphens and zero-width characters never belong to a name ("Mat\u00adthias").
  let s = raw.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '').replace(HANDLE_RE, ' ').replace(WS_RUN_RE, ' ').trim();
  if (!s || s.length > 300) return [];
  s = cutGluedTail(s);
  // Drop a date or time and whatever follows ("By Jane Doe | March 3, 2020").
  s = s.replace(/\s*(?:\||•|·|—|–|\bon\b|\bam\b|\ble\b|\b(?:last |zuletzt )?updated\b|\bzuletzt aktualisiert\b|\bpublished\b|\bposted\b).*?\d.*$/i, '');
  s = cutUrlTail(s.replace(TRAILING_DATE_RE, '').replace(TAIL_PHRASE_RE, ''));
  // A doubled prefix ("Byby Jane Doe", "By By Jane Doe").
  s = s.replace(/^(?:by\s*)+(?=by\s)/i, '');
  s = stripPrefixes(s);
  const out: string[] = [];
  const parts = splitDashedNames(s.split(SPLIT_RE));
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (!part) continue;
    let p = part.replace(ROLE_TAIL_RE, '').trim();
    if (!p) continue;
    p = stripPrefixes(p).trim();
    const role = ROLE_PHRASE_RE.exec(p);
    if (role && !NAME_PARTICLES.has(role[1].toLowerCase())) continue;
    const c = cleanOne(p, lenient, i > 0);
    if (c) out.push(c);
  }
  return out;
}

/** A dash with spaces around it, between two parts of a byline. */
const SPACED_DASH_RE = /\s+[-–—]\s+/;

/**
 * Parts that are personal names joined by a spaced dash ("Matthias Holm - Lukas Brand") split
 * into the names; any other dash ("Jane Doe - Staff Writer") is left to the role rules.
 */
function splitDashedNames(parts: string[]): string[] {
  if (!parts.some((p) => SPACED_DASH_RE.test(p))) return parts;
  const out: string[] = [];
  for (const p of parts) {
    const names = p.split(SPACED_DASH_RE);
    if (names.length > 1 && names.every((n) => isPersonalName(n))) out.push(...names);
    else out.push(p);
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

/**
 * A place that is not also a given name ("Jordan"): a dateline, not an author. A country or a major
 * place anywhere ("Germany", "New York"); any town after the first name ("Jane Doe, Frankfurt").
 */
function isPlaceName(lower: string, firstWord: string, later: boolean): boolean {
  const g = gazetteer();
  const place = g.places.get(lower);
  return !!place && (later || isMajorPlace(place)) && !g.given.has(firstWord);
}

/** A country, or a place that is not a minor one. */
function isMajorPlace(place: { country: boolean; minor?: boolean }): boolean {
  return place.country || !place.minor;
}

/**
 * A person's name rather than a brand's: two to four words, capitalised (or particles), the
 * first a known given name, none a country or major place ("Jane Doe", "Anna von Berg"; not
 * "Harbour Post", "Daily Planet", "Happy Coffee Germany").
 */
export function isPersonalName(n: string): boolean {
  const words = n.trim().split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  if (ORG_RE.test(n) || NOT_NAMES.has(n.toLowerCase())) return false;
  if (!words.every((w, i) => (i > 0 && NAME_PARTICLES.has(w)) || /^\p{Lu}(?:\p{Ll}|['’-])+$|^\p{Lu}\.$|^[JS]r\.$/u.test(w))) return false;
  const g = gazetteer();
  if (!g.given.has(words[0].toLowerCase())) return false;
  // A country or a major place among the words names a business ("Happy Coffee Germany").
  for (const w of words.slice(1)) {
    const place = g.places.get(w.toLowerCase());
    if (place && isMajorPlace(place)) return false;
  }
  return true;
}

/** One capitalized given name ("Maria", "Kathrin") that names no place ("Paris", "Jordan"). */
export function isGivenNameAlone(n: string): boolean {
  const w = n.trim();
  if (!/^\p{Lu}\p{Ll}+$/u.test(w)) return false;
  const g = gazetteer();
  const low = w.toLowerCase();
  return g.given.has(low) && !g.places.has(low);
}

/** "© 2012 Jane Doe", "Copyright (c) 2010-2014 Jane Doe", "(CC) 2008 by Jane Doe": the holder's name. */
const COPYRIGHT_RE =
  /(?:©|\([cC]\)|\(CC\)|\b[Cc]opyright\b|\bCOPYRIGHT\b)(?:\s{0,3}(?:©|\([cC]\)))?\s{0,3}(?:\d{4}(?:\s{0,2}[-–]\s{0,2}(?:\d{4})?)?\s{0,3},?\s{0,3})?(?:by\s{1,3})?(\p{Lu}[\p{Ll}'’-]{1,30}(?:\s\p{Lu}\.|\s(?:von|van|de|der|den)(?=\s)|\s\p{Lu}[\p{Ll}'’-]{1,30}){1,3})(?!\p{L})/u;
/** A line opening with the years then "by" ("2006-2008 by Jane Doe"), as licence credits are written. */
const YEARS_BY_RE = /^[\s).,:|-]{0,4}\d{4}(?:\s{0,2}[-–]\s{0,2}\d{4})?\s{1,3}by\s{1,3}(\p{Lu}[\p{Ll}'’-]{1,30}(?:\s\p{Lu}[\p{Ll}'’-]{1,30}){1,2})(?!\p{L})/u;
/** Words a copyright line goes on with after the holder ("Jane Doe All rights reserved"). */
const COPYRIGHT_TAIL_WORDS = new Set(['All', 'Alle', 'Tous', 'Todos', 'Tutti', 'Some', 'Powered', 'Hosted', 'Design', 'Theme', 'Impressum', 'Datenschutz', 'Privacy']);
/** A text worth a closer look: a copyright mark, or " by " (a licence credit). */
const COPYRIGHT_HINT_RE = /©|\([cC]|opyright|OPYRIGHT| by /;
const COPYRIGHT_MARK_RE = /©|\([cC]|opyright|OPYRIGHT/;
/** How many nodes, from the end of the page, may hold its copyright line. */
const COPYRIGHT_SCAN_NODES = 3000;
const COPYRIGHT_SKIP = new Set(['head', 'script', 'style', 'noscript', 'template', 'svg', 'figure', 'figcaption', 'select', 'button', 'textarea']);

/**
 * The person a page's copyright line names ("Copyright (c) 2012- Jane Doe. All rights reserved."):
 * on a personal site, the author. The last one on the page counts. Only a person's name (see isPersonalName) counts; photo credits
 * (in figures, after "Foto"/"Photo"/"Bild", or "© Jane Roe / Agency") do not.
 */
export function copyrightHolder(root: El): string | null {
  // From the end of the page backwards: the copyright line closes a page, so only its last
  // nodes are read (a page without one is not walked whole).
  const stack: (El | string)[] = [root];
  let steps = 0;
  while (stack.length && steps++ < COPYRIGHT_SCAN_NODES) {
    const n = stack.pop() as El | string;
    if (typeof n !== 'string') {
      if (COPYRIGHT_SKIP.has(n.tag)) continue;
      const ch = n.children;
      for (let i = 0; i < ch.length; i++) stack.push(ch[i]);
      continue;
    }
    if (n.length > 300 || n.length < 8 || !COPYRIGHT_HINT_RE.test(n)) continue;
    const m = COPYRIGHT_MARK_RE.test(n) ? COPYRIGHT_RE.exec(n) : null;
    const y = m ? null : YEARS_BY_RE.exec(n);
    const hit = m ?? y;
    if (!hit) continue;
    if (/(?:foto|photo|bild|image|picture)s?\s*:?\s*$/i.test(n.slice(Math.max(0, hit.index - 12), hit.index))) continue;
    // "© Jane Roe / Harbour Agency": a photo credit, the photographer and the agency.
    if (/^\s*\/\s*\S/.test(n.slice(hit.index + hit[0].length))) continue;
    const words = hit[1].split(' ');
    let end = words.length;
    for (let i = 1; i < words.length; i++) {
      if (COPYRIGHT_TAIL_WORDS.has(words[i])) {
        end = i;
        break;
      }
    }
    const name = words.slice(0, end).join(' ');
    if (isPersonalName(name)) return name;
  }
  return null;
}
