/**
 * Named entities: people, organizations and places found in the article text.
 *
 * Rule-based and linear: a tokenizer marks capitalized words and sentence starts; runs of
 * capitalized words (with name particles and "of") are split into a title/role prefix and a
 * name, then classified by gazetteers (countries, cities, regions, organizations), head words
 * ("… Ministry", "… River"), given names and context; finally short forms merge into full
 * names ("Putin" → "Vladimir Putin") and acronyms into organizations ("NATO").
 * All-caps lines (headlines, datelines) are only matched against the gazetteers and the
 * names found elsewhere in the text; non-English text gets gazetteer matches only.
 * Team sports (the headline names the sport): a name before a score in a results line or a
 * table row is a team, a name with a minute in parentheses a scorer, a name in parentheses
 * after a player his club; a name that is a team anywhere in the story is the team everywhere.
 */
import type { Dateline, Organization, Person, Place } from '../../article';
import { gazetteer, textGazetteer, type Gazetteer, type GazPlace } from './gazetteer';
import { charClasses, lowerCaseKeeps, lowerChanges } from '../char-classes';
import { LANGUAGE_COUNTRIES, NOUN_PLACE_NAMES, PLACE_CUES } from '../../data/noun-places';
import { functionWords } from '../function-words';
import { acceptedNames, nameAt, readTextWords, type NameCandidate } from './people-other-languages';
import { acronymAt, isGermanBody, legalFormAt } from './organizations-other-languages';

export interface EntityOptions {
  language: string | null;
  dateline?: Dateline | null;
  title?: string | null;
}

export interface Entities {
  people: Person[];
  organizations: Organization[];
  places: Place[];
}

/** Bound on the text scanned (characters), so that a huge input stays cheap. */
const MAX_CHARS = 400_000;

interface Tok {
  text: string;
  lower: string;
  /** First letter upper case. */
  cap: boolean;
  /** Every letter upper case (two letters or more). */
  upper: boolean;
  word: boolean;
  sentStart: boolean;
  /** Followed by a possessive 's (removed from text). */
  poss: boolean;
  para: number;
  /** Inside parentheses. */
  paren: boolean;
}

type Kind = 'person' | 'org' | 'place';

interface Mention {
  kind: Kind;
  /** Surface form of the name. */
  name: string;
  key: string;
  role?: string;
  place?: GazPlace;
  aliases?: string[];
  /** Full form the mention was found inside (org with demonym prefix). */
  alias?: string;
  /** A lone word whose type is a guess: it follows a person if one carries it. */
  weak?: boolean;
}

const ABBREV = new Set(
  'mr mrs ms dr gen st co inc corp ltd jr sr sen rep gov lt col capt maj sgt adm prof rev mt brig supt no vs messrs ft'.split(
    ' ',
  ),
);
const SAID = new Set('said says told added say tells adds wrote explained declared stated asked replied noted insisted'.split(' '));
const PLACE_PREP = new Set('in at near outside from inside across'.split(' '));
const GOVT_HEADS = new Set(
  'ministry department office army navy police parliament embassy government cabinet court council forces guard'.split(' '),
);

/*
 * Tokens, read by a hand-written scan equivalent to the regular expression
 *
 *   (?:\p{L}\.){2,} | \p{L}[\p{L}\p{M}]*(?:['’\-]\p{L}[\p{L}\p{M}]*)*(?:['’]s?)? | \d+(?:[.,:/\-]\d+)* | [^\s\p{L}\d]
 *
 * (with the u flag: dotted acronyms, words with inner apostrophes and hyphens and a possessive,
 * numbers, and any other character but white space alone).
 */
const LETTER_RE = /\p{L}/u;
const CAP_PREFIX_RE = /^(?:al|el|bin|ibn|abu)-\p{Lu}/u;
const NON_LETTERS_RE = /[^\p{L}]/gu;
const UPPER_LETTER_RE = /\p{Lu}/u;
const L_RE = /^\p{L}$/u;
const M_RE = /^\p{M}$/u;
const S_RE = /^\s$/u;

/** Character classes: bits of the code point's class (always 1 when known). */
const K_KNOWN = 1;
const K_LETTER = 2;
const K_MARK = 4;
const K_SPACE = 8;
function classOfChar(ch: string): number {
  return K_KNOWN | (L_RE.test(ch) ? K_LETTER : 0) | (M_RE.test(ch) ? K_MARK : 0) | (S_RE.test(ch) ? K_SPACE : 0);
}
const CLASSES = charClasses(classOfChar, K_KNOWN);
const classAt = CLASSES.at;

/** End of the token that starts at i (a character that is not white space). */
function tokenEnd(s: string, i: number, k: number): number {
  const n = s.length;
  if ((k >> 2) & K_LETTER) {
    // a dotted acronym: a letter and a period, twice or more
    let j = i;
    let reps = 0;
    let kk = k;
    for (;;) {
      const len = kk & 3;
      if (!((kk >> 2) & K_LETTER) || s.charCodeAt(j + len) !== 46) break;
      j += len + 1;
      reps++;
      if (j >= n) break;
      kk = classAt(s, j);
    }
    if (reps >= 2) return j;
    // a word: letters and marks, inner apostrophes and hyphens before a letter, a possessive
    j = i + (k & 3);
    for (;;) {
      while (j < n) {
        const k2 = classAt(s, j);
        if (!((k2 >> 2) & (K_LETTER | K_MARK))) break;
        j += k2 & 3;
      }
      const c = s.charCodeAt(j);
      if ((c === 39 || c === 0x2019 || c === 45) && j + 1 < n) {
        const k2 = classAt(s, j + 1);
        if ((k2 >> 2) & K_LETTER) {
          j += 1 + (k2 & 3);
          continue;
        }
      }
      break;
    }
    const c = s.charCodeAt(j);
    if (c === 39 || c === 0x2019) {
      j++;
      if (s.charCodeAt(j) === 115) j++;
    }
    return j;
  }
  const c = s.charCodeAt(i);
  if (c >= 48 && c <= 57) {
    let j = i + 1;
    for (;;) {
      while (j < n && isDigitCode(s.charCodeAt(j))) j++;
      const d = s.charCodeAt(j);
      if ((d === 46 || d === 44 || d === 58 || d === 47 || d === 45) && isDigitCode(s.charCodeAt(j + 1))) {
        j += 2;
        continue;
      }
      return j;
    }
  }
  return i + (k & 3);
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Is the UTF-16 unit a letter (\p{L})? */
function isLetterUnit(c: number): boolean {
  if (c < 0x80) return ((c | 32) >= 97 && (c | 32) <= 122);
  return (CLASSES.unit(c) & K_LETTER) !== 0;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/**
 * Two letters or more, all upper case (ASCII words by code; others as `letters === upper`).
 * A letter that upper-casing changes settles it at once: the letters upper-cased are then not
 * the letters (upper-casing maps each character on its own, to one character or more).
 */
function isUpperWord(t: string): boolean {
  let letters = 0;
  let upper = false;
  let wide = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 97 && c <= 122) return false; // a lower-case letter: not all capitals
    if (c >= 65 && c <= 90) {
      letters++;
      upper = true;
    } else if (c >= 0x80) {
      if (caseOf(c) === CASE_LOWER && isLetterUnit(c)) return false;
      wide = true;
    }
  }
  if (wide) {
    const l = t.replace(NON_LETTERS_RE, '');
    return l.length >= 2 && l === l.toUpperCase() && l !== l.toLowerCase();
  }
  return letters >= 2 && upper;
}

