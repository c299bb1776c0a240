import { describe, expect, it } from 'vitest';
import { findKeywords } from '../../../../src/engine/language/keywords/index';
import { centralSummary } from '../../../../src/engine/language/summary';

const paragraphs = [
  'Valdoria and Tesk agreed on Monday to build a tidal power plant on their shared coast, the first tidal power plant in the region.',
  'The tidal power plant will supply both countries, officials said. Critics worry about fishing grounds near the site.',
  'Fishing grounds along the coast feed thousands of families, and the Coastal Fishers Union has asked for a review.',
  'The Coastal Fishers Union said the review should be public. Talks resume next week.',
];

describe('findKeywords', () => {
  it('returns key phrases, not single common words, most important first', () => {
    const k = findKeywords(paragraphs, { title: 'Valdoria and Tesk to build tidal power plant', language: 'en' });
    expect(k[0]).toBe('tidal power plant');
    expect(k).toContain('fishing grounds');
    expect(k).toContain('Coastal Fishers Union');
    expect(k).not.toContain('said');
    expect(k.length).toBeLessThanOrEqual(10);
    // deduplicated case-insensitively
    expect(new Set(k.map((x) => x.toLowerCase())).size).toBe(k.length);
  });
});

describe('findKeywords: the written form', () => {
  const text = (a: string, b: string, c: string) => [`Talks with the ${a} went on.`, `Members of the ${b} voted.`, `The ${c} will meet again.`];

  it('writes a phrase in the form it appears in most often, the first of equals', () => {
    expect(findKeywords(text('Harbour Light Society', 'HARBOUR LIGHT Society', 'Harbour Light Society'), { language: 'en' })).toContain('Harbour Light Society');
    expect(findKeywords(text('HARBOUR LIGHT Society', 'Harbour Light Society', 'HARBOUR LIGHT Society'), { language: 'en' })).toContain('HARBOUR LIGHT Society');
    expect(findKeywords(text('HARBOUR LIGHT Society', 'Harbour Light Society', 'Harbour Light Society'), { language: 'en' })).toContain('Harbour Light Society');
    expect(findKeywords(text('Harbour LIGHT Society', 'Harbour Light Society', 'HARBOUR LIGHT Society'), { language: 'en' })).toContain('Harbour LIGHT Society');
  });

  it('keeps the one form of a name written one way', () => {
    expect(findKeywords(text('Harbour Light Society', 'Harbour Light Society', 'Harbour Light Society'), { language: 'en' })).toContain('Harbour Light Society');
  });
});

describe('centralSummary', () => {
  it('returns up to three central sentences, verbatim and in text order', () => {
    const s = centralSummary(paragraphs, 3);
    expect(s.length).toBe(3);
    const text = paragraphs.join('\n\n');
    let at = -1;
    for (const x of s) {
      const i = text.indexOf(x);
      expect(i).toBeGreaterThan(at);
      at = i;
    }
    expect(centralSummary(paragraphs, 0)).toEqual([]);
  });
});
