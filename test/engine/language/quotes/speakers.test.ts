import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../src/engine/language/quotes/index';

const speakers = (language: string, paragraphs: string[]) => findQuotes(paragraphs, { people: [], language }).map((q) => q.speaker);

describe('findQuotes: speakers in other languages than English', () => {
  it('keeps the full name without the role before it (the contract: the person\'s full name, else null)', () => {
    expect(speakers('de', ['„Wir bauen die Brücke bis zum Sommer neu“, sagt Bürgermeisterin Greta Lindner.'])).toEqual(['Greta Lindner']);
    expect(speakers('de', ['HDE-Präsident Anton von Berg sagte: „Der Handel braucht jetzt schnelle Hilfe vom Staat.“'])).toEqual([
      'Anton von Berg',
    ]);
    expect(speakers('de', ['Die Hamburger Datenschutzbeauftragte Greta Lindner sagte: „Wir prüfen den Fall noch in dieser Woche.“'])).toEqual([
      'Greta Lindner',
    ]);
    // a role and a family name, and no full name in the text: no speaker
    expect(speakers('de', ['Bischof Stäblein sagte: „Wir bleiben eine offene Kirche für alle Menschen.“'])).toEqual([null]);
    // … and with the full name earlier, that name
    expect(
      speakers('de', ['Der Bischof heißt Konrad Stäblein.', 'Bischof Stäblein sagte: „Wir bleiben eine offene Kirche für alle Menschen.“']),
    ).toEqual(['Konrad Stäblein']);
  });

  it('takes a German phrase of capitalised nouns for no speaker, and a name after it for the name', () => {
    expect(speakers('de', ['Kein Wunder: „Die Preise steigen seit Monaten schneller als die Löhne.“'])).toEqual([null]);
    // a word the text writes after an article ("Am Anfang") is a noun
    expect(speakers('de', ['Am Anfang war alles einfach.', 'Anfang Mai hieß es: „Die Preise steigen seit Monaten schneller als die Löhne.“'])).toEqual([
      null,
    ]);
    // a name the lists lack stays a name
    expect(speakers('de', ['„Die Preise steigen seit Monaten schneller als die Löhne“, sagte Gunlinde Schöppe.'])).toEqual(['Gunlinde Schöppe']);
    // "Doch Preetz": the family name of a person the text names in full
    expect(
      speakers('de', ['Manager Konrad Preetz blieb ruhig.', 'Doch Preetz sagte: „Ich bin ein Kämpfer und keiner, der wegläuft.“']),
    ).toEqual(['Konrad Preetz']);
  });

  it('reads a speaker as one of the people of the entities layer', () => {
    const people = [{ name: 'Greta Lindner', mentions: 2, aliases: ['Lindner'], roles: ['Bürgermeisterin'] }];
    const q = findQuotes(['Greta Lindners Antwort: „Wir bauen die Brücke bis zum Sommer neu, versprochen.“'], { people, language: 'de' });
    expect(q.map((x) => x.speaker)).toEqual(['Greta Lindner']);
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