function tokenize(text: string, para: number, out: Tok[]): void {
  let sentStart = true;
  let depth = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const k = classAt(text, i);
    if ((k >> 2) & K_SPACE) {
      i += k & 3;
      continue;
    }
    let end = tokenEnd(text, i, k);
    let t = text.slice(i, end);
    i = end;
    const c = t.charCodeAt(0);
    const isWord = isLetterUnit(c);
    if (!isWord) {
      if (t === '.' || t === '!' || t === '?' || t === ':' || t === ';' || t === '•') sentStart = true;
      else if (t === '"' || t === '“' || t === '‘' || t === '(' || t === '\'' || t === '-' || t === '–' || t === '—') {
        // an opening quote or a dash keeps the sentence start
      } else if (c >= 48 && c <= 57) sentStart = false;
      if (t === ')' && depth > 0) depth--;
      out.push({ text: t, lower: t, cap: false, upper: false, word: false, sentStart: false, poss: false, para, paren: depth > 0 });
      if (t === '(') depth++;
      continue;
    }
    let poss = false;
    const len = t.length;
    if (len > 2) {
      // "O'Neill" keeps its apostrophe; only a final 's or s' is possessive
      const last = t.charCodeAt(len - 1);
      if (last === 115 && isApostrophe(t.charCodeAt(len - 2))) {
        t = t.slice(0, -2);
        poss = true;
      } else if (isApostrophe(last) && t.charCodeAt(len - 2) === 115) {
        t = t.slice(0, -1);
        poss = true;
      }
    }
    if (text.charCodeAt(i) === 46 /* . */) {
      const l = lowerCase(t);
      if (ABBREV.has(l) || (t.length === 1 && UPPER_LETTER_RE.test(t))) {
        t += '.';
        i++;
      }
    }
    const lower = lowerCase(t);
    let cap: boolean;
    if (c < 0x80) {
      cap = (c >= 65 && c <= 90) || ((t.charCodeAt(2) === 45 || t.charCodeAt(3) === 45) && CAP_PREFIX_RE.test(t));
    } else {
      cap = lowerChanges(c) || CAP_PREFIX_RE.test(t);
    }
    out.push({ text: t, lower, cap, upper: isUpperWord(t), word: true, sentStart, poss, para, paren: depth > 0 });
    sentStart = false;
  }
}

/**
 * `t.toLowerCase()`, without the call for a word that lower-casing leaves as it is (most words
 * of a text; the call was a third of the scan): see `lowerCaseKeeps`.
 */
function lowerCase(t: string): string {
  return lowerCaseKeeps(t) ? t : t.toLowerCase();
}

/** Title case for an all-caps name: "AL-AIN" → "Al-Ain", "NEW YORK" → "New York". */
function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s\-'’.])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

function isCapsParagraph(p: string): boolean {
  let up = 0;
  let low = 0;
  const n = Math.min(p.length, 2000);
  for (let i = 0; i < n; i++) {
    // decided once even capitals in all the characters left could not outnumber thrice the
    // lower case seen (most paragraphs: a fifth of the way in)
    if ((i & 31) === 31 && up + (n - i) <= low * 3) return false;
    const c = p.charCodeAt(i);
    if (c >= 65 && c <= 90) up++;
    else if (c >= 97 && c <= 122) low++;
    else if (c > 127) {
      const k = caseOf(c);
      if (k === CASE_UPPER) up++;
      else if (k === CASE_LOWER) low++;
    }
  }
  return up >= 4 && up > low * 3;
}

/** Case of a UTF-16 unit, as `isCapsParagraph` reads it; a table filled on first sight (0: not yet). */
const CASE_NONE = 1;
const CASE_UPPER = 2;
const CASE_LOWER = 3;
const CASE_TABLE = new Uint8Array(0x10000);
function caseOf(c: number): number {
  let k = CASE_TABLE[c]!;
  if (!k) {
    // the unit's own lower and upper case (a per-character toLowerCase was most of the scan of
    // a text in another script): caseless when they agree, else upper case when it is its own
    const ch = String.fromCharCode(c);
    const u = ch.toUpperCase();
    k = ch.toLowerCase() === u ? CASE_NONE : ch === u ? CASE_UPPER : CASE_LOWER;
    CASE_TABLE[c] = k;
  }
  return k;
}

function isResultsParagraph(toks: Tok[], from: number, to: number): boolean {
  let nums = 0;
  let words = 0;
  for (let i = from; i < to; i++) {
    const t = toks[i]!;
    if (t.word) words++;
    else if (/^\d/.test(t.text)) nums++;
  }
  return nums >= 2 && nums * 2 >= words;
}

