import { describe, expect, it } from 'vitest';
import * as MANUAL from '../../../../src/engine/data/gazetteer/manual';
import { MANUAL_FINGERPRINT } from '../../../../src/engine/data/gazetteer/generated';
import { bucketOf, fingerprint, gazetteer, nameOf } from '../../../../src/engine/language/entities/gazetteer';

describe('gazetteer tables (generated at build time)', () => {
  it('were generated from the current manual.ts (else run: npx tsx scripts/build-gazetteer.ts)', () => {
    expect(fingerprint(MANUAL as unknown as Record<string, string>)).toBe(MANUAL_FINGERPRINT);
  });

  it('hashes keys to stable buckets and derives names from keys', () => {
    expect(bucketOf('', 7)).toBe(bucketOf('', 7));
    for (const k of ['moscow', 'new york', 'são paulo', 'x']) {
      const b = bucketOf(k, 1000);
      expect(b).toBeGreaterThanOrEqual(0);
      expect(b).toBeLessThan(1000);
    }
    expect(nameOf('new york')).toBe('New York');
    expect(nameOf('guinea-bissau')).toBe('Guinea-Bissau');
  });

  it('finds countries (shared entries for every name), towns, organizations and words', () => {
    const g = gazetteer();
    const ru = g.places.get('russia');
    expect(ru).toMatchObject({ key: 'c:RU', countryCode: 'RU', country: true });
    expect(g.places.get('russian federation')).toBe(ru);
    expect(g.places.get('russland')).toBe(ru);
    expect(g.places.get('hamburg')).toEqual({ key: 'p:hamburg', name: 'Hamburg', countryCode: 'DE', country: false, aliases: [], minor: true });
    expect(g.places.get('hamburg')).toBe(g.places.get('hamburg'));
    expect(g.places.get('england')).toMatchObject({ key: 'p:england', name: 'England', countryCode: 'GB', minor: false });
    expect(g.places.get('middle east')).toMatchObject({ countryCode: null, minor: false });
    expect(g.places.has('Moscow')).toBe(false);
    expect(g.places.get('no such place at all')).toBeUndefined();
    const nato = g.orgs.get('nato');
    expect(nato).toEqual({ key: 'o:north atlantic treaty organization', name: 'North Atlantic Treaty Organization', aliases: ['NATO'] });
    expect(g.orgs.get('north atlantic treaty organization')).toBe(nato);
    expect(g.demonyms.get('germans')).toBe('DE');
    expect(g.demonyms.get('european')).toBe('');
    expect(g.given.has('vladimir') && g.given.has('mary')).toBe(true);
    expect(g.given.has('moscow')).toBe(false);
    expect(g.titles.has('president') && g.common.has('the') && g.particles.has('van')).toBe(true);
    expect(g.maxWords).toBeGreaterThan(1);
  });
});
