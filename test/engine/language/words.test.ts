import { describe, expect, it } from 'vitest';
import { countWords, readingTime } from '../../../src/engine/language/words';

describe('countWords', () => {
  it('counts space-separated words', () => {
    expect(countWords('The ferry left at noon.')).toBe(5);
    expect(countWords('  many   spaces\n\nand lines  ')).toBe(4);
  });

  it('keeps contractions, hyphenated words, acronyms and numbers whole', () => {
    expect(countWords("Don't stop the well-known U.S. ferry at 3.5 knots with 1,000 riders")).toBe(12);
  });

  it('joins words only across a joiner followed by a word character', () => {
    expect(countWords("a_b a,b a. b a'b' a- -b x.\u00e9 x.'y")).toBe(10);
  });

  it('does not count punctuation or dashes alone', () => {
    expect(countWords('Prices — as expected — fell ... sharply !')).toBe(5);
    expect(countWords('-- ... !!')).toBe(0);
  });

  it('counts accented and non-Latin alphabetic words', () => {
    expect(countWords('Le café était fermé')).toBe(4);
    expect(countWords('Министр заявил об этом')).toBe(4);
    expect(countWords('한국 정부는 발표했다')).toBe(3);
  });

  it('counts CJK, Japanese and Thai one per character', () => {
    expect(countWords('今天天气很好')).toBe(6);
    expect(countWords('東京で会議')).toBe(5);
    expect(countWords('カタカナ')).toBe(4);
    // Thai: consonants and independent vowels count; combining vowel signs do not.
    expect(countWords('สวัสดี')).toBe(4);
    expect(countWords('Tokyo 東京')).toBe(3);
  });

  it('returns 0 for empty input', () => {
    expect(countWords('')).toBe(0);
  });
});

describe('readingTime (whole minutes, rounded up)', () => {
  it('is 0 for no words and at least 1 otherwise', () => {
    expect(readingTime(0)).toBe(0);
    expect(readingTime(1)).toBe(1);
    expect(readingTime(230)).toBe(1);
    expect(readingTime(231)).toBe(2);
    expect(readingTime(1000)).toBe(5);
  });

  it('uses the given rate, falling back to 230 for a bad one', () => {
    expect(readingTime(600, 200)).toBe(3);
    expect(readingTime(460, 0)).toBe(2);
    expect(readingTime(460, Number.NaN)).toBe(2);
  });
});