/** The named entities of a text. */
export function findEntities(paragraphs: string[], options: EntityOptions): Entities {
  const g = textGazetteer(gazetteer());
  const lang = (options.language ?? 'en').toLowerCase().slice(0, 2);
  const english = lang === 'en';
  const mentions: Mention[] = [];
  const toks: Tok[] = [];
  const capsParas: string[] = [];
  const paraStarts: number[] = [];
  let budget = MAX_CHARS;
  const texts: string[] = [];
  const title = options.title?.trim();
  if (title && !paragraphs.some((p) => p.trim() === title)) texts.push(title);
  for (const p of paragraphs) texts.push(p);
  for (let pi = 0; pi < texts.length && budget > 0; pi++) {
    const p = texts[pi]!.length > budget ? texts[pi]!.slice(0, budget) : texts[pi]!;
    budget -= p.length;
    if (isCapsParagraph(p)) {
      capsParas.push(p);
      continue;
    }
    paraStarts.push(toks.length);
    tokenize(p, pi, toks);
  }
  paraStarts.push(toks.length);

  const head = (title ?? texts[0] ?? '').slice(0, 200);
  const sports = SPORTS_RE.test(head);
  teamSport = sports && TEAM_SPORT_RE.test(head);
  currentDateline = new Set();
  const datelinePlaces = new Set<string>();
  for (const part of (options.dateline?.place ?? '').split(',')) if (part.trim()) datelinePlaces.add(part.trim().toLowerCase());
  currentDateline = datelinePlaces;
  if (english) {
    const lowerSeen = wordsSeenInLowerCase(toks);
    for (let pi = 0; pi + 1 < paraStarts.length; pi++) {
      scanEnglish(toks, paraStarts[pi]!, paraStarts[pi + 1]!, g, lowerSeen, sports, datelinePlaces, mentions);
    }
  } else {
    const candidates: NameCandidate[] = [];
    for (let pi = 0; pi + 1 < paraStarts.length; pi++) scanGazetteerOnly(toks, paraStarts[pi]!, paraStarts[pi + 1]!, g, mentions, lang, candidates);
    if (candidates.length) addPeopleOtherLanguages(toks, candidates, g, mentions, lang);
  }

  // All-caps paragraphs: gazetteer names and the names already found.
  const known = new Map<string, Mention>();
  for (const m of mentions) if (m.name.length > 2 || m.kind !== 'person') known.set(m.name.toLowerCase(), m);
  for (const p of capsParas) {
    const capsToks: Tok[] = [];
    tokenize(p, -1, capsToks);
    // "CRICKET - WEST INDIES 172 ALL OUT": the sport's name ahead of a dash is no team
    const line = sports ? p.replace(/^\s*[A-Z][A-Z ]{0,40} - /, (m) => (SPORTS_RE.test(m) ? '' : m)) : p;
    const team = sports ? /^\s*([A-Z][A-Z.'&\- ]*?[A-Z.])\s+\d/.exec(line) : null;
    if (team && !/^(?:W|L|D|PCT|GB|GF|GA|PTS)$/.test(team[1]!) && !/^\s*[^\d]+\d{4}-\d\d/.test(p) && !datelinePlaces.has(team[1]!.toLowerCase())) {
      const gp = g.places.get(team[1]!.toLowerCase());
      if (gp && (gp.country || !gp.countryCode)) mentions.push(placeMention(titleCase(team[1]!), gp));
      else {
        const k = known.get(team[1]!.toLowerCase());
        if (k && k.kind === 'person') mentions.push(k);
        else mentions.push({ kind: 'org', name: titleCase(team[1]!), key: `o:${team[1]!.toLowerCase()}` });
      }
      continue;
    }
    scanCaps(capsToks, g, known, mentions);
  }

  // The dateline's place.
  for (const part of (options.dateline?.place ?? '').split(',')) {
    const dl = part.trim();
    if (!dl || /\d/.test(dl)) continue;
    const k = dl.toLowerCase();
    const seen = mentions.some((m) => m.kind === 'place' && m.name.toLowerCase() === k);
    if (!seen) {
      const gp = g.places.get(k);
      mentions.push(placeMention(titleCase(dl), gp));
    }
  }
  return merge(mentions, g, sports);
}

/**
 * Words seen in lower case: a capitalized sentence-initial word that is also written in lower
 * case in the text is an ordinary word. Only the English scan asks (two passes over all the
 * tokens, for nothing in other languages). Only the words that can be asked about are kept:
 * those of sentence-initial and all-caps tokens (a filter by first letter and length spares
 * most words the Set lookup).
 */
function wordsSeenInLowerCase(toks: Tok[]): Set<string> {
  const asked = new Set<string>();
  const askedShape = new Uint32Array(32);
  for (const t of toks) {
    if (t.word && (t.sentStart || t.upper)) {
      asked.add(t.lower);
      askedShape[t.lower.charCodeAt(0) & 31]! |= 1 << Math.min(31, t.lower.length);
    }
  }
  const lowerSeen = new Set<string>();
  for (const t of toks) {
    if (!t.word || t.cap) continue;
    const l = t.lower;
    if ((askedShape[l.charCodeAt(0) & 31]! >>> Math.min(31, l.length)) & 1 && asked.has(l)) lowerSeen.add(l);
  }
  return lowerSeen;
}

function placeMention(name: string, gp: GazPlace | undefined): Mention {
  return { kind: 'place', name, key: gp ? gp.key : `p:${name.toLowerCase()}`, place: gp };
}

/** Longest gazetteer name starting at token i: [end, mention] or null. */
function gazAt(toks: Tok[], i: number, end: number, g: Gazetteer, caps: boolean): [number, Mention] | null {
  let s = '';
  let best: [number, Mention] | null = null;
  for (let j = i; j < end && j - i < g.maxWords; j++) {
    const t = toks[j]!;
    if (!t.word) {
      if (t.text === '&' || t.text === '-') {
        s += t.text === '-' ? '-' : ' &';
        continue;
      }
      break;
    }
    if (!caps && !t.cap && !(j > i && (t.lower === 'of' || t.lower === 'the' || t.lower === 'and'))) break;
    s += (s && !s.endsWith('-') ? ' ' : '') + t.lower;
    const surface = s;
    const gp = g.places.get(surface);
    // three capitals alone are an acronym ("installed in ROM"), not a town of the lists
    const acronym = j === i && t.upper && surface.length <= 3 && gp?.minor;
    if (gp && !acronym) best = [j + 1, placeMention(caps ? titleCase(surface) : joinText(toks, i, j + 1), gp)];
    const go = g.orgs.get(surface);
    if (go) {
      const name = caps && surface.length > 5 ? titleCase(surface) : joinText(toks, i, j + 1);
      best = [j + 1, { kind: 'org', name, key: go.key, aliases: [go.name, ...go.aliases] }];
    }
    if (t.poss) break;
  }
  return best;
}

function joinText(toks: Tok[], a: number, b: number): string {
  let s = '';
  for (let i = a; i < b; i++) {
    const t = toks[i]!;
    if (!t.word && t.text === '-') {
      s += '-';
      continue;
    }
    if (s && !s.endsWith('-')) s += ' ';
    s += t.text;
  }
  return s;
}

const LANGUAGE_COUNTRY_SETS = new Map(Object.entries(LANGUAGE_COUNTRIES).map(([k, v]) => [k, new Set(v)]));
/** Abbreviations before a club's name: "FC Bayern", "VfB Stuttgart", "AC Milan". */
const CLUB_PREFIXES = new Set(['FC', 'SC', 'SV', 'TSV', 'VfB', 'VfL', 'AC', 'AS', 'FK', 'SK', 'CF', 'CD', 'RC', 'SSC', 'SS', 'US', 'OGC', 'RCD', 'UD', 'SD', 'KV', 'KRC', 'SL', 'SE', 'CA', 'CR']);

/** Per language, the town names that are also its capitalised nouns, and the words of place before them. */
const NOUN_PLACES = new Map(Object.entries(NOUN_PLACE_NAMES).map(([k, v]) => [k, new Set(v)]));
const PLACE_CUE_WORDS = new Map(Object.entries(PLACE_CUES).map(([k, v]) => [k, new Set(v)]));

/**
 * Is the one-word town at `i` the town? Capitals say little in a language that capitalises its
 * nouns, and nothing at a sentence's start: a town whose name is also one of the language's
 * function words ("Man", "Sind", "Para") or nouns ("der Zug", "das Essen") is the town only after
 * a word of place ("in Zug", "Kanton Zug"), and a first name before a capitalised word ("David
 * Alaba") starts a person's name unless such a word comes before it ("in Orlando Urlaub").
 */
function townHere(
  toks: Tok[],
  i: number,
  from: number,
  to: number,
  g: Gazetteer,
  nounPlaces: Set<string> | undefined,
  stop: ReadonlySet<string> | undefined,
  cues: Set<string> | undefined,
): boolean {
  const prev = i > from ? toks[i - 1]! : null;
  if (prev && prev.word && cues?.has(prev.lower)) return true;
  const w = toks[i]!.lower;
  const next = i + 1 < to ? toks[i + 1]! : null;
  if (next && next.word && next.cap && g.given.has(w)) return false;
  return !nounPlaces?.has(w) && !stop?.has(w);
}

/**
 * Gazetteer names of a paragraph of non-English text; a name read from a given name on (see
 * ./people-other-languages.ts) goes to `candidates` instead, to be weighed once the whole text is read.
 */
function scanGazetteerOnly(
  toks: Tok[],
  from: number,
  to: number,
  g: Gazetteer,
  out: Mention[],
  lang: string,
  candidates: NameCandidate[] | null,
  start = from,
  end = to,
): void {
  const nounPlaces = NOUN_PLACES.get(lang);
  const cues = PLACE_CUE_WORDS.get(lang);
  const stop = functionWords(lang);
  /** Where the last name candidate ends: an acronym in parentheses there is the person's party or body. */
  let afterPerson = -1;
  for (let i = start; i < end; ) {
    const t = toks[i]!;
    if (t.text === '(' && candidates) {
      // an acronym in parentheses after a name: "Olaf Scholz (SPD)"
      const acr = acronymAt(toks, i, from, to, i !== afterPerson);
      if (acr) {
        const lower = acr.name.toLowerCase();
        const gp = g.places.get(lower);
        const go = g.orgs.get(lower);
        if (gp) out.push(placeMention(acr.name, gp));
        else out.push(go ? { kind: 'org', name: acr.name, key: go.key, aliases: [go.name, ...go.aliases] } : { kind: 'org', name: acr.name, key: `o:${lower}` });
        i = acr.end;
        continue;
      }
    }
    if (t.word && t.cap && candidates) {
      // a name with its legal form ("Signa Holding GmbH"), a German federal body ("Bundeskriminalamt")
      const firm = legalFormAt(toks, i, to, stop);
      if (firm) {
        const short = firm.short!.toLowerCase();
        const go = g.orgs.get(short);
        out.push({ kind: 'org', name: firm.name, key: go?.key ?? `o:${short}`, aliases: go ? [go.name, ...go.aliases, firm.short!] : [firm.short!] });
        i = firm.end;
        continue;
      }
      if (lang === 'de' && isGermanBody(t.lower) && !g.orgs.has(t.lower)) {
        out.push({ kind: 'org', name: t.text, key: `o:${t.lower}` });
        i++;
        continue;
      }
    }
    if (t.word && t.cap) {
      // (a name goes on with a capitalised word or a particle: most capitalised words are asked no more)
      const next = i + 1 < to ? toks[i + 1]! : null;
      const person =
        candidates && next && next.word && (next.cap || (next.lower.length <= 5 && g.particles.has(next.lower))) ? nameAt(toks, i, from, to, g, lang, stop) : null;
      if (person) {
        candidates!.push(person);
        i = afterPerson = person.to;
        continue;
      }
      const hit = gazAt(toks, i, to, g, false);
      if (hit) {
        let m = hit[1];
        // a one-word club that is also the place it is named for ("Bayern"): the place, in the
        // place's own language, but after a club's prefix ("FC Bayern"); "Amazon" and "Toyota"
        // stay the companies
        if (hit[0] === i + 1 && m.kind === 'org' && !(i > from && CLUB_PREFIXES.has(toks[i - 1]!.text))) {
          const gp = g.places.get(t.lower);
          if (gp?.countryCode && LANGUAGE_COUNTRY_SETS.get(lang)?.has(gp.countryCode)) m = placeMention(t.text, gp);
        }
        if (hit[0] === i + 1 && m.kind === 'place' && m.place?.minor && !townHere(toks, i, from, to, g, nounPlaces, stop, cues)) {
          i++;
          continue;
        }
        out.push(m);
        i = hit[0];
        continue;
      }
    }
    i++;
  }
}

/**
 * The people among the name candidates of a non-English text: each reading of an accepted name is
 * a mention (with its role), and so is its family name standing alone. A candidate without
 * evidence goes back to the gazetteer scan ("Georgia" may be a place after all).
 */
function addPeopleOtherLanguages(toks: Tok[], candidates: NameCandidate[], g: Gazetteer, out: Mention[], lang: string): void {
  const accepted = new Set(acceptedNames(candidates, readTextWords(toks, lang), lang));
  const inName = new Uint8Array(toks.length);
  const surnames = new Map<string, string>();
  const acceptedKeys = new Set([...accepted].map((c) => c.name.toLowerCase()));
  for (const c of candidates) {
    if (accepted.has(c)) {
      // a German genitive ("Max Webers Thesen") is the name beside it without the s
      const name = lang === 'de' && c.name.endsWith('s') && acceptedKeys.has(c.name.slice(0, -1).toLowerCase()) ? c.name.slice(0, -1) : c.name;
      out.push({ kind: 'person', name, key: name.toLowerCase(), role: c.role ?? undefined });
      inName.fill(1, c.from, c.to);
      if (!surnames.has(c.surname)) surnames.set(c.surname, c.name);
    } else scanGazetteerOnly(toks, c.paraFrom, c.paraTo, g, out, lang, null, c.from, c.to);
  }
  if (!surnames.size) return;
  const stop = functionWords(lang);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (inName[i] || !t.word || !t.cap || stop?.has(t.lower) || !surnames.has(t.lower)) continue;
    // a family name that is also a place or organization is read as those by the scan
    if (g.places.has(t.lower) || g.orgs.has(t.lower)) continue;
    out.push({ kind: 'person', name: t.text, key: t.lower });
  }
}

function scanCaps(toks: Tok[], g: Gazetteer, known: Map<string, Mention>, out: Mention[]): void {
  for (let i = 0; i < toks.length; ) {
    const t = toks[i]!;
    if (!t.word) {
      i++;
      continue;
    }
    // longest known name from the body first, then the gazetteer
    let bestEnd = -1;
    let best: Mention | null = null;
    let s = '';
    for (let j = i; j < toks.length && j - i < 5; j++) {
      const u = toks[j]!;
      if (!u.word) break;
      s += (s ? ' ' : '') + u.lower;
      const k = known.get(s);
      if (k) {
        bestEnd = j + 1;
        best = { ...k, role: undefined, name: k.name };
      }
      if (u.poss) break;
    }
    const gz = gazAt(toks, i, toks.length, g, true);
    if (gz && gz[0] > bestEnd) {
      bestEnd = gz[0];
      best = gz[1];
    }
    // a town from the generated lists, in a headline, only when the body names it too ("SURPRISE")
    const minorOnly = best && best.kind === 'place' && best.place?.minor && !known.has(s.split(' ').slice(0, bestEnd - i).join(' '));
    if (best && !minorOnly && !(best.kind === 'person' && g.common.has(toks[i]!.lower))) {
      out.push(best);
      i = bestEnd;
    } else i = minorOnly ? bestEnd : i + 1;
  }
}

function capWord(t: Tok | undefined): boolean {
  return !!t && t.word && t.cap;
}

function scanEnglish(
  toks: Tok[],
  from: number,
  to: number,
  g: Gazetteer,
  lowerSeen: Set<string>,
  sports: boolean,
  datelinePlaces: Set<string>,
  out: Mention[],
): void {
  const results = isResultsParagraph(toks, from, to);
  let i = from;
  while (i < to) {
    const t = toks[i]!;
    if (!capWord(t)) {
      i++;
      continue;
    }
    // Build a run of capitalized words, with particles and "of" inside.
    let j = i;
    let hasTitle = false;
    while (j < to) {
      const u = toks[j]!;
      if (capWord(u)) {
        if (j > i && isCalendar(u.lower) && g.never.has(u.lower) && !g.orgs.has(`${joinText(toks, i, j)} ${u.text}`.toLowerCase())) break;
        if (g.titles.has(u.lower)) hasTitle = true;
        j++;
        if (u.poss) break;
        continue;
      }
      // connectors: only when a capitalized word follows
      if (u.word && j > i && capWord(toks[j + 1])) {
        const prev = toks[j - 1]!.lower;
        if (
          u.lower === 'of' ||
          g.particles.has(u.lower) ||
          ((u.lower === 'for' || u.lower === 'and') && hasTitle && (g.titles.has(prev) || g.demonyms.has(prev)))
        ) {
          j++;
          continue;
        }
        if (u.lower === 'the' && toks[j - 1]!.lower === 'of') {
          j++;
          continue;
        }
      }
      if (!u.word && u.text === '&' && j > i && capWord(toks[j + 1])) {
        j++;
        continue;
      }
      break;
    }
    resolveRun(toks, i, j, from, to, g, lowerSeen, results, sports, out);
    i = j;
  }
}

const SPORTS_RE =
  /^\s*(?:(?:NBA|NFL|NHL|NCAA|US|ENGLISH|SCOTTISH|GERMAN|FRENCH|ITALIAN|SPANISH|DUTCH)\s+)?(?:SOCCER|FOOTBALL|BASKETBALL|BASEBALL|CRICKET|TENNIS|GOLF|RUGBY(?: UNION| LEAGUE)?|(?:ICE )?HOCKEY|CYCLING|ATHLETICS|BOXING|(?:ALPINE |NORDIC )?SKIING|MOTOR(?:CYCLE)? RACING|MOTORCYCLING|FORMULA ONE|SWIMMING|HORSE RACING|SQUASH|BADMINTON|VOLLEYBALL|HANDBALL|SPORTS?|AMERICAN FOOTBALL|OLYMPICS|SNOOKER|DARTS|TABLE TENNIS|WRESTLING|JUDO|SAILING|ROWING|SPEED SKATING|FIGURE SKATING|BIATHLON|LUGE|BOBSLEIGH)\b/i;

/** Team sports: in their results and tables a name before a score is a team. */
const TEAM_SPORT_RE =
  /^\s*(?:[A-Z]{2,5}\s+)?(?:(?:ENGLISH|SCOTTISH|GERMAN|FRENCH|ITALIAN|SPANISH|DUTCH|US|AMERICAN)\s+)?(?:SOCCER|FOOTBALL|BASKETBALL|BASEBALL|CRICKET|RUGBY|(?:ICE )?HOCKEY|HANDBALL|VOLLEYBALL|WATER POLO|AMERICAN FOOTBALL)\b|^\s*(?:NBA|NFL|NHL|MLB|NCAA)\b/i;

const CALENDAR = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);
function isCalendar(l: string): boolean {
  return CALENDAR.has(l);
}

