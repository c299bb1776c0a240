/**
 * Character classes for the hand-written scanners (entities, quote speakers): a table filled
 * lazily, one lookup per UTF-16 unit of the Basic Multilingual Plane, the class function (a
 * Unicode property regex, slow) only on a character's first sight. A class is a bit set whose
 * bit 1 means "known", so that 0 marks a slot not filled yet.
 */
export interface CharClasses {
  /** Class bits of the code point at i, times 4, plus its length in UTF-16 units (1 or 2). */
  at(s: string, i: number): number;
  /** Class bits of one UTF-16 unit (a surrogate half is classed as itself). */
  unit(c: number): number;
}

/**
 * @param classOf class bits of one character (a code point as a string); must set bit 1
 * @param loneSurrogate the class of an unpaired surrogate
 */
export function charClasses(classOf: (ch: string) => number, loneSurrogate: number): CharClasses {
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x80; c++) table[c] = classOf(String.fromCharCode(c));
  const unit = (c: number): number => {
    let k = table[c] as number;
    if (!k) {
      k = classOf(String.fromCharCode(c));
      table[c] = k;
    }
    return k;
  };
  return {
    unit,
    at(s: string, i: number): number {
      const c = s.charCodeAt(i);
      if (c < 0xd800 || c > 0xdbff) return unit(c) * 4 + 1;
      // The pair read by hand, bounded by the string's length: codePointAt on a sliced string
      // whose last unit is a high surrogate was seen (in workerd, now and then) to pair it with
      // the unit after the slice.
      const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (d < 0xdc00 || d > 0xdfff) return loneSurrogate * 4 + 1;
      return classOf(String.fromCharCode(c, d)) * 4 + 2;
    },
  };
}

/**
 * The code point at i, its surrogate pair read by hand and bounded by the string: a high
 * surrogate that ends the string (or is not followed by a low one) is returned alone. (In
 * workerd, codePointAt on a sliced string ending in a high surrogate has paired it with the
 * unit after the slice.)
 */
export function codePointAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= s.length) return c;
  const d = s.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000 : c;
}

/**
 * Index of the first unit at or after `from` that `oneUnit` matches, or -1. `oneUnit` is a
 * global regular expression that matches one UTF-16 unit (a character class): the regular
 * expression engine finds a sparse character several times faster than a loop over the units.
 */
export function nextMatch(oneUnit: RegExp, s: string, from: number): number {
  oneUnit.lastIndex = from;
  return oneUnit.test(s) ? oneUnit.lastIndex - 1 : -1;
}

/** Per UTF-16 unit: 0 not known yet, 1 lower-casing leaves it, 2 lower-casing changes it. */
const LOWER_CHANGES = new Uint8Array(0x10000);

/** `ch !== ch.toLowerCase()` for the unit c alone, remembered per unit. */
export function lowerChanges(c: number): boolean {
  let k = LOWER_CHANGES[c] as number;
  if (!k) {
    const ch = String.fromCharCode(c);
    k = ch.toLowerCase() !== ch ? 2 : 1;
    LOWER_CHANGES[c] = k;
  }
  return k === 2;
}

/**
 * Does `t.toLowerCase()` give t itself? Yes when lower-casing leaves each of its units as it is
 * (no ASCII capital; beyond ASCII, by `lowerChanges`: "für", "größte", "свет"): the only
 * mapping that depends on context, the final sigma, is of a unit that changes anyway. A
 * surrogate is not judged alone (a pair may be a capital): the answer is then no.
 */
export function lowerCaseKeeps(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 0x80 ? c >= 65 && c <= 90 : (c >= 0xd800 && c <= 0xdfff) || lowerChanges(c)) return false;
  }
  return true;
}
