import { describe, expect, it } from 'vitest';
import { centralSummary, mayEndDateline } from '../../../src/engine/language/summary';
import { readDateline } from '../../../src/engine/text/dateline';

const alone = (p: string): boolean => {
  const d = readDateline(p);
  return !!d.dateline && !d.rest.trim();
};

describe('the summary skips dateline-only paragraphs', () => {
  const DATELINES = [
    'TALLINN (AP) —',
    'KORVEN, March 3 (Reuters) -',
    'ORVELSTAD, Feb 26 -',
    'ORVELSTAD, Feb 26',
    'PORT ANNIS, 3 March',
    'PORT ANNIS, 3 Dec.',
    'NEW KORVEN, March 3, 1987',
    'NEW KORVEN, March 3rd',
    'NEW KORVEN, March 15.',
    'ORVEL, Ore., Feb 26 -',
    'BRANDT, Ruritania 1996-12-06',
    'LAKE VIRE, March 4,',
    'SALTBY, Dec. 15 (Xinhua) --',
    'Saltby (NTB) –',
    'SALTBY, March 3 _ ',
    'SALTBY, March 3 \u2212\u2003',
    '  TALLINN (AP) \u2014\u00a0\n',
  ];

  it('reads a paragraph only when it can end as a dateline does', () => {
    let n = 0;
    for (const p of DATELINES) {
      if (alone(p)) n++;
      if (alone(p)) expect(mayEndDateline(p), p).toBe(true);
    }
    expect(n).toBe(DATELINES.length);
    for (const p of ['The ferry resumed service in 2021 again.', 'Officials said so.', 'It ended (again)?', '“We will,” he said.']) {
      expect(mayEndDateline(p), p).toBe(false);
    }
  });

  it('leaves the dateline out of the summary', () => {
    const body = [
      'TALLINN (AP) —',
      'The harbour ferry between the two islands resumed its winter service on Monday after repairs.',
      'Passengers waited for hours at the northern pier while crews checked the engines again.',
      'The operator said the timetable would return to normal by the end of the week.',
      'Local shops near the pier reported a busy afternoon as travellers bought supplies.',
    ];
    expect(centralSummary(body, 3)).not.toContain('TALLINN (AP) —');
  });
});
