import { describe, expect, it } from 'vitest';
import type { Person } from '../../../../src/engine/article';
import { findQuotes } from '../../../../src/engine/language/quotes/index';
import { doubleSpans, singleSpans } from '../../../../src/engine/language/quotes/marks';

const q = (paragraphs: string[], people: Person[] = []) => findQuotes(paragraphs, { people, language: 'en' });
const direct = (ps: string[]) => q(ps).filter((x) => x.direct);

describe('findQuotes: marks', () => {
  it('reads straight, curly and guillemet quotes', () => {
    expect(direct(['"The harbor will reopen soon," Mira Holt said.'])[0]).toEqual({ text: 'The harbor will reopen soon', speaker: 'Mira Holt', direct: true });
    expect(direct(['“The harbor will reopen soon,” Mira Holt said.'])[0].text).toBe('The harbor will reopen soon');
    expect(direct(['Mira Holt said: « The harbor will reopen very soon. »'])[0].speaker).toBe('Mira Holt');
    expect(direct(['Mira Holt sagte: „Der Hafen wird bald wieder offen sein.“'])[0].text).toBe('Der Hafen wird bald wieder offen sein.');
  });

  it('does not take apostrophes for single quotes', () => {
    const p = 'Pell’s ferry, a relic of the ’90s, don\'t sail; she said ‘we will keep the old boats running’ anyway.';
    const d = doubleSpans(p);
    const s = singleSpans(p, d);
    expect(s).toHaveLength(1);
    expect(p.slice(s[0].open + 1, s[0].close)).toBe('we will keep the old boats running');
  });

  it('reads single marks before, between and after double spans, and none inside them', () => {
    const p = "She said 'one word' then “he said 'two words' there” and 'three here' then “open 'four five' to the end";
    const d = doubleSpans(p);
    expect(d.map((x) => x.closed)).toEqual([true, false]);
    const s = singleSpans(p, d);
    expect(s.map((x) => p.slice(x.open + 1, x.close))).toEqual(['one word', 'three here']);
    expect(singleSpans("'a b' “x” 'c d'", doubleSpans("'a b' “x” 'c d'")).map((x) => x.open)).toEqual([0, 10]);
  });

  it('reads single marks in linear time between many double spans (no single mark after them)', () => {
    const p = 'a "b" '.repeat(40_000);
    const d = doubleSpans(p);
    const t0 = Date.now();
    expect(singleSpans(p, d)).toEqual([]);
    expect(Date.now() - t0).toBeLessThan(400);
  });

  it('continues a quote over paragraphs that open with a mark', () => {
    const out = direct([
      'Mira Holt said: “The harbor will reopen in spring after the repairs.',
      '“We are hiring twenty more dock workers for the season.”',
      'The port is busy.',
    ]);
    expect(out).toHaveLength(1);
    expect(out[0].text).toContain('twenty more dock workers');
    expect(out[0].speaker).toBe('Mira Holt');
  });

  it('keeps an unbalanced mark inside its paragraph', () => {
    const out = direct(['Mira Holt praised the deal, saying it rests on “trust, patience and a long memory of the sea.', 'The next paragraph is plain text about weather and boats.']);
    expect(out).toHaveLength(1);
    expect(out[0].text).toBe('trust, patience and a long memory of the sea.');
  });

  it('joins a quote interrupted by its attribution', () => {
    const out = direct(['"We will win," Dan Royce said, "and we will win big this time."']);
    expect(out).toEqual([{ text: 'We will win and we will win big this time.', speaker: 'Dan Royce', direct: true }]);
  });

  it('drops short scare quotes without attribution', () => {
    expect(direct(['The plan, called a "fresh start" by fans, was shelved.'])).toEqual([]);
  });

  // A hang guard, not a speed test (the bench times speed): a quadratic rule takes minutes on this
  // input and fails by the timeout.
  it('finishes on pathological input', { timeout: 30_000 }, () => {
    expect(q(['"'.repeat(100000), '“ '.repeat(100000), 'word '.repeat(1000000)])).toEqual([]);
  });
});

describe('findQuotes: speakers', () => {
  it('reads the usual attribution forms', () => {
    expect(direct(['"Ferries will run again this week," said Olaf Brenn.'])[0].speaker).toBe('Olaf Brenn');
    expect(direct(['"Ferries will run again this week," said the minister, Jane Doe.'])[0].speaker).toBe('Jane Doe');
    expect(direct(['"Ferries will run again this week," according to Olaf Brenn.'])[0].speaker).toBe('Olaf Brenn');
    expect(direct(['Olaf Brenn told reporters: "Ferries will run again this week."'])[0].speaker).toBe('Olaf Brenn');
    expect(direct(['Olaf Brenn said in a statement: "Ferries will run again this week."'])[0].speaker).toBe('Olaf Brenn');
    expect(direct(['"Ferries will run again this week," Olaf Brenn, a port official, said.'])[0].speaker).toBe('Olaf Brenn');
  });

  it('gives full names from earlier mentions or from people', () => {
    const ps = ['Harbor Minister Olaf Brenn visited the docks.', '"Ferries will run again this week," Brenn said.'];
    expect(direct(ps)[0].speaker).toBe('Olaf Brenn');
    const people = [{ name: 'Olaf T. Brenn', mentions: 2, aliases: ['Brenn'], roles: ['Harbor Minister'] }];
    expect(q(ps, people).filter((x) => x.direct)[0].speaker).toBe('Olaf T. Brenn');
  });

  it('resolves pronouns and descriptions to the person in focus', () => {
    const ps = [
      'Valdorian President Ana Sorel met Tesk Premier Ivo Lind on Monday.',
      'Sorel opened the talks. "We share a long border and a longer history," she said.',
      'Lind and Sorel signed the treaty, with the Valdorian leader saying it marks “a new chapter for both of our peoples.”',
    ];
    const out = direct(ps);
    expect(out[0].speaker).toBe('Ana Sorel');
    expect(out[1].speaker).toBe('Ana Sorel');
  });

  it('takes no name alone on its line (a credit, a byline) for the person in focus', () => {
    const ps = [
      'Harbor Minister Olaf Brenn visited the docks on Monday.',
      'Mira Holt.',
      'By Jane Roe',
      '"Ferries will run again this week," he said.',
    ];
    expect(direct(ps)[0].speaker).toBe('Olaf Brenn');
  });

  it('reports reported speech as indirect quotes', () => {
    const out = q(['Harbor Minister Olaf Brenn said the ferries would run again next week.', 'The repairs took longer than planned and cost more money, Brenn said.']);
    expect(out).toEqual([
      { text: 'the ferries would run again next week', speaker: 'Olaf Brenn', direct: false },
      { text: 'The repairs took longer than planned and cost more money', speaker: 'Olaf Brenn', direct: false },
    ]);
    expect(q(['Olaf Brenn said that the ferries would run again next week.'])[0].text).toBe('the ferries would run again next week');
  });
});
