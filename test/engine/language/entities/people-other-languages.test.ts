import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../../src/engine/language/entities/index';
import { isGermanRole, isRoleWord } from '../../../../src/engine/language/entities/people-other-languages';

const people = (language: string, paras: string[]) =>
  findEntities(paras, { language }).people.map((p) => ({ name: p.name, mentions: p.mentions, roles: p.roles }));
const names = (language: string, paras: string[]) => findEntities(paras, { language }).people.map((p) => p.name);

describe('people in text of other languages', () => {
  it('finds a German name after a role, with the role, and its family name alone later', () => {
    expect(
      people('de', [
        'Verbandschef Jörg Wendel kritisierte die Pläne der Landesregierung in Mainz.',
        'Wendel sagte, man müsse nachbessern. Auch Pressesprecherin Tanja Odenthal äußerte sich.',
      ]),
    ).toEqual([
      { name: 'Jörg Wendel', mentions: 2, roles: ['Verbandschef'] },
      { name: 'Tanja Odenthal', mentions: 1, roles: ['Pressesprecherin'] },
    ]);
  });

  it('finds French, Spanish, Italian and Portuguese names after a lower-case role word', () => {
    expect(people('fr', ['La maire Sylvie Castagnet a reçu le préfet à Lyon.'])).toEqual([
      { name: 'Sylvie Castagnet', mentions: 1, roles: ['maire'] },
    ]);
    expect(people('es', ['El alcalde Ramón Iturbe inauguró el puente. Iturbe habló con los vecinos.'])).toEqual([
      { name: 'Ramón Iturbe', mentions: 2, roles: ['alcalde'] },
    ]);
    expect(names('it', ['Il sindaco Marco Ferrante ha incontrato i commercianti.'])).toEqual(['Marco Ferrante']);
    expect(names('pt', ['O prefeito João Tavares visitou a escola. Tavares prometeu obras.'])).toEqual(['João Tavares']);
  });

  it('keeps name particles inside a name', () => {
    expect(names('de', ['Die Kommission unter Ulrike von der Brügge legte einen Plan vor.', 'Von der Brügge sagte, der Plan sei gut.'])).toEqual([
      'Ulrike von der Brügge',
    ]);
    expect(names('pt', ['O senador Tiago Amaral da Costa falou ontem. Segundo Amaral da Costa, a lei passa.'])).toEqual([
      'Tiago Amaral da Costa',
    ]);
  });

  it('wants evidence: a role or title, the name twice, or the family name alone', () => {
    // a given name before a capitalised noun, once, is no person
    expect(names('de', ['Am Montag traf Paul Freunde in Wien.'])).toEqual([]);
    expect(names('de', ['Frau Dr. Hanna Kleeberg leitet die Klinik.'])).toEqual(['Hanna Kleeberg']);
    expect(names('de', ['Gestern sprach Felix Ostermann im Rat. Am Abend lobte Felix Ostermann die Stadt.'])).toEqual(['Felix Ostermann']);
  });

  it('takes no German noun for a given or family name', () => {
    // "Art" and "Tod" are in the given-name lists; after an article a word is a noun
    expect(names('de', ['Die Art der Kontrolle ist neu. Jede Art der Kontrolle kostet Geld.'])).toEqual([]);
    expect(names('de', ['Der Tod der Tiere war traurig. Der Tod der Tiere wurde untersucht.'])).toEqual([]);
    // "den", "der" and "das" are no particles without a "von" before them
    expect(names('de', ['Dann gib den Teig in die Form. Gib den Teig dann in den Ofen.'])).toEqual([]);
    // a role word is no family name
    expect(names('de', ['Jonas Trainer sagte, Jonas Trainer sei müde.'])).toEqual([]);
  });

  it('reads a German genitive as the name beside it', () => {
    expect(people('de', ['Der Soziologe Ernst Wollbrecht schrieb viel.', 'Ernst Wollbrechts Thesen gelten bis heute. Wollbrecht starb 1920.'])).toEqual([
      { name: 'Ernst Wollbrecht', mentions: 3, roles: ['Soziologe'] },
    ]);
  });

  it('tells role words apart', () => {
    expect(isGermanRole('fdp-chef')).toBe(true);
    expect(isGermanRole('bundeskanzlerin')).toBe(true);
    expect(isGermanRole('landrätin')).toBe(true);
    expect(isGermanRole('kuchen')).toBe(false);
    expect(isRoleWord('président', 'fr')).toBe(true);
    expect(isRoleWord('presidente', 'es')).toBe(true);
    expect(isRoleWord('casa', 'es')).toBe(false);
    expect(isRoleWord('président', 'xx')).toBe(false);
  });

  it('leaves English text to the English rules', () => {
    // "Paul Freunde" would need evidence in German; the English scan has its own rules
    expect(names('en', ['Deputy Mayor Tanja Odenthal opened the bridge.'])).toEqual(['Tanja Odenthal']);
  });
});
