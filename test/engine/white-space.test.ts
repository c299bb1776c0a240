import { describe, expect, it } from 'vitest';
import { isWhiteSpace } from '../../src/engine/white-space';

describe('isWhiteSpace', () => {
  it('answers as /\\s/ and trim do, for every UTF-16 unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const want = /\s/.test(ch);
      if (isWhiteSpace(c) !== want || (ch.trim() === '') !== want) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });
});
