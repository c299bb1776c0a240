/**
 * Mojibake repair: UTF-8 text that was once decoded as Windows-1252 or Latin-1 ("PeÃ±a" for
 * "Peña", "donâ€™t" for "don’t", "Å‚" for "ł"), as pages, feeds and text dumps carry it, mixed
 * with correct text or encoded twice ("ChÃƒÂ¡vez"). Only the sequences that legitimate text
 * does not hold are read again as UTF-8:
 * - "Â" or "Ã" and a continuation character: a Latin-1 letter or sign (é, ñ, °, £, NBSP);
 * - "Ä" or "Å" and one: Latin Extended-A (ł, š, ć, ş), but not before a soft hyphen, which may
 *   follow "Ä" in German text;
 * - "â" and two: punctuation and symbols from U+2000 (’ “ ” – — … • € ™ →).
 * A continuation character is U+0080–U+00BF or what Windows-1252 shows for 0x80–0x9F (€, ‚, ™).
 * Other leads ("é", "Ñ", "Ö") are left alone: French writes "é »" with a no-break space, and
 * Spanish "Ñ»", which would read as valid sequences.
 */

/** Windows-1252's characters for the bytes 0x80–0x9F (the five it leaves undefined decode to U+0081… themselves). */
const CP1252_HIGH = new TextDecoder('windows-1252').decode(Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i));

/** Character → byte, for the characters above U+00FF that stand for a byte. */
const BYTE_OF = new Map<number, number>();
for (let i = 0; i < 32; i++) {
  const c = CP1252_HIGH.charCodeAt(i);
  if (c > 0xff) BYTE_OF.set(c, 0x80 + i);
}

const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
const SPECIALS = [...BYTE_OF.keys()].map(hex).join('');
/** A continuation byte (0x80–0xBF) as either decoder writes it. */
const CONT = `[\\u0080-\\u00bf${SPECIALS}]`;
/** The same without the soft hyphen. */
const CONT_NOT_SHY = `[\\u0080-\\u00ac\\u00ae-\\u00bf${SPECIALS}]`;

/** The lead characters read (see above): how many continuation characters follow, and whether a soft hyphen may be the first. */
const LEADS: Array<{ lead: string; n: 1 | 2; shy: boolean }> = [
  { lead: '\u00c3', n: 1, shy: true },
  { lead: '\u00c2', n: 1, shy: true },
  { lead: '\u00c5', n: 1, shy: false },
  { lead: '\u00c4', n: 1, shy: false },
  { lead: '\u00e2', n: 2, shy: true },
];

/** One sequence of any lead, written from LEADS. */
const SEQUENCE_RE = new RegExp(LEADS.map(({ lead, n, shy }) => `${hex(lead.charCodeAt(0))}${shy ? CONT : CONT_NOT_SHY}${n === 2 ? CONT : ''}`).join('|'), 'g');

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** How often a text is read again (text encoded twice needs two rounds). */
const MAX_ROUNDS = 3;

function decodeRun(run: string): string {
  const bytes = new Uint8Array(run.length);
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i);
    bytes[i] = c <= 0xff ? c : (BYTE_OF.get(c) as number);
  }
  let out: string;
  try {
    out = UTF8.decode(bytes);
  } catch {
    return run;
  }
  // "Â" and a byte Windows-1252 leaves undefined make a C1 control: not text
  const c = out.charCodeAt(0);
  return c >= 0x80 && c <= 0x9f ? run : out;
}

/** Is the character a continuation byte as either decoder writes it (CONT)? */
function isCont(c: number): boolean {
  return (c >= 0x80 && c <= 0xbf) || BYTE_OF.has(c);
}

/**
 * Does `s` hold a sequence SEQUENCE_RE matches (a first look: the decoder may still refuse it)?
 * Asked of every page: a search for each lead character is several times faster than the
 * regex over a page, and most pages hold none of them.
 */
export function hasMojibake(s: string): boolean {
  for (const { lead, n, shy } of LEADS) {
    for (let i = s.indexOf(lead); i >= 0; i = s.indexOf(lead, i + 1)) {
      const c = s.charCodeAt(i + 1);
      if (!isCont(c) || (c === 0xad && !shy)) continue;
      if (n === 1 || isCont(s.charCodeAt(i + 2))) return true;
    }
  }
  return false;
}

/** `s` with its mojibake read again as UTF-8 (the same string when it has none). */
export function repairMojibake(s: string): string {
  for (let round = 0; round < MAX_ROUNDS; round++) {
    if (!hasMojibake(s)) return s;
    const next = s.replace(SEQUENCE_RE, decodeRun);
    if (next === s) return s;
    s = next;
  }
  return s;
}