function resolveRun(
  toks: Tok[],
  a: number,
  b: number,
  from: number,
  to: number,
  g: Gazetteer,
  lowerSeen: Set<string>,
  results: boolean,
  sports: boolean,
  out: Mention[],
): void {
  // trailing connectors never end a run
  while (b > a && !toks[b - 1]!.cap) b--;
  // Results lines and tables of a team sport: teams before scores, scorers in parentheses.
  if (teamSport) {
    let s0 = a;
    while (s0 < b - 1 && g.common.has(toks[s0]!.lower) && !g.orgs.has(joinText(toks, s0, b).toLowerCase())) s0++;
    const t = tableTeam(toks, s0, b, from, to, g);
    if (t) {
      const name = joinText(toks, s0, b);
      const gz = gazAt(toks, s0, b, g, false);
      if (gz && gz[0] === b && (gz[1].kind === 'org' || gz[1].place?.country)) out.push(gz[1]);
      else if (!g.common.has(toks[s0]!.lower)) out.push({ kind: 'org', name, key: `o:${name.toLowerCase()}` });
      return;
    }
    if (clubInParens(toks, a, b, from, to, g)) {
      const gz = gazAt(toks, a, b, g, false);
      const name = joinText(toks, a, b);
      if (gz && gz[0] === b && (gz[1].kind === 'org' || !gz[1].place?.countryCode || gz[1].place.country)) out.push(gz[1]);
      else out.push({ kind: 'org', name, key: `o:${name.toLowerCase()}` });
      return;
    }
    if (scorerInParens(toks, a, b, from, to)) {
      const name = joinText(toks, a, b);
      out.push({ kind: 'person', name, key: name.toLowerCase() });
      return;
    }
  }
  // Leading ordinary words at a sentence start ("But China …", "The Kremlin …").
  while (a < b) {
    const t = toks[a]!;
    const ordinary =
      (g.common.has(t.lower) &&
        // "Mark Cairns", "Will Carling": not a word that is also a given name, ahead of a family name
        !(!t.sentStart && a + 1 < b && g.given.has(t.lower) && !isCalendar(t.lower) && !g.titles.has(t.lower)) &&
        // "South African Breweries Ltd", "General Motors Corp": not a word ahead of an organization's head
        !(!t.sentStart && a + 1 < b && g.orgHeads.has(toks[b - 1]!.lower) && !STOP_ROLE.has(t.lower) && !isCalendar(t.lower))) ||
      isCalendar(t.lower) ||
      (t.sentStart && !t.upper && lowerSeen.has(t.lower) && !g.places.has(t.lower) && !g.orgs.has(t.lower)) ||
      (t.sentStart && !t.upper && /(?:ly|ing|ed)$/.test(t.lower) && !g.places.has(t.lower) && !g.given.has(t.lower)) ||
      (t.sentStart && /^\p{Lu}\p{Ll}+-\p{Ll}/u.test(t.text));
    if (!ordinary) break;
    // "The Hague", "The Netherlands": a gazetteer name that starts with the word
    if (a + 1 < b || b - a === 1) {
      const gz = gazAt(toks, a, b, g, false);
      if (gz && gz[0] - a > 1) break;
    }
    a++;
    while (a < b && !toks[a]!.cap) a++;
  }
  if (a >= b) return;
  const first = toks[a]!;
  const n = b - a;
  const lastTok = toks[b - 1]!;
  const text = joinText(toks, a, b);
  const lower = text.toLowerCase();

  // 0. a dateline: the paragraph's first words, in capitals, before a comma or a date
  if (a === from && first.upper && (datelinePlacesHas(text) || (b < to && (toks[b]!.text === ',' || DATE_NUM_RE.test(toks[b]!.text))))) {
    let allUpper = true;
    for (let k = a; k < b; k++) if (toks[k]!.cap && !toks[k]!.upper) allUpper = false;
    if (allUpper) {
      const gp = g.places.get(lower);
      out.push(placeMention(titleCase(text), gp));
      return;
    }
  }
  // 1. the whole run is a gazetteer name
  const whole = gazAt(toks, a, b, g, false);
  // a demonym that is also a place's name in some list ("Argentine"): the demonym
  if (whole && whole[0] === b && n === 1 && whole[1].kind === 'place' && g.demonyms.has(first.lower)) return;
  if (whole && whole[0] === b) {
    const m = whole[1];
    if (m.kind === 'place' && m.place?.countryCode && !m.place.country && !(n === 1 && g.demonyms.has(first.lower)) && sports && ((results && adjacentNumber(toks, a, b, from, to)) || sportsSubject(toks, a, b, from, to))) {
      out.push({ kind: 'org', name: m.name, key: `o:${m.name.toLowerCase()}` });
    } else out.push(m);
    return;
  }
  // 1b. sports: a town and a team's nickname or club word ("Dallas Cowboys", "Bristol City")
  if (sports && n >= 2 && n <= 4 && (g.nicknames.has(lastTok.lower) || (CLUB_WORDS.has(lastTok.lower) && !g.given.has(first.lower)))) {
    out.push({ kind: 'org', name: text, key: `o:${lower}` });
    return;
  }
  // 2. organizations by their head word
  if (n >= 2 && (g.orgHeads.has(lastTok.lower) || hasOrgOf(toks, a, b, g))) {
    let s = a;
    // "Chinese Foreign Ministry", "China's Foreign Ministry" → "Foreign Ministry"
    if (GOVT_HEADS.has(lastTok.lower) || GOVT_HEADS.has(toks[a]!.lower)) {
      while (s < b - 1 && (g.demonyms.has(toks[s]!.lower) || (g.places.get(toks[s]!.lower)?.country ?? false))) s++;
    }
    const name = joinText(toks, s, b);
    out.push({ kind: 'org', name, key: `o:${name.toLowerCase()}`, alias: s > a ? text : undefined });
    return;
  }
  // 3. places by their head word
  if (n >= 2 && (g.placeHeads.has(lastTok.lower) || g.placeFirst.has(first.lower) || (g.placeHeads.has(first.lower) && toks[a + 1]!.lower === 'of'))) {
    if (g.placeHeads.has(first.lower) && toks[a + 1]!.lower === 'of') {
      // "Peninsula of Crimea" is Crimea
      const inner = g.places.get(joinText(toks, a + 2, b).toLowerCase());
      if (inner) {
        out.push({ ...placeMention(joinText(toks, a + 2, b), inner), alias: text });
        return;
      }
    }
    const gp = g.places.get(lower);
    out.push(placeMention(text, gp));
    return;
  }
  // 3b. "X of Y": one name only for organizations, places and titles; else two names
  for (let k = a + 1; k < b - 1; k++) {
    if (toks[k]!.lower !== 'of' || toks[k]!.cap) continue;
    const left = toks[k - 1]!;
    if (g.orgFirst.has(first.lower) || g.placeHeads.has(first.lower) || g.placeFirst.has(first.lower)) break;
    let titled = false;
    for (let q = a; q < k; q++) if (g.titles.has(toks[q]!.lower)) titled = true;
    if (titled || g.orgHeads.has(left.lower)) break;
    resolveRun(toks, a, k, from, to, g, lowerSeen, results, sports, out);
    resolveRun(toks, k + 1, b, from, to, g, lowerSeen, results, sports, out);
    return;
  }
  // 4. a title or role ahead of a name: "Deputy Foreign Minister Sergei Ryabkov"
  let nameStart = a;
  let sawTitle = false;
  for (let k = a; k < b - 1; k++) {
    const t = toks[k]!;
    const isTitle = g.titles.has(t.lower) || g.titles.has(t.text) || t.text === 'MP';
    if (isTitle) {
      sawTitle = true;
      nameStart = k + 1;
    } else if (sawTitle && !(!t.cap || (!t.poss && (g.demonyms.has(t.lower) || g.places.get(t.lower)?.country)))) break;
  }
  if (!sawTitle) nameStart = a;
  if (nameStart > a) {
    while (nameStart < b && !toks[nameStart]!.cap) nameStart++;
    if (nameStart >= b) {
      // only a title ("Foreign Minister"), or a demonym/country and a title: no entity, but the
      // country part may be a place ("US")
      const gz = gazAt(toks, a, b, g, false);
      if (gz && gz[1].kind === 'place' && toks[a]!.upper) out.push(gz[1]);
      return;
    }
    let titlesOnly = true;
    for (let k = nameStart; k < b; k++) if (toks[k]!.cap && !g.titles.has(toks[k]!.lower) && !g.common.has(toks[k]!.lower)) titlesOnly = false;
    if (titlesOnly) return; // "Secretary of State", "European Champions"
    const role = cleanRole(joinText(toks, a, nameStart), g);
    const name = joinText(toks, nameStart, b);
    const gz = gazAt(toks, nameStart, b, g, false);
    if (gz && gz[0] === b) {
      out.push(gz[1]);
      return;
    }
    const pre = preRole(toks, a, from, g);
    out.push({ kind: 'person', name, key: name.toLowerCase(), role: pre ? `${pre} ${role}` : role });
    // a country at the head of the role ("US Assistant Secretary …") is a place mention too
    const c0 = g.places.get(toks[a]!.lower);
    if (c0?.country) out.push(placeMention(toks[a]!.text, c0));
    return;
  }
  // 5. gazetteer names inside the run ("Moscow Mayor" is handled above; "Japan Airlines" by head)
  if (whole && whole[0] < b) {
    // a demonym or place, then a name: "Uzbek Igor Shkvyrin" is rare; split at the gazetteer name
    const rest = joinText(toks, whole[0], b);
    if (whole[1].kind === 'place' && whole[1].place?.country && !g.given.has(first.lower) && !g.demonyms.has(first.lower) && b - whole[0] <= 3 && looksPersonal(toks, whole[0], b, g)) {
      out.push(whole[1]);
      out.push({ kind: 'person', name: rest, key: rest.toLowerCase() });
      return;
    }
    if (sports && (whole[1].kind === 'org' || !looksPersonal(toks, a, b, g) || CLUB_WORDS.has(lastTok.lower))) {
      out.push({ kind: 'org', name: text, key: `o:${lower}` });
      return;
    }
    if (!looksPersonal(toks, a, b, g)) {
      out.push(whole[1]);
      return;
    }
  }
  // 6. demonyms are not places; a demonym-led run is an adjective phrase ("Asian Cup")
  if (g.demonyms.has(first.lower)) {
    if (n >= 3 && (g.given.has(toks[a + 1]!.lower) || (n <= 4 && looksPersonal(toks, a + 1, b, g)))) {
      const name = joinText(toks, a + 1, b);
      out.push({ kind: 'person', name, key: name.toLowerCase() });
    }
    return;
  }
  for (let k = a; k < b; k++) if (g.never.has(toks[k]!.lower)) return;
  // 7. acronyms
  if (n === 1 && first.upper && first.text.replace(/[^\p{L}]/gu, '').length >= 2) {
    // a word set in capitals for emphasis ("in CAPS") that the text also writes in lower case
    if (lowerSeen.has(first.lower) || g.common.has(first.lower)) return;
    if (first.text.length <= 6 || first.text.includes('.')) {
      out.push({ kind: 'org', name: first.text, key: `o:${first.lower}`, weak: true });
      return;
    }
    // a long word in capitals in mixed text ("MOSCOW") that no gazetteer knows: skip
    return;
  }
  // 7b. a common noun that names the kind of organization: "the daily La Gazeta", "brewer Okavo",
  // "the Kovina newspaper"
  if (orgCue(toks, a, b, from, to)) {
    out.push({ kind: 'org', name: text, key: `o:${lower}` });
    return;
  }
  // 8. a lone capitalized word
  if (n === 1) {
    if (first.text.length < 2) return;
    if (first.sentStart && !nextIsSaid(toks, b, to)) {
      // only as a short form of a name found elsewhere (resolved in merge)
      out.push({ kind: 'person', name: first.text, key: first.lower, weak: true });
      return;
    }
    const prev = a > from ? toks[a - 1]! : undefined;
    const pre = preRole(toks, a, from, g);
    if (pre) {
      out.push({ kind: 'person', name: first.text, key: first.lower, role: pre });
      return;
    }
    if (nextIsSaid(toks, b, to)) {
      out.push({ kind: 'person', name: first.text, key: first.lower });
      return;
    }
    if (results && teamInResults(toks, a, b, from, to) && !g.given.has(first.lower)) {
      out.push({ kind: 'org', name: first.text, key: `o:${first.lower}`, weak: true });
      return;
    }
    if (prev && prev.word && PLACE_PREP.has(prev.lower) && !first.poss) {
      out.push({ kind: 'place', name: first.text, key: `p:${first.lower}`, weak: true });
      return;
    }
    out.push({ kind: 'person', name: first.text, key: first.lower, weak: true });
    return;
  }
  // 9. several capitalized words: a person's name unless something says otherwise
  if (sports && results && teamInResults(toks, a, b, from, to) && !g.given.has(first.lower)) {
    out.push({ kind: 'org', name: text, key: `o:${lower}` });
    return;
  }
  if (n <= 4 && looksPersonal(toks, a, b, g)) {
    const pre = preRole(toks, a, from, g);
    const app = appositive(toks, b, to, g);
    const role = pre ?? app ?? undefined;
    out.push({ kind: 'person', name: text, key: lower, role });
    return;
  }
  if (n >= 2) out.push({ kind: 'org', name: text, key: `o:${lower}`, weak: true });
}

