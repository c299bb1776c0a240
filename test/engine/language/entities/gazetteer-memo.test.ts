import { describe, expect, it } from 'vitest';
import { gazetteer, textGazetteer } from '../../../../src/engine/language/entities/gazetteer';

const WORDS = [
  'moscow', 'paris', 'new york', 'president', 'minister', 'the', 'said', 'river', 'ministry', 'john',
  'maria', 'russian', 'german', 'of', 'de', 'van', 'bin', 'cowboys', 'united nations', 'reuters',
  'monday', 'zzqx', '', 'nato', 'general', 'city', 'university', 'gulf', 'lake', 'bank',
];

describe('gazetteer for one text', () => {
  it('answers as the gazetteer does, asked once or twice', () => {
    const g = gazetteer();
    const t = textGazetteer(g);
    for (let round = 0; round < 2; round++) {
      for (const w of WORDS) {
        expect(t.places.get(w)).toEqual(g.places.get(w));
        expect(t.places.has(w)).toBe(g.places.has(w));
        expect(t.orgs.get(w)).toEqual(g.orgs.get(w));
        expect(t.demonyms.get(w)).toEqual(g.demonyms.get(w));
        for (const k of ['given', 'titles', 'roleHeads', 'orgHeads', 'orgFirst', 'placeHeads', 'placeFirst', 'common', 'never', 'particles', 'nicknames'] as const) {
          expect(t[k].has(w)).toBe(g[k].has(w));
        }
      }
    }
    expect(t.maxWords).toBe(g.maxWords);
    // every field is carried over (the per-text gazetteer is written out, not spread)
    expect(Object.keys(t).sort()).toEqual(Object.keys(g).sort());
  });
});
