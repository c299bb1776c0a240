/**
 * A fixed set of words looked up by a range of a text, without cutting the range out: the
 * scanners that read a text character by character (language detection) would otherwise
 * build a substring for every word only to hash it in a Map and throw it away. Open
 * addressing over typed arrays, FNV-1a over UTF-16 units; keys are compared unit by unit, so
 * `find(s, a, b)` answers exactly as a Map keyed by `s.slice(a, b)` would.
 */
export class WordTable {
  private readonly keys: string[] = [];
  private readonly hashes: Int32Array;
  /** Entry number + 1 per slot (0: empty). */
  private readonly slots: Int32Array;
  private readonly mask: number;

  /** @param words the keys, numbered in order (a repeated word keeps its first number) */
  constructor(words: Iterable<string>) {
    const list = [...new Set(words)];
    let size = 16;
    while (size < list.length * 2) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size);
    this.hashes = new Int32Array(list.length);
    for (const w of list) {
      const h = hashRange(w, 0, w.length);
      const e = this.keys.length;
      this.keys.push(w);
      this.hashes[e] = h;
      let i = h & this.mask;
      while (this.slots[i]) i = (i + 1) & this.mask;
      this.slots[i] = e + 1;
    }
  }

  /** The number of the key equal to `s.slice(start, end)`, or -1. */
  find(s: string, start: number, end: number): number {
    const h = hashRange(s, start, end);
    const len = end - start;
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      const e = (this.slots[i] as number) - 1;
      if (e < 0) return -1;
      if (this.hashes[e] !== h) continue;
      const k = this.keys[e] as string;
      if (k.length !== len) continue;
      let q = 0;
      while (q < len && k.charCodeAt(q) === s.charCodeAt(start + q)) q++;
      if (q === len) return e;
    }
  }
}

/** FNV-1a over the UTF-16 units of s[start, end). */
export function hashRange(s: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}
