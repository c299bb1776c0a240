import { describe, expect, it } from 'vitest';
import { paragraphTokens, tokenize, tokensIn } from '../../../../src/engine/language/quotes/tokens';

const SAMPLES = [
  'Sen. John Smith (R-Ariz.) said the U.S. economy grew 3.5% in 2021 -- a "record", he added.',
  'J. R. R. Tolkien wrote it; Mr. Jones’s dog didn’t. Jr. and Sr. — ok – fine [1] e.g. x.',
  'Ünïcödé words, x\u0301y marks, 日本語のテスト。 𝐀𝐁𝐂 and a---b c--d.',
];

/**
 * Token lists compared as JSON (lone surrogates escaped): windows that cut a surrogate pair
 * hold lone surrogates, and handing such strings to expect() now and then broke the workers
 * pool's connection (an invalid UTF-8 WebSocket frame) in the middle of the run.
 */
function same(a: unknown, b: unknown): boolean {
  const x = JSON.stringify(a);
  const y = JSON.stringify(b);
  if (x !== y) throw new Error(`windows differ:\n${x}\n${y}`);
  return true;
}

describe('quote tokens', () => {
  it('reads words, joiners, abbreviations and punctuation', () => {
    const toks = tokenize('Sen. Smith (R-Ariz.) said: "don’t" -- U.S. J. Doe');
    expect(toks.map((t) => t.t)).toEqual(['Sen.', 'Smith', '(', 'R-Ariz', '.', ')', 'said', ':', 'don’t', '--', 'U.S.', 'J.', 'Doe']);
    expect(toks.map((t) => t.lo)).toEqual(['sen', 'smith', '(', 'r-ariz', '.', ')', 'said', ':', "don't", '--', 'u.s', 'j', 'doe']);
    expect(toks.filter((t) => t.cap).map((t) => t.t)).toEqual(['Sen.', 'Smith', 'R-Ariz', 'U.S.', 'J.', 'Doe']);
    expect(toks.find((t) => t.t === '--')?.word).toBe(true);
    expect(toks.find((t) => t.t === '(')?.word).toBe(false);
  });

  it('lower-cases capitals, letters beyond ASCII and typographic apostrophes', () => {
    const toks = tokenize('ÉCOLE Straße O’NEILL e.g. Mr. MR. x.');
    expect(toks.map((t) => t.t)).toEqual(['ÉCOLE', 'Straße', 'O’NEILL', 'e.g.', 'Mr.', 'MR.', 'x', '.']);
    expect(toks.map((t) => t.lo)).toEqual(['école', 'straße', "o'neill", 'e.g', 'mr', 'mr', 'x', '.']);
    expect(toks.map((t) => t.cap)).toEqual([true, true, true, false, true, true, false, false]);
  });

  it('gives offsets from the start of the text plus the offset', () => {
    const toks = tokenize('ab cd', 10);
    expect(toks.map((t) => [t.start, t.end])).toEqual([[10, 12], [13, 15]]);
  });

  it('shares the tokens of a paragraph', () => {
    expect(paragraphTokens(SAMPLES[0]!)).toBe(paragraphTokens(SAMPLES[0]!));
    expect(paragraphTokens(SAMPLES[0]!)).toEqual(tokenize(SAMPLES[0]!));
  });

  it('reads the tokens of any window as tokenizing the window itself would', () => {
    for (const p of SAMPLES) {
      for (let a = 0; a <= p.length; a++) {
        for (let b = a; b <= p.length; b += 3) {
          expect(same(tokensIn(p, a, b), tokenize(p.slice(a, b), a))).toBe(true);
        }
      }
    }
  });
});

describe('quote tokens of windows that cut tokens', () => {
  it('matches tokenizing the window when the cut changes how a token ends', () => {
    // "AJ." cut after the "A": the window reads "J." (an initial) where the paragraph reads "AJ" and "."
    const p = 'Officer AJ. Brandt told the U.S.-based panel that Gen. Okafor’s don’t-stop plan failed -- again.';
    for (let a = 0; a <= p.length; a++) {
      for (let b = a; b <= p.length; b++) {
        expect(same(tokensIn(p, a, b), tokenize(p.slice(a, b), a))).toBe(true);
      }
    }
  });
});