let currentDateline: Set<string> = new Set();
/** The document reports a team sport (football, basketball, cricket …): set per call. */
let teamSport = false;
/** Last words of club names after a town ("Bristol City", "Dundee United"). */
const CLUB_WORDS = new Set('city united town rovers wanderers athletic albion county rangers hotspur thistle orient argyle villa'.split(' '));
/** A number that reads as a date in a dateline ("1996-12-06", "12/6"), not a score. */
const DATE_NUM_RE = /^(?:\d{4}|\d{1,4}[-/.]\d)/;
function datelinePlacesHas(text: string): boolean {
  return currentDateline.has(text.toLowerCase());
}

function hasOrgOf(toks: Tok[], a: number, b: number, g: Gazetteer): boolean {
  return b - a >= 3 && g.orgFirst.has(toks[a]!.lower) && toks[a + 1]!.lower === 'of';
}

function looksPersonal(toks: Tok[], a: number, b: number, g: Gazetteer): boolean {
  for (let k = a; k < b; k++) {
    const t = toks[k]!;
    if (!t.cap) {
      if (!g.particles.has(t.lower)) return false;
      continue;
    }
    if (t.upper && t.text.length > 1 && !t.text.endsWith('.')) return false;
    if (g.orgHeads.has(t.lower) || g.placeHeads.has(t.lower) || g.never.has(t.lower)) return false;
    if (k > a && g.common.has(t.lower) && !g.given.has(t.lower)) return false;
    if (k < b - 1 && t.poss) return false;
  }
  return true;
}

