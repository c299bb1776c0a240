import { describe, expect, it } from 'vitest';
import { readDateline } from '../../../src/engine/text/index';

describe('readDateline: wire styles', () => {
  it('reads "PLACE (AP) —" with an em dash', () => {
    const r = readDateline('OSLOVIK (AP) — The harbor authority closed the port on Monday.');
    expect(r.dateline).toEqual({ place: 'Oslovik', date: null, raw: 'OSLOVIK (AP)' });
    expect(r.agency).toEqual({ code: 'AP', name: 'Associated Press' });
    expect(r.rest).toBe('The harbor authority closed the port on Monday.');
  });

  it('reads "PLACE (AP)" with no dash', () => {
    const r = readDateline('MOSCOW (AP) Officials in the capital announced a new budget.');
    expect(r.dateline?.place).toBe('Moscow');
    expect(r.dateline?.raw).toBe('MOSCOW (AP)');
    expect(r.agency?.code).toBe('AP');
    expect(r.rest).toBe('Officials in the capital announced a new budget.');
  });

  it('reads "PLACE, Month D (Reuters) -"', () => {
    const r = readDateline('WASHINGTON, March 3 (Reuters) - Lawmakers debated the bill.');
    expect(r.dateline).toEqual({ place: 'Washington', date: '--03-03', raw: 'WASHINGTON, March 3 (Reuters)' });
    expect(r.agency).toEqual({ code: 'Reuters', name: 'Reuters' });
    expect(r.rest).toBe('Lawmakers debated the bill.');
  });

  it('reads "PLACE, Month D -" without an agency', () => {
    const r = readDateline('MOSCOW, March 3 - Grain exports rose sharply.');
    expect(r.dateline).toEqual({ place: 'Moscow', date: '--03-03', raw: 'MOSCOW, March 3' });
    expect(r.agency).toBeNull();
  });

  it('reads abbreviated months and fills the year when given', () => {
    const r = readDateline('CLEVELAND, Feb 26 - Lakeshore Steel Co said it would expand.', 1987);
    expect(r.dateline).toEqual({ place: 'Cleveland', date: '1987-02-26', raw: 'CLEVELAND, Feb 26' });
    expect(readDateline('CLEVELAND, Feb 26 - Lakeshore Steel Co said it would expand.').dateline?.date).toBe('--02-26');
  });

  it('keeps a state after a comma and title-cases the city', () => {
    const r = readDateline('PORTLAND, Ore., Feb 26 - Cedar Inns Ltd said it filed an offering.');
    expect(r.dateline?.place.split(',')[0]).toBe('Portland');
    expect(r.dateline?.place).toBe('Portland, Ore.');
    expect(r.dateline?.date).toBe('--02-26');
    expect(r.dateline?.raw).toBe('PORTLAND, Ore., Feb 26');
  });

  it('reads a year in the dateline ("NEW YORK, March 3, 1987 (UPI) --")', () => {
    const r = readDateline('NEW YORK, March 3, 1987 (UPI) -- Share prices closed higher.');
    expect(r.dateline).toEqual({ place: 'New York', date: '1987-03-03', raw: 'NEW YORK, March 3, 1987 (UPI)' });
    expect(r.agency).toEqual({ code: 'UPI', name: 'United Press International' });
    expect(r.rest).toBe('Share prices closed higher.');
  });

  it('reads a Title Case place before "(AFP) –"', () => {
    const r = readDateline('Washington (AFP) – The central bank held rates steady.');
    expect(r.dateline).toEqual({ place: 'Washington', date: null, raw: 'Washington (AFP)' });
    expect(r.agency).toEqual({ code: 'AFP', name: 'Agence France-Presse' });
  });

  it('reads "BEIJING, Dec. 15 (Xinhua) --"', () => {
    const r = readDateline('BEIJING, Dec. 15 (Xinhua) -- A new rail line opened.', 2021);
    expect(r.dateline).toEqual({ place: 'Beijing', date: '2021-12-15', raw: 'BEIJING, Dec. 15 (Xinhua)' });
    expect(r.agency?.code).toBe('Xinhua');
  });

  it('reads "LONDON (dpa) -"', () => {
    const r = readDateline('LONDON (dpa) - Rail workers walked out.');
    expect(r.dateline?.place).toBe('London');
    expect(r.agency).toEqual({ code: 'dpa', name: 'Deutsche Presse-Agentur' });
  });

  it('title-cases multi-word places with connectors', () => {
    expect(readDateline('LOS ANGELES, Feb 26 - Studios reported gains.').dateline?.place).toBe('Los Angeles');
    expect(readDateline('RIO DE JANEIRO (AP) — Carnival began.').dateline?.place).toBe('Rio de Janeiro');
    expect(readDateline('ST. LOUIS (AP) — The river crested.').dateline?.place).toBe('St. Louis');
    expect(readDateline('AL-QASR, United Arab Emirates 1996-04-02').dateline?.place).toBe('Al-Qasr, United Arab Emirates');
  });

  it('reads day-first dates and a date right after a state', () => {
    expect(readDateline('LONDON, 3 March (Reuters) - Markets fell.').dateline?.date).toBe('--03-03');
    const r = readDateline('GREENFIELD, Tex. March 3 - Oper shr 26 cts vs 18 cts');
    expect(r.dateline?.place).toBe('Greenfield, Tex.');
    expect(r.dateline?.date).toBe('--03-03');
  });

  it('reads a dateline with a state and no date ("WOODBRIDGE, N.J. -")', () => {
    const r = readDateline('MILLBROOK, N.J. - Harbor Foods Corp reported higher sales for the four weeks to March.');
    expect(r.dateline?.place).toBe('Millbrook, N.J.');
    expect(r.dateline?.date).toBeNull();
  });

  it('reads a mixed-case slip ("New york, March 2 -") and a lower-case month', () => {
    expect(readDateline('New york, March 2 - A buyer emerged.').dateline?.place).toBe('New york');
    expect(readDateline('Caracas, feb 26 - the government said.').dateline?.date).toBe('--02-26');
  });

  it('reads a dateline-only paragraph with an ISO date', () => {
    const r = readDateline('VALMORA 1996-08-30');
    expect(r.dateline).toEqual({ place: 'Valmora', date: '1996-08-30', raw: 'VALMORA 1996-08-30' });
    expect(r.rest).toBe('');
  });

  it('picks the nearest year for a month-day dateline across New Year', () => {
    // Internal reference form used by parseWireText: a header date.
    const r = readDateline('TOKYO, Dec. 31 - Markets closed.', null);
    expect(r.dateline?.date).toBe('--12-31');
  });

  it('skips leading junk marks', () => {
    const r = readDateline('****SANTA LUZ, March 4 - Sugar sales rose.');
    expect(r.dateline?.place).toBe('Santa Luz');
    expect(r.dateline?.raw).toBe('SANTA LUZ, March 4');
  });

  it('reads an agency-only credit "(Bloomberg) --"', () => {
    const r = readDateline('(Bloomberg) -- Copper futures rallied.');
    expect(r.dateline).toBeNull();
    expect(r.agency?.code).toBe('Bloomberg');
    expect(r.rest).toBe('Copper futures rallied.');
  });

  it('reads a Title Case place with a broadcaster in parentheses ("Washington (CNN) —")', () => {
    const r = readDateline('Kelby (WKLB) — Voters lined up before dawn.');
    expect(r.dateline?.place).toBe('Kelby');
    expect(r.agency).toBeNull();
    expect(readDateline('Kelby (WKLB) said voters lined up.').dateline).toBeNull();
  });

  it('keeps an unknown source in parentheses as a dateline without agency', () => {
    const r = readDateline('DENVER (KXYZ) — Snow closed the interstate.');
    expect(r.dateline?.place).toBe('Denver');
    expect(r.agency).toBeNull();
  });
});

