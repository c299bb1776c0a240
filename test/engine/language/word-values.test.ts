import { describe, expect, it } from 'vitest';
import { WordValues } from '../../../src/engine/language/word-values';

describe('WordValues', () => {
  it('answers for every range of a text as a Map keyed by the slice would, while it grows', () => {
    const table = new WordValues(2);
    const map = new Map<string, number>();
    const text = 'the ferry und les für он theferry th e 😀x ferr the ferry';
    let n = 0;
    for (let a = 0; a <= text.length; a++) {
      for (let b = a; b <= text.length; b++) {
        const key = text.slice(a, b);
        expect(table.get(text, a, b)).toBe(map.get(key));
        if (!map.has(key) && (a + b) % 3 === 0) {
          map.set(key, n);
          table.add(key, n++);
        }
      }
    }
    expect(n).toBeGreaterThan(100);
    for (const [k, v] of map) expect(table.get(' ' + k, 1, k.length + 1)).toBe(v);
  });
});