function nextIsSaid(toks: Tok[], b: number, to: number): boolean {
  const n = b < to ? toks[b]! : undefined;
  if (n && n.word && SAID.has(n.lower)) return true;
  if (n && n.text === ',' && b + 1 < to) {
    const n2 = toks[b + 1]!;
    return n2.word && (n2.lower === 'who' || n2.lower === 'whose');
  }
  return false;
}

const SPORT_VERBS = new Set('beat beats drew draw lost lose won win defeated defeat play plays played host hosts hosted meet meets visit visits face faces'.split(' '));
/** A city as a team: "Barcelona beat …", "… lost to Valencia", "Milan 2 Roma 1". */
function sportsSubject(toks: Tok[], a: number, b: number, from: number, to: number): boolean {
  const next = b < to ? toks[b]! : undefined;
  const prev = a > from ? toks[a - 1]! : undefined;
  if (next && next.word && SPORT_VERBS.has(next.lower)) return true;
  if (prev && prev.word && (SPORT_VERBS.has(prev.lower) || prev.lower === 'against' || prev.lower === 'v' || prev.lower === 'vs')) return true;
  if (prev && prev.word && prev.lower === 'to' && a - 2 >= from && /^(?:lost|lose|loss|defeat)$/.test(toks[a - 2]!.lower)) return true;
  return adjacentNumber(toks, a, b, from, to);
}

/** A team in a results line ("Barnsley 3 Bolton 1"), not a player in a line-up ("19 - Name"). */
function teamInResults(toks: Tok[], a: number, b: number, from: number, to: number): boolean {
  if (a - 2 >= from && toks[a - 1]!.text === '-' && /^\d/.test(toks[a - 2]!.text)) return false;
  if (b < to && toks[b]!.text === '(') return false;
  const next = b < to ? toks[b]! : undefined;
  return !!next && !next.word && /^\d/.test(next.text);
}

const PLAIN_INT_RE = /^\d+$/;
function isNumTok(t: Tok | undefined): boolean {
  return !!t && !t.word && /^\d/.test(t.text);
}
function isVersus(t: Tok | undefined): boolean {
  return !!t && t.word && (t.lower === 'v' || t.lower === 'vs' || t.lower === 'vs.' || t.lower === 'v.');
}

/**
 * A team in a results line or a table of a team sport: a name at the start of the line, or after
 * a score, a closing parenthesis or "v", directly followed by a whole number, by "v", or by a
 * parenthesis (league position, country) and then a number or "v": "Arsenal 2 Derby 2",
 * "Lens 21 7 4 10 25 34 25", "Bologna (4) v Piacenza (13)", "Stefanel Milan (Italy) 9 6 3 15".
 * A given name ahead of a family name stays a person ("Ann Lee 12" is a player's tally).
 */
function tableTeam(toks: Tok[], a: number, b: number, from: number, to: number, g: Gazetteer): boolean {
  if (toks[a]!.paren) return false;
  const prev = a > from ? toks[a - 1]! : undefined;
  if (prev && !(isNumTok(prev) || prev.text === ')' || prev.text === ';' || isVersus(prev))) return false;
  if (prev && isNumTok(prev) && !PLAIN_INT_RE.test(prev.text) && !/^\d+\.\d+$/.test(prev.text)) return false;
  for (let k = a; k < b; k++) if (g.never.has(toks[k]!.lower)) return false;
  let k = b;
  let parenPlace = false;
  if (k < to && toks[k]!.text === '(') {
    let q = k + 1;
    while (q < to && toks[q]!.text !== ')' && q - k <= 6) q++;
    if (q >= to || toks[q]!.text !== ')') return false;
    const inner = joinText(toks, k + 1, q).toLowerCase();
    parenPlace = g.places.has(inner);
    if (!parenPlace && !(q === k + 2 && PLAIN_INT_RE.test(toks[k + 1]!.text))) return false;
    k = q + 1;
  }
  const next = k < to ? toks[k]! : undefined;
  if (!next) return false;
  if (!isVersus(next) && !(isNumTok(next) && (PLAIN_INT_RE.test(next.text) || parenPlace))) return false;
  if (!prev && !isVersus(next)) {
    // a line that starts with the name: the number must not be a player's shirt or a time
    if (k + 1 < to && (toks[k + 1]!.text === '-' || toks[k + 1]!.text === ':')) return false;
  }
  if (b - a >= 2 && g.given.has(toks[a]!.lower) && !parenPlace) {
    const gz = gazAt(toks, a, b, g, false);
    if (!(gz && gz[0] === b)) return false;
  }
  return true;
}

