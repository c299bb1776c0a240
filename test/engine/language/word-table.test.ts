import { describe, expect, it } from 'vitest';
import { WordTable } from '../../../src/engine/language/word-table';

describe('WordTable', () => {
  const words = ['the', 'und', 'les', 'für', 'он', 'ferry', 'the', '😀x'];
  const table = new WordTable(words);

  it('numbers the keys in order, a repeated word keeping its first number', () => {
    expect(table.find('the', 0, 3)).toBe(0);
    expect(table.find('ferry', 0, 5)).toBe(5);
    expect(table.find('😀x', 0, 3)).toBe(6);
  });

  it('answers for every range of a text as a Map keyed by the slice would', () => {
    const byWord = new Map<string, number>();
    [...new Set(words)].forEach((w, i) => byWord.set(w, i));
    const text = 'the ferry und les für он theferry th e 😀x ferr';
    for (let a = 0; a <= text.length; a++) {
      for (let b = a; b <= text.length; b++) expect(table.find(text, a, b)).toBe(byWord.get(text.slice(a, b)) ?? -1);
    }
  });
});
