/**
 * A number for each word met while reading a text, looked up by a range of the text without
 * cutting the range out (the summary reads every word of every sentence, and most are words
 * met before: a substring per word, hashed for a Map and thrown away, was most of its time).
 * Open addressing over UTF-16 units with FNV-1a, as WordTable, but filled as the text is read:
 * `get(s, a, b)` answers as a Map keyed by `s.slice(a, b)` would.
 */
import { keepShape } from '../shape-keeper';
import { hashRange } from './word-table';

export class WordValues {
  private keys: string[] = [];
  private hashes: number[] = [];
  private values: number[] = [];
  /** Entry number + 1 per slot (0: empty). */
  private slots: Int32Array;
  private mask: number;

  constructor(capacity = 512) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
  }

  /** The value of the key equal to `s.slice(start, end)`, or undefined. */
  get(s: string, start: number, end: number): number | undefined {
    const h = hashRange(s, start, end);
    const len = end - start;
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      const e = (this.slots[i] as number) - 1;
      if (e < 0) return undefined;
      if (this.hashes[e] !== h) continue;
      const k = this.keys[e] as string;
      if (k.length !== len) continue;
      let q = 0;
      while (q < len && k.charCodeAt(q) === s.charCodeAt(start + q)) q++;
      if (q === len) return this.values[e];
    }
  }

  /** Set the value of a key that is not in the table yet. */
  add(key: string, value: number): void {
    const e = this.keys.length;
    if ((e + 1) * 2 > this.slots.length) this.grow();
    const h = hashRange(key, 0, key.length);
    this.keys.push(key);
    this.hashes.push(h);
    this.values.push(value);
    this.place(h, e);
  }

  private place(h: number, e: number): void {
    let i = h & this.mask;
    while (this.slots[i]) i = (i + 1) & this.mask;
    this.slots[i] = e + 1;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    this.mask = this.slots.length - 1;
    for (let e = 0; e < this.keys.length; e++) this.place(this.hashes[e] as number, e);
  }
}
keepShape(new WordValues(0));