/** A player's club in a squad list: "Jan Novak (Barcelona)", "Piet Smit (Porto, Portugal)". */
function clubInParens(toks: Tok[], a: number, b: number, from: number, to: number, g: Gazetteer): boolean {
  if (!toks[a]!.paren || a - 2 < from || toks[a - 1]!.text !== '(' || !capWord(toks[a - 2])) return false;
  const next = b < to ? toks[b]! : undefined;
  if (!next) return false;
  if (next.text === ')') {
    // "(Ruritania)" is the player's country
    const gp = g.places.get(joinText(toks, a, b).toLowerCase());
    return !(gp && (gp.country || !gp.countryCode));
  }
  if (next.text !== ',') return false;
  let q = b + 1;
  while (q < to && toks[q]!.text !== ')' && q - b <= 5) q++;
  if (q >= to || toks[q]!.text !== ')') return false;
  return !!g.places.get(joinText(toks, b + 1, q).toLowerCase())?.country;
}

/** A scorer in a results line: "(Jan Novak 24, Piet Smit 48)". */
function scorerInParens(toks: Tok[], a: number, b: number, from: number, to: number): boolean {
  if (!toks[a]!.paren || a <= from) return false;
  const prev = toks[a - 1]!;
  if (!(prev.text === '(' || prev.text === ',' || prev.text === ';' || (prev.text === '-' && isNumTok(toks[a - 2])))) return false;
  const next = b < to ? toks[b]! : undefined;
  return !!next && isNumTok(next) && PLAIN_INT_RE.test(next.text);
}

function adjacentNumber(toks: Tok[], a: number, b: number, from: number, to: number): boolean {
  const isNum = (t: Tok | undefined) => !!t && !t.word && /^\d/.test(t.text);
  return isNum(b < to ? toks[b] : undefined) || isNum(a > from ? toks[a - 1] : undefined);
}

const ORG_CUE_BEFORE = new Set(
  'newspaper daily weekly paper magazine tabloid broadsheet agency broker brokerage firm company group insurer reinsurer brewer carrier airline bank lender retailer chain automaker carmaker producer maker conglomerate club'.split(' '),
);
const ORG_CUE_AFTER = new Set('newspaper daily weekly magazine tabloid'.split(' '));
function orgCue(toks: Tok[], a: number, b: number, from: number, to: number): boolean {
  const prev = a > from ? toks[a - 1]! : undefined;
  if (prev && prev.word && !prev.cap && ORG_CUE_BEFORE.has(prev.lower)) {
    // "the newspaper Vecer", not "the company's chairman John Smith" (possessive breaks the run)
    return !prev.poss;
  }
  const next = b < to ? toks[b]! : undefined;
  return !!next && next.word && !next.cap && ORG_CUE_AFTER.has(next.lower) && !toks[b - 1]!.poss;
}

/** Lower-case role words just ahead of a name: "opposition leader", "Uzbek striker". */
function preRole(toks: Tok[], a: number, from: number, g: Gazetteer): string | null {
  const prev = a > from ? toks[a - 1]! : undefined;
  if (!prev || !prev.word || prev.cap || !g.roleHeads.has(prev.lower)) return null;
  let s = a - 1;
  for (let k = a - 2; k >= from && k >= a - 4; k--) {
    const t = toks[k]!;
    if (!t.word || t.poss) break;
    if (t.cap ? g.demonyms.has(t.lower) || g.titles.has(t.lower) || g.places.get(t.lower)?.country : !STOP_ROLE.has(t.lower)) s = k;
    else break;
  }
  return joinText(toks, s, a);
}

const STOP_ROLE = new Set(
  'the a an and or of to in on at for by with from as is was were are be been his her its their our said says who which that this these those when while after before but not also has have had will would'.split(
    ' ',
  ),
);

/** ", the ROLE of X," after a name. */
function appositive(toks: Tok[], b: number, to: number, g: Gazetteer): string | null {
  if (b >= to || toks[b]!.text !== ',') return null;
  let k = b + 1;
  if (k < to && toks[k]!.word && /^(?:the|a|an)$/.test(toks[k]!.lower)) k++;
  const start = k;
  let head = false;
  while (k < to && k - start < 10) {
    const t = toks[k]!;
    if (!t.word) break;
    if (g.roleHeads.has(t.lower) || g.titles.has(t.lower)) head = true;
    else if (!head && t.lower !== 'of' && !t.cap && STOP_ROLE.has(t.lower)) return null;
    k++;
  }
  if (!head || k === start || (k < to && toks[k]!.text !== ',' && toks[k]!.text !== '.')) return null;
  return joinText(toks, start, k);
}

function cleanRole(role: string, _g: Gazetteer): string {
  return role.replace(/\s+/g, ' ').trim();
}

// ---------------------------------------------------------------------------------------------
// Merging mentions into entities

interface Acc {
  kind: Kind;
  name: string;
  key: string;
  mentions: number;
  forms: Map<string, number>;
  aliases: Set<string>;
  roles: string[];
  countryCode: string | null;
  order: number;
  weak: boolean;
}

/**
 * First, a run of a word that is no given name and a full name named elsewhere in the text
 * ("Democrat Hillary Clinton" beside "Hillary Clinton") is that person, under the person's name.
 * Then people whose name of two or more words ends one longer name, and only one, are merged
 * into it: mentions, forms, aliases and roles. The shorter name must be a family name (its first word
 * no given name: "Hillary Clinton" is no short form of "Democrat Hillary Clinton", a word
 * taken for part of the name) and the longer one a given name and that family name.
 */
function mergeNameTails(people: Map<string, Acc>, given: { has(word: string): boolean }): void {
  const byTail = new Map<string, Acc[]>();
  for (const p of people.values()) {
    const parts = p.name.toLowerCase().split(/\s+/);
    if (parts.length < 3 || !given.has(parts[0]!)) continue;
    for (let k = 2; k < parts.length; k++) {
      const tail = parts.slice(parts.length - k).join(' ');
      const list = byTail.get(tail);
      if (list) list.push(p);
      else byTail.set(tail, [p]);
    }
  }
  /** Where a merged person went (a name may end a name that ends a third). */
  const into = new Map<Acc, Acc>();
  /** p's mentions and roles go to q, and with `forms` its forms and aliases (a short form of q's name). */
  const fold = (p: Acc, q: Acc, forms: boolean) => {
    q.mentions += p.mentions;
    if (forms) {
      for (const [f, c] of p.forms) q.forms.set(f, (q.forms.get(f) ?? 0) + c);
      for (const al of p.aliases) q.aliases.add(al);
    }
    for (const r of p.roles) if (!q.roles.includes(r)) q.roles.push(r);
    if (!p.weak) q.weak = false;
    q.order = Math.min(q.order, p.order);
    people.delete(p.key);
    into.set(p, q);
  };
  // A run that is a known full name with a word before it that is no given name ("Democrat
  // Hillary Clinton", "Follow Jane Roe" when "Jane Roe" is named too) is that person; the word
  // is no part of the name, so the run gives neither the name nor an alias.
  const byName = new Map<string, Acc>();
  for (const p of people.values()) byName.set(p.name.toLowerCase(), p);
  for (const p of [...people.values()]) {
    const parts = p.name.toLowerCase().split(/\s+/);
    if (parts.length < 3 || given.has(parts[0]!) || /^\p{L}\.$/u.test(parts[0]!)) continue;
    for (let k = 1; k <= parts.length - 2; k++) {
      if (!given.has(parts[k]!)) continue;
      const q = byName.get(parts.slice(k).join(' '));
      if (q && q !== p) fold(p, q, false);
      break;
    }
  }
  if (!byTail.size) return;
  for (const p of [...people.values()]) {
    if (into.has(p)) continue;
    const key = p.name.toLowerCase();
    if (given.has(key.slice(0, key.indexOf(' ')))) continue;
    const longer = byTail.get(key);
    if (!longer || longer.length !== 1) continue;
    let q = longer[0]!;
    while (into.has(q)) q = into.get(q)!;
    if (q !== p) fold(p, q, true);
  }
}

/** The first letters of a name's capitalized words ("World Health Organization" → "WHO"). */
function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

