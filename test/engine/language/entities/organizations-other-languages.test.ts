import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../../src/engine/language/entities/index';
import { isGermanBody, isOrgHead } from '../../../../src/engine/language/entities/organizations-other-languages';

const orgs = (language: string, paras: string[]) => findEntities(paras, { language }).organizations.map((o) => o.name);

describe('organizations in text of other languages', () => {
  it('reads a company or association by its legal form', () => {
    expect(orgs('de', ['Die Kornfeld Logistik GmbH meldete Insolvenz an. Auch die Wanderfreunde Talheim e.V. protestierten.'])).toEqual([
      'Kornfeld Logistik GmbH',
      'Wanderfreunde Talheim e.V.',
    ]);
    expect(orgs('es', ['La empresa Aceros Montaña S.A. anunció beneficios.'])).toEqual(['Aceros Montaña S.A.']);
    // a word that says what the firm is goes; "Co." in "GmbH & Co. KG" is no name
    expect(orgs('de', ['Das Tochterunternehmen Brandt Werkzeuge GmbH & Co. KG wächst.'])).toEqual(['Brandt Werkzeuge GmbH']);
  });

  it('reads an acronym in parentheses after a person as the party, after an organization name as that', () => {
    expect(orgs('de', ['Die Abgeordnete Marta Kosic (ÖVP) und der Tierschutzbund (TSB) stellten die Studie vor.'])).toEqual(['ÖVP', 'TSB']);
    expect(orgs('fr', ['La Confédération paysanne (CPF) manifeste à Lyon.'])).toEqual(['CPF']);
  });

  it('takes no acronym of a thing, a currency or a numeral for an organization', () => {
    expect(orgs('de', ['Das Bruttoinlandsprodukt (BIP) stieg um zwei Prozent.'])).toEqual([]);
    expect(orgs('de', ['Der Preis stieg auf 20 Euro (EUR) je Stück. Im Kapitel (IV) steht mehr.'])).toEqual([]);
    expect(orgs('de', ['Der Landesbund (LB) tagte.'])).toEqual([]);
  });

  it('reads German federal and state bodies written as one word, not the bare kind', () => {
    expect(orgs('de', ['Das Bundeskriminalamt warnte, die Landesregierung schwieg.'])).toEqual(['Bundeskriminalamt', 'Landesregierung']);
    expect(isGermanBody('bundesverfassungsgericht')).toBe(true);
    expect(isGermanBody('bundesministerium')).toBe(false);
    expect(isGermanBody('bundesparteitag')).toBe(false);
    expect(isGermanBody('bundesland')).toBe(false);
  });

  it('knows head words of organizations, whole or at the end of a compound', () => {
    expect(isOrgHead('koch-institut')).toBe(true);
    expect(isOrgHead('währungsfonds')).toBe(true);
    expect(isOrgHead('confederación')).toBe(true);
    expect(isOrgHead('bruttoinlandsprodukt')).toBe(false);
  });

  it('reads a one-word club that is also a place as the place, but after a club prefix', () => {
    const r = findEntities(['Die Ferien beginnen in Bayern früher. Der FC Bayern spielt am Samstag.'], { language: 'de' });
    expect(r.places.map((p) => `${p.name} ${p.countryCode}`)).toEqual(['Bayern DE']);
    expect(r.organizations.map((o) => o.name)).toEqual(['Bayern']);
    // a company named like a place abroad stays the company
    expect(orgs('de', ['Die Firma Amazon eröffnet ein Lager.'])).toEqual(['Amazon']);
  });
});
