import { describe, expect, it } from 'vitest';
import { charClasses, codePointAt, lowerCaseKeeps, lowerChanges, nextMatch } from '../../../src/engine/language/char-classes';
import { detectLanguage } from '../../../src/engine/language/detect';
import { countWords } from '../../../src/engine/language/words';

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

describe('codePointAt (surrogate pairs read by hand)', () => {
  it('pairs a high and a low surrogate, and returns a lone or final high surrogate alone', () => {
    expect(codePointAt('a😀', 1)).toBe(0x1f600);
    expect(codePointAt('a😀', 2)).toBe(0xde00);
    const cut = 'x😀y'.slice(0, 2); // ends in a high surrogate
    expect(codePointAt(cut, 1)).toBe(0xd83d);
    expect(codePointAt('\ud83dz', 0)).toBe(0xd83d);
    expect(codePointAt('Ж', 0)).toBe(0x416);
  });

  it('counts words and detects the language of text sliced through a pair', () => {
    const text = 'Ferry times change on Monday 😀'.slice(0, -1);
    expect(countWords(text)).toBe(5);
    expect(detectLanguage('Die Fähre fährt am Montag wieder nach dem neuen Fahrplan, sagte die Stadt, und der Bürgermeister ist dafür ' + '😀'.slice(0, 1))).toBe('de');
  });
});

describe('lowerCaseKeeps (toLowerCase skipped for words it would leave alone)', () => {
  it('answers as toLowerCase does for words in several scripts', () => {
    for (const w of ['für', 'größte', 'Größte', 'straße', 'свет', 'Свет', 'ΟΔΟΣ', 'οδός', 'İstanbul', '日本語', 'don’t', 'abc', 'ABC', '𐐀x', '𝐀']) {
      expect(lowerCaseKeeps(w), w).toBe(w.toLowerCase() === w && !/[\ud800-\udfff]/.test(w));
    }
  });
  it('never keeps a word that lower-casing changes, for any BMP unit alone or between letters', () => {
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) {
        expect(lowerCaseKeeps(String.fromCharCode(c))).toBe(false);
        continue;
      }
      const ch = String.fromCharCode(c);
      expect(lowerChanges(c)).toBe(ch.toLowerCase() !== ch);
      for (const w of [ch, `a${ch}`, `${ch}b`, `ab${ch}cd`, `${ch}${ch}`]) {
        if (lowerCaseKeeps(w)) expect(w.toLowerCase()).toBe(w);
      }
    }
  });
});

describe('nextMatch (the next unit of a class, found by the regular expression engine)', () => {
  it('gives the index a scan of the units gives, from any start, whatever the last search left', () => {
    const re = /[.!?\u201c]/g;
    const s = 'No mark, then one. Two! “Quoted” and 𝐀 astral? end';
    for (let from = 0; from <= s.length + 1; from++) {
      let want = -1;
      for (let i = from; i < s.length; i++) if ('.!?\u201c'.includes(s[i] as string)) {
        want = i;
        break;
      }
      re.lastIndex = 7; // left over from another search
      expect(nextMatch(re, s, from)).toBe(want);
    }
    expect(nextMatch(re, '', 0)).toBe(-1);
  });
});
