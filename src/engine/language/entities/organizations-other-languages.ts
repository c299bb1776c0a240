/**
 * Organizations in text of languages other than English, beside the gazetteer's, from two shapes
 * that name one whatever the language: a company's or association's legal form after its name
 * ("Signa Holding GmbH", "Banco Santander S.A.", "Naturfreunde e.V."), and an acronym in
 * parentheses after a name ("Olaf Scholz (SPD)", "Bundeskriminalamt (BKA)"); and, in German, the
 * federal and state bodies written as one compound ("Bundeskriminalamt", "Landesregierung").
 * Words: ../../data/organization-words.ts.
 */
import { GERMAN_BODY_ENDINGS, LEGAL_FORMS, NOT_ORG_ACRONYMS, ORG_HEAD_ENDINGS } from '../../data/organization-words';
import type { NameTok } from './people-other-languages';

const FORMS = new Set(LEGAL_FORMS);
const NOT_ORGS = new Set(NOT_ORG_ACRONYMS);
const ROMAN_RE = /^[IVXLCDM]+$/;
const MAX_NAME_WORDS = 3;
/** An acronym: two to six letters, two capitals or more, the first a capital ("SPD", "AfD", "NABU"). */
const ACRONYM_RE = /^\p{Lu}[\p{L}]{1,5}$/u;
const CAPITALS_RE = /\p{Lu}/gu;
const BODY_RE = new RegExp(`^(?:bundes|landes)\\p{L}*(?:${GERMAN_BODY_ENDINGS.join('|')})$`, 'u');
/** The bare "Bundes-" or "Landes-" and an ending, a kind of body and not one ("Bundesministerium", "Landesverband"). */
const GENERIC_BODY_RE = /^(?:bundes|landes)(?:ministerium|behörde|verband|amt|gericht|institut|anstalt|kammer|agentur|verwaltung|zentrale)$/u;
const HEADS = new Set(ORG_HEAD_ENDINGS);
/** Words for a firm before its name: "Tochterunternehmen", "Modemarke", "Hersteller". */
const DESCRIPTOR_RE = /(?:unternehmen|firma|tochter|marke|hersteller|anbieter|händler|dienstleister|start-?up)$/u;
const MAX_HEAD_ENDING = Math.max(...ORG_HEAD_ENDINGS.map((e) => e.length));
/** How far back from "(" the head word of an organization's name is looked for. */
const HEAD_WINDOW = 6;

/** An organization's head word, whole or at the end of a compound ("Koch-Institut", "Währungsfonds"). */
export function isOrgHead(lower: string): boolean {
  for (let k = Math.min(lower.length, MAX_HEAD_ENDING); k >= 3; k--) if (HEADS.has(lower.slice(-k))) return true;
  return false;
}

export interface OrgAt {
  /** Index after the organization's tokens. */
  end: number;
  name: string;
  /** The name without its legal form ("Signa Holding"), when it has one. */
  short: string | null;
}

/** A company or association named with its legal form, starting at `i`, or null. */
export function legalFormAt(toks: NameTok[], i: number, to: number, stop: ReadonlySet<string> | undefined): OrgAt | null {
  const first = toks[i]!;
  // ("GmbH & Co. KG": the "Co." is no name)
  if (!first.word || !first.cap || stop?.has(first.lower) || FORMS.has(first.text) || first.lower === 'co' || first.lower === 'co.') return null;
  let words = 0;
  for (let j = i; j < to && words <= MAX_NAME_WORDS; j++) {
    const t = toks[j]!;
    if (j > i && FORMS.has(t.text)) {
      // a word that says what the firm is goes: "Tochterunternehmen CAE GmbH", "Bergbaugesellschaft Gemfields Ltd."
      let a = i;
      while (j - a > 1 && toks[a]!.word && toks[a + 1]!.word && (isOrgHead(toks[a]!.lower) || DESCRIPTOR_RE.test(toks[a]!.lower))) a++;
      let name = '';
      for (let k = a; k < j; k++) name += (name && toks[k]!.text !== '-' && !name.endsWith('-') ? ' ' : '') + toks[k]!.text;
      return { end: j + 1, name: `${name} ${t.text}`, short: name };
    }
    if (t.word && t.cap) words++;
    else if (!(t.text === '&' && j > i)) return null;
  }
  return null;
}

/**
 * An acronym in parentheses right after a word ("Olaf Scholz (SPD)"), with `i` at "(", or null.
 * With `head`, the words before must hold an organization's head word ("Robert Koch-Institut
 * (RKI)"), back to the last punctuation; without, the caller knows a person stands before it.
 */
export function acronymAt(toks: NameTok[], i: number, from: number, to: number, head = false): OrgAt | null {
  if (toks[i]!.text !== '(' || i === from || !toks[i - 1]!.word || i + 2 >= to || toks[i + 2]!.text !== ')') return null;
  const a = toks[i + 1]!;
  if (!a.word || !ACRONYM_RE.test(a.text) || (a.text.match(CAPITALS_RE)?.length ?? 0) < 2 || NOT_ORGS.has(a.text) || ROMAN_RE.test(a.text)) return null;
  if (head) {
    // two letters alone say too little ("(PA)", "(SH)"); after a person they are a party ("(PL)")
    if (a.text.length < 3) return null;
    let found = false;
    for (let k = i - 1; k >= from && i - k <= HEAD_WINDOW && toks[k]!.word && !found; k--) found = isOrgHead(toks[k]!.lower);
    if (!found) return null;
  }
  return { end: i + 3, name: a.text, short: null };
}

/** A German federal or state body written as one word ("Bundeskriminalamt"). */
export function isGermanBody(lower: string): boolean {
  return lower.length > 9 && (lower.startsWith('bundes') || lower.startsWith('landes')) && BODY_RE.test(lower) && !GENERIC_BODY_RE.test(lower);
}
