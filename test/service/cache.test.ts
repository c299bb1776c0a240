import { describe, expect, it } from 'vitest';
import { clipJsonBytes } from '../../src/service/cache';

const jsonBytes = (s: string) => new TextEncoder().encode(JSON.stringify(s)).length - 2;

describe('clipJsonBytes (KV metadata budgets)', () => {
  it('keeps a string that fits, whole', () => {
    expect(clipJsonBytes('Harbour ferry', 20)).toBe('Harbour ferry');
  });
  it('counts UTF-8 bytes, not characters, and never splits a code point', () => {
    expect(clipJsonBytes('渡轮渡轮', 7)).toBe('渡轮');
    expect(clipJsonBytes('a😀b', 4)).toBe('a');
    expect(clipJsonBytes('a😀b', 5)).toBe('a😀');
  });
  it('counts JSON escapes', () => {
    expect(clipJsonBytes('"""', 4)).toBe('""');
    expect(clipJsonBytes('a\u0001b', 6)).toBe('a');
  });
  it('counts a lone surrogate as its JSON escape, also at the end of a sliced string', () => {
    const cut = 'ab😀c'.slice(0, 3); // ends in a high surrogate
    expect(clipJsonBytes(cut, 8)).toBe(cut);
    expect(clipJsonBytes(cut, 7)).toBe('ab');
    expect(clipJsonBytes('\udc00x', 6)).toBe('\udc00');
    expect(clipJsonBytes('\ud83d\ude00', 4)).toBe('\ud83d\ude00');
  });
  it('agrees with JSON.stringify on mixed text', () => {
    const s = 'Ферри «Гавань» — 渡轮 "quoted" \\ tab\t 😀'.repeat(5);
    for (let max = 0; max < 200; max += 7) {
      const out = clipJsonBytes(s, max);
      expect(s.startsWith(out)).toBe(true);
      expect(jsonBytes(out)).toBeLessThanOrEqual(max);
      expect(out.isWellFormed()).toBe(true);
    }
  });
});
