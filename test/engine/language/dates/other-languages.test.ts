import { describe, expect, it } from 'vitest';
import { findDates } from '../../../../src/engine/language/dates/index';

// Wednesday, 15 December 2021
const dates = (language: string, text: string, reference: string | null = '2021-12-15') =>
  findDates([text], { reference, language }).map((d) => `${d.text}=${d.date}`);

describe('findDates in other languages than English', () => {
  it('reads German dates, months, weekdays and relative expressions', () => {
    expect(dates('de', 'Der Vertrag wurde am 3. März 2021 unterschrieben, die Frist endet am 03.04.2022.')).toEqual([
      '3. März 2021=2021-03-03',
      '03.04.2022=2022-04-03',
    ]);
    expect(dates('de', 'Am Montag tagte der Rat, heute nicht, gestern auch nicht.')).toEqual(['Montag=2021-12-13', 'heute=2021-12-15', 'gestern=2021-12-14']);
    expect(dates('de', 'Vor zwei Jahren war das anders, letztes Jahr auch, und im vergangenen Monat erst recht.')).toEqual([
      'Vor zwei Jahren=2019',
      'letztes Jahr=2020',
      'vergangenen Monat=2021-11',
    ]);
    // a month alone after a preposition, by the clause's tense; "August" alone is a given name
    expect(dates('de', 'Im Mai war die Halle leer. Im Mai wird sie wieder voll sein. August Roth kam.')).toEqual(['Mai=2021-05', 'Mai=2022-05']);
    // a weekday in a clause about the future is the next one ("werde": reported future)
    expect(dates('de', 'Am Montag werde das Gericht entscheiden.')).toEqual(['Montag=2021-12-20']);
    // "morgen" is tomorrow, "am Morgen" the morning
    expect(dates('de', 'Am Morgen regnete es, morgen soll die Sonne scheinen.')).toEqual(['morgen=2021-12-16']);
  });

  it('reads French, Spanish, Italian, Portuguese and Dutch', () => {
    expect(dates('fr', "Lundi dernier, le 1er mars 2021, il y a trois ans, l'année dernière, hier.")).toEqual([
      'Lundi dernier=2021-12-13',
      '1er mars 2021=2021-03-01',
      'il y a trois ans=2018',
      "l'année dernière=2020",
      'hier=2021-12-14',
    ]);
    expect(dates('es', 'El lunes pasado, el 3 de marzo de 2021 y hace dos años; mañana también.')).toEqual([
      'lunes pasado=2021-12-13',
      '3 de marzo de 2021=2021-03-03',
      'hace dos años=2019',
      'mañana=2021-12-16',
    ]);
    expect(dates('it', "Due anni fa, quest'anno e il 3 marzo 2021.")).toEqual(['Due anni fa=2019', "quest'anno=2021", '3 marzo 2021=2021-03-03']);
    expect(dates('pt', 'Há dois anos, em 3 de março de 2021, e ontem.')).toEqual(['Há dois anos=2019', '3 de março de 2021=2021-03-03', 'ontem=2021-12-14']);
    expect(dates('nl', 'Twee jaar geleden, vorig jaar en op 3 maart 2021.')).toEqual(['Twee jaar geleden=2019', 'vorig jaar=2020', '3 maart 2021=2021-03-03']);
  });

  it('takes no habit or morning for a date', () => {
    expect(dates('es', 'Los lunes abre tarde. Por la mañana llueve.')).toEqual([]);
    expect(dates('fr', 'Les lundis et chaque mardi.')).toEqual([]);
  });

  it('gives the expression without a date when there is no reference', () => {
    expect(dates('de', 'Am Montag und am 3. März.', null)).toEqual(['Montag=null', '3. März=null']);
  });

  it('keeps the English rules for English and for years in any language', () => {
    expect(dates('en', 'The board met on Monday and voted on March 3, 2021.')).toEqual(['on Monday=2021-12-13', 'March 3, 2021=2021-03-03']);
    expect(dates('de', 'Seit 2014 gilt die Regel.')).toEqual(['2014=2014']);
    // an English text taken for French keeps an English month with its day
    expect(dates('fr', 'The deal closed on March 4 in Paris.')).toEqual(['March 4=2021-03-04']);
  });
});
