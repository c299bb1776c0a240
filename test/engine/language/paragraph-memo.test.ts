import { describe, expect, it } from 'vitest';
import { paragraphMemo } from '../../../src/engine/language/paragraph-memo';

describe('paragraphMemo', () => {
  it('computes a paragraph once until released', () => {
    let calls = 0;
    const memo = paragraphMemo((p) => {
      calls++;
      return p.split(' ');
    });
    const a = memo.get('harbour ferry resumes');
    expect(memo.get('harbour ferry resumes')).toBe(a);
    expect(calls).toBe(1);
    memo.release();
    expect(memo.get('harbour ferry resumes')).not.toBe(a);
    expect(calls).toBe(2);
  });
  it('stays bounded: when full it starts over', () => {
    let calls = 0;
    const memo = paragraphMemo((p) => {
      calls++;
      return p.length;
    }, 2);
    memo.get('a');
    memo.get('bb');
    memo.get('ccc'); // full: dropped, then holds only 'ccc'
    memo.get('a');
    expect(calls).toBe(4);
    memo.get('ccc');
    expect(calls).toBe(4);
  });
});
