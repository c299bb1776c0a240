import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../src/engine/language/quotes/index';

const speakers = (language: string, paragraphs: string[]) => findQuotes(paragraphs, { people: [], language }).map((q) => q.speaker);

describe('findQuotes: speakers in other languages than English', () => {
  it('keeps names, with their roles', () => {
    expect(speakers('de', ['„Wir bauen die Brücke bis zum Sommer neu“, sagt Bürgermeisterin Greta Lindner.'])).toEqual(['Bürgermeisterin Greta Lindner']);
    expect(speakers('de', ['HDE-Präsident Anton von Berg sagte: „Der Handel braucht jetzt schnelle Hilfe vom Staat.“'])).toEqual([
      'HDE-Präsident Anton von Berg',
    ]);
    expect(speakers('de', ['Bischof Stäblein sagte: „Wir bleiben eine offene Kirche für alle Menschen.“'])).toEqual(['Bischof Stäblein']);
  });

  it('takes no function word, pronoun or capitalised phrase before a colon for a speaker', () => {
    expect(speakers('de', ['Und er sagt: „Wir bleiben bei unserem Plan für den Hafen.“'])).toEqual([null]);
    expect(speakers('de', ['Das Problem: „Die Kosten steigen schneller als die Einnahmen der Stadt.“'])).toEqual([null]);
    expect(speakers('de', ['Zum Vergleich: „Im letzten Jahr waren es nur zwölf Schiffe im Hafen.“'])).toEqual([null]);
    expect(speakers('de', ['Die Zukunft der Arbeit: „Arbeiten werden die Menschen auch in Zukunft noch lange.“'])).toEqual([null]);
    expect(speakers('fr', ['Mais il ajoute : « Nous resterons ici jusqu’à la fin de l’hiver. »'])).toEqual([null]);
    expect(speakers('es', ['En la reunión dijo: «Vamos a abrir el puerto antes del verano».'])).toEqual([null]);
    // a name does not end with a function word ("Sie")
    expect(speakers('de', ['Fragen Sie: „Wie lange dauert die Sanierung der Brücke noch?“'])).toEqual([null]);
  });

  it('drops a function word before a name, and reads a surname as the full name given earlier', () => {
    expect(speakers('fr', ['Pour Jan Novak, « le port doit rester ouvert toute l’année ».'])).toEqual(['Jan Novak']);
    expect(speakers('de', ['„Wir bauen die Brücke bis zum Sommer neu“, sagt Greta Lindner.', '„Das wird noch einige Monate dauern“, so Lindner.'])).toEqual([
      'Greta Lindner',
      'Greta Lindner',
    ]);
    expect(
      speakers('pt', ['"Vamos abrir o porto antes do verão", disse Rodrigo Pacheco.', 'O Pacheco afirmou: "O porto fica aberto o ano inteiro."']),
    ).toEqual(['Rodrigo Pacheco', 'Rodrigo Pacheco']);
  });

  it('leaves English as it was', () => {
    expect(speakers('en', ['"We will rebuild the bridge by summer," Greta Lindner said.', '"It will take months," Lindner said.'])).toEqual([
      'Greta Lindner',
      'Greta Lindner',
    ]);
  });
});

describe('findQuotes: a surname alone, in other languages', () => {
  it('is the full name the text gives it, after a capitalised word that is no function word', () => {
    expect(
      speakers('pt', ['O senador Rodrigo Pacheco visitou o porto na segunda-feira.', 'O Pacheco afirmou: "O porto fica aberto o ano inteiro."']),
    ).toEqual(['Rodrigo Pacheco']);
    // one word that no full name in the text ends with: no speaker
    expect(speakers('de', ['Immerhin: „Die Straße bleibt nur noch bis Mai gesperrt.“'])).toEqual([null]);
  });
});
