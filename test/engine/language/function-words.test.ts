import { describe, expect, it } from 'vitest';
import { functionWords } from '../../../src/engine/language/function-words';
import { STOPWORDS } from '../../../src/engine/data/stopwords';

describe('functionWords', () => {
  it('is the list of data/stopwords.ts as a set, one set per language', () => {
    const de = functionWords('de');
    expect(de?.has('und')).toBe(true);
    expect(de?.has('')).toBe(false);
    expect(de?.size).toBe(new Set(STOPWORDS.de.split(/\s+/).filter(Boolean)).size);
    expect(functionWords('de')).toBe(de);
  });

  it('is undefined for a language without a list', () => {
    expect(functionWords('xx')).toBeUndefined();
  });
});