describe('readDateline: ordinary sentences are not datelines', () => {
  const notDatelines = [
    'The council met on Tuesday to discuss the budget.',
    'Standard Widget Co and Harbor Inc said they plan to merge.',
    'In Paris, March 3 was a cold day.',
    'Acme (ACME) said profits rose - a surprise to analysts.',
    'NORTHWIND TRADING <NWT> SETS DIVIDEND',
    'GRAIN EXPORTS SEEN LOWER - MINISTRY',
    'UPDATE 2 - Oil prices climb',
    'EXCLUSIVE - Regulators weigh new rules',
    'Monday, March 3 - the start of the week.',
    'THE COMPANY SAID - profits rose.',
    'LUMBER - Harbor Star - 12,000 tonnes Kelby to Oslovik loading late January, owners said.',
    'HARBORS - Kelby port reopens.',
    'RTRS - Ferry service resumes in the north of the island after a long strike.',
    'The Associated Press (AP) is a news agency.',
    '"We will win," said the mayor.',
    '',
  ];
  for (const p of notDatelines) {
    it(JSON.stringify(p), () => {
      const r = readDateline(p);
      expect(r.dateline).toBeNull();
      expect(r.rest).toBe(p);
    });
  }

  it('does not take an ambiguous code in parentheses without a dash', () => {
    expect(readDateline('NORTHERN PACIFIC (CP) CONFIRMS EARNINGS').dateline).toBeNull();
  });
});
