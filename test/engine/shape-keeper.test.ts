import { describe, expect, it } from 'vitest';
import { keepShape } from '../../src/engine/shape-keeper';
import { textGazetteer, gazetteer } from '../../src/engine/language/entities/gazetteer';

describe('keepShape', () => {
  it('returns the sample it keeps', () => {
    const sample = { a: 1 };
    expect(keepShape(sample)).toBe(sample);
  });
});

describe('textGazetteer', () => {
  it('answers as the gazetteer it wraps, field for field (written out, not spread)', () => {
    const g = gazetteer();
    const t = textGazetteer(g);
    expect(Object.keys(t).sort()).toEqual(Object.keys(g).sort());
    for (const w of ['paris', 'germany', 'nato', 'john', 'zzzz']) {
      expect(t.places.get(w)).toEqual(g.places.get(w));
      expect(t.given.has(w)).toBe(g.given.has(w));
    }
    expect(t.maxWords).toBe(g.maxWords);
  });
});
