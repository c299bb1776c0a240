import { describe, expect, it } from 'vitest';
import { analyzeLanguage } from '../../../src/engine/language/index';

// my own text: a German report of some 500 characters
const GERMAN = [
  'Die Stadtwerke haben am 3. März 2021 die neue Brücke über den Fluss eröffnet. Fragen Sie die Anwohner, dann hören Sie viel Lob.',
  'Verbandschef Jörg Wendel sagte bei der Eröffnung, die Arbeiten seien schneller als geplant vorangekommen. Wendel dankte den Firmen aus der Region und den Mitarbeitern der Verwaltung.',
  'Im nächsten Jahr sollen zwei weitere Brücken folgen, die alte Fähre wird dann nicht mehr gebraucht. Die Kosten liegen bei rund vier Millionen Euro.',
];

describe('analyzeLanguage', () => {
  it('reads a text in the language it is written in when the page declares another, and keeps the declared tag', () => {
    const r = analyzeLanguage(GERMAN, { language: 'en', reference: '2021-12-15' });
    expect(r.language).toBe('en');
    // German rules: the person with the role, no "Fragen Sie"; German dates
    expect(r.entities.people.map((p) => p.name)).toEqual(['Jörg Wendel']);
    expect(r.dates.map((d) => d.text)).toContain('3. März 2021');
  });

  it('reads a short text in the declared language, too short to say otherwise', () => {
    const short = ['Am 3. März 2021 tagte der Rat der Stadt, und Verbandschef Jörg Wendel sprach.'];
    // read by the English rules, as declared: no German date ("3. März 2021" is one only in German)
    expect(analyzeLanguage(short, { language: 'en', reference: '2021-12-15' }).dates).toEqual([]);
    expect(analyzeLanguage(short, { language: 'de', reference: '2021-12-15' }).dates.map((d) => d.text)).toEqual(['3. März 2021']);
  });

  it('detects the language when none is declared', () => {
    expect(analyzeLanguage(GERMAN).language).toBe('de');
  });
});
