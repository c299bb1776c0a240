import { describe, expect, it } from 'vitest';
import { charClasses } from '../../../src/engine/language/char-classes';

describe('charClasses', () => {
  const seen: string[] = [];
  const classes = charClasses((ch) => {
    seen.push(ch);
    return 1 | (/^\p{Lu}$/u.test(ch) ? 2 : 0);
  }, 1);

  it('classes a BMP character and reports one UTF-16 unit', () => {
    expect(classes.at('Éa', 0)).toBe(3 * 4 + 1);
    expect(classes.at('Éa', 1)).toBe(1 * 4 + 1);
  });
  it('asks the class function once per BMP character', () => {
    const before = seen.filter((c) => c === 'Ж').length;
    classes.at('Ж', 0);
    classes.at('ЖЖ', 1);
    expect(classes.unit('Ж'.charCodeAt(0))).toBe(3);
    expect(seen.filter((c) => c === 'Ж').length).toBe(before + 1);
  });
  it('classes an astral code point whole and reports two units; a lone surrogate gets the given class', () => {
    expect(classes.at('𝐀x', 0)).toBe(3 * 4 + 2);
    expect(classes.at('\ud835x', 0)).toBe(1 * 4 + 1);
  });
});