function merge(mentions: Mention[], g: Gazetteer, sportsDoc: boolean): Entities {
  const people = new Map<string, Acc>();
  const orgs = new Map<string, Acc>();
  const places = new Map<string, Acc>();
  let order = 0;
  const add = (map: Map<string, Acc>, m: Mention, key: string) => {
    let e = map.get(key);
    if (!e) {
      e = {
        kind: m.kind,
        name: m.name,
        key,
        mentions: 0,
        forms: new Map(),
        aliases: new Set(),
        roles: [],
        countryCode: m.place?.countryCode ?? null,
        order: order++,
        weak: !!m.weak,
      };
      map.set(key, e);
      if (m.place?.country) for (const al of m.place.aliases) e.aliases.add(al);
      if (m.place?.country) e.aliases.add(m.place.name);
    }
    if (!m.weak) e.weak = false;
    e.mentions++;
    e.forms.set(m.name, (e.forms.get(m.name) ?? 0) + 1);
    if (m.aliases) for (const al of m.aliases) e.aliases.add(al);
    if (m.alias) e.aliases.add(m.alias);
    if (m.role && !e.roles.includes(m.role)) e.roles.push(m.role);
    return e;
  };

  // strong people first (multi-word names), then orgs and places, then the lone words
  const lone: Mention[] = [];
  const personParts = new Set<string>();
  const orgNames = new Set<string>();
  for (const m of mentions) {
    if (m.kind === 'person' && m.name.includes(' ')) for (const w of m.name.toLowerCase().split(' ')) personParts.add(w);
    if (m.kind === 'org' && !m.weak) orgNames.add(m.name.toLowerCase());
  }
  for (const m of mentions) {
    if (m.kind === 'place' && !m.place?.country && !m.name.includes(' ')) {
      const k = m.name.toLowerCase();
      if (personParts.has(k)) {
        lone.push({ ...m, kind: 'person', key: k, place: undefined });
        continue;
      }
    }
    if (m.kind === 'place' && !m.place?.country && orgNames.has(m.name.toLowerCase()) && sportsDoc) {
      add(orgs, { ...m, kind: 'org', place: undefined }, `o:${m.name.toLowerCase()}`);
      continue;
    }
    // a name that is an organization elsewhere in the text ("Real Madrid 2 …") is that
    // organization wherever a guess made it a person
    if (m.kind === 'person' && !m.role && orgNames.has(m.name.toLowerCase())) {
      add(orgs, { ...m, kind: 'org' }, `o:${m.name.toLowerCase()}`);
      continue;
    }
    if (m.kind === 'person') {
      if (m.name.includes(' ') || !m.weak) {
        if (!m.name.includes(' ')) lone.push(m);
        else add(people, m, m.key);
      } else lone.push(m);
    } else if (m.kind === 'org') add(orgs, m, m.key);
    else add(places, m, m.key);
  }
  // index of person name tokens → full names
  const lastIdx = new Map<string, Acc[]>();
  const firstIdx = new Map<string, Acc[]>();
  /** Full names by a common first name ("Maria"): used alone, it means the one full name that has it. */
  const commonFirstIdx = new Map<string, Acc[]>();
  for (const p of people.values()) {
    const parts = p.name.split(/\s+/);
    const last = parts[parts.length - 1]!.toLowerCase();
    (lastIdx.get(last) ?? lastIdx.set(last, []).get(last)!).push(p);
    const first = parts[0]!.toLowerCase();
    if (!g.given.has(first)) (firstIdx.get(first) ?? firstIdx.set(first, []).get(first)!).push(p);
    else if (parts.length > 1) (commonFirstIdx.get(first) ?? commonFirstIdx.set(first, []).get(first)!).push(p);
    // "bin Laden": the particle-led last part
    if (parts.length >= 3 && g.particles.has(parts[parts.length - 2]!.toLowerCase())) {
      const tail = parts.slice(-2).join(' ').toLowerCase();
      (lastIdx.get(tail) ?? lastIdx.set(tail, []).get(tail)!).push(p);
    }
  }
  const placeByName = new Map<string, Acc>();
  for (const p of places.values()) for (const f of p.forms.keys()) placeByName.set(f.toLowerCase(), p);
  const orgByName = new Map<string, Acc>();
  for (const o of orgs.values()) {
    for (const f of o.forms.keys()) orgByName.set(f.toLowerCase(), o);
    for (const f of o.aliases) orgByName.set(f.toLowerCase(), o);
  }
  // sports: the last word of a team's name is the team ("the Eagles" after "Philadelphia Eagles")
  const teamWord = new Map<string, Acc>();
  if (sportsDoc) {
    for (const o of orgs.values()) {
      const parts = o.name.split(/\s+/);
      const last = parts[parts.length - 1]!.toLowerCase();
      if (parts.length >= 2 && /^\p{Lu}\p{Ll}/u.test(parts[parts.length - 1]!) && !g.common.has(last) && !g.orgHeads.has(last) && !g.places.has(last)) {
        if (!teamWord.has(last)) teamWord.set(last, o);
      }
    }
  }
  const strongLone = new Map<string, number>();
  for (const m of lone) if (!m.weak) strongLone.set(m.key, (strongLone.get(m.key) ?? 0) + 1);
  for (const m of lone) {
    const k = m.name.toLowerCase();
    const common = commonFirstIdx.get(k);
    // (A name that is also a place, "Virginia", "Florida", stays what the rules below make it.)
    const full = lastIdx.get(k) ?? firstIdx.get(k) ?? (common?.length === 1 && !g.places.has(k) ? common : undefined);
    if (full && full.length) {
      const target = full[full.length - 1]!;
      const e = add(people, { ...m, weak: false }, target.key);
      if (m.name !== e.name) e.aliases.add(m.name);
      continue;
    }
    const pl = placeByName.get(k);
    if (pl) {
      add(places, { ...m, kind: 'place' }, pl.key);
      continue;
    }
    const og = orgByName.get(k) ?? (sportsDoc ? teamWord.get(k) : undefined);
    if (og) {
      add(orgs, { ...m, kind: 'org' }, og.key);
      continue;
    }
    if (m.weak && !strongLone.has(m.key)) {
      add(people, m, m.key).weak = true;
      continue;
    }
    add(people, { ...m, weak: false }, m.key);
  }
  // "Democrat Hillary Clinton" beside "Hillary Clinton" is Hillary Clinton; a family name of two
  // words or more that ends one longer name ("Peña Nieto" after "Enrique Peña Nieto") is that person
  mergeNameTails(people, g.given);
  // acronyms ↔ full names among organizations
  const orgList = [...orgs.values()];
  // each full name's initials, computed once (names do not change here): the pairs of
  // acronym and name are many in a long text
  let initialsOf: Array<string | null> | null = null;
  for (const o of orgList) {
    if (!/^[\p{Lu}.&]{2,8}$/u.test(o.name)) continue;
    const acro = o.name.replace(/\./g, '');
    initialsOf ??= orgList.map((f) => (f.name.includes(' ') ? initials(f.name) : null));
    for (let q = 0; q < orgList.length; q++) {
      const f = orgList[q]!;
      if (f === o || initialsOf[q] === null) continue;
      if (initialsOf[q] === acro) {
        f.mentions += o.mentions;
        f.aliases.add(o.name);
        for (const al of o.aliases) f.aliases.add(al);
        orgs.delete(o.key);
        break;
      }
    }
  }

  const finish = (e: Acc) => {
    // the name: the longest form for people, the most frequent for others
    let name = e.name;
    if (e.kind === 'person') {
      for (const f of e.forms.keys()) if (f.length > name.length) name = f;
    } else {
      let best = 0;
      for (const [f, c] of e.forms) if (c > best || (c === best && f.length > name.length)) {
        best = c;
        name = f;
      }
      if (/^[\p{Lu}\s\-'.]+$/u.test(name) && name.length > 6 && e.kind === 'place') name = titleCase(name);
    }
    for (const f of e.forms.keys()) if (f !== name) e.aliases.add(f);
    e.aliases.delete(name);
    e.name = name;
    return e;
  };
  const sort = (a: Acc, b: Acc) => b.mentions - a.mentions || a.order - b.order;
  const keep = (e: Acc) => !e.weak || e.kind !== 'person';
  return {
    people: [...people.values()]
      .filter(keep)
      .map(finish)
      .sort(sort)
      .map((e) => ({ name: e.name, mentions: e.mentions, aliases: [...e.aliases], roles: e.roles })),
    organizations: [...orgs.values()]
      .filter(keep)
      .map(finish)
      .sort(sort)
      .map((e) => ({ name: e.name, mentions: e.mentions, aliases: [...e.aliases] })),
    places: [...places.values()]
      .filter(keep)
      .map(finish)
      .sort(sort)
      .map((e) => ({ name: e.name, mentions: e.mentions, aliases: [...e.aliases], countryCode: e.countryCode })),
  };
}
