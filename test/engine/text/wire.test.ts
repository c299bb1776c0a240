import { describe, expect, it } from 'vitest';
import { parseWireText } from '../../../src/engine/text/index';
import { parseByline } from '../../../src/engine/text/byline';

describe('parseWireText: headers', () => {
  it('reads a date header on the same line as the dateline and body', () => {
    const w = parseWireText(
      ' date 2021-12-15 OSLOVIK (AP) The mayor of Oslovik opened a new bridge on Wednesday, officials said.\n\nThe bridge cost two million crowns.',
    );
    expect(w.headers).toEqual({ date: '2021-12-15' });
    expect(w.published).toBe('2021-12-15');
    expect(w.dateline).toEqual({ place: 'Oslovik', date: null, raw: 'OSLOVIK (AP)' });
    expect(w.agency).toEqual({ code: 'AP', name: 'Associated Press' });
    expect(w.title).toBeNull();
    expect(w.paragraphs).toEqual([
      'OSLOVIK (AP) The mayor of Oslovik opened a new bridge on Wednesday, officials said.',
      'The bridge cost two million crowns.',
    ]);
  });

  it('reads separate "key: value" and "key value" header lines', () => {
    const w = parseWireText(
      [
        'Title: Harbor Reopens After Storm',
        'Author: Jane Doe',
        'source: Reuters',
        'url https://example.test/harbor',
        'date 2020-05-04',
        '',
        'The harbor at Kelby reopened on Monday after a week of repairs, the port authority said.',
      ].join('\n'),
    );
    expect(w.headers).toEqual({
      title: 'Harbor Reopens After Storm',
      author: 'Jane Doe',
      source: 'Reuters',
      url: 'https://example.test/harbor',
      date: '2020-05-04',
    });
    expect(w.title).toBe('Harbor Reopens After Storm');
    expect(w.authors).toEqual(['Jane Doe']);
    expect(w.agency?.code).toBe('Reuters');
    expect(w.published).toBe('2020-05-04');
    expect(w.paragraphs).toHaveLength(1);
  });

  it('uses a header date as the year of a month-day dateline', () => {
    const w = parseWireText('date 2019-03-04\n\nVALMORA, March 3 (Reuters) - Coffee prices fell sharply in early trading on the exchange.');
    expect(w.dateline?.date).toBe('2019-03-03');
    expect(w.published).toBe('2019-03-04');
  });

  it('takes the nearest year across New Year', () => {
    const w = parseWireText('date 2022-01-01\n\nTOKYO, Dec. 31 (Kyodo) - Shoppers crowded the markets before the holiday closure.');
    expect(w.dateline?.date).toBe('2021-12-31');
  });

  it('reads published from a dateline that carries its year, never the current date', () => {
    expect(parseWireText('NEW YORK, March 3, 1987 (UPI) -- Stocks rose in heavy trading.').published).toBe('1987-03-03');
    expect(parseWireText('CLEVELAND, Feb 26 - Lakeshore Steel said it would expand its mill.').published).toBeNull();
    expect(parseWireText('The council met on Tuesday and approved the new budget for schools.').published).toBeNull();
  });

  it('does not take a capitalized body line for a header', () => {
    const w = parseWireText('Date palms grew along the river, farmers said on Friday in the valley.');
    expect(w.headers).toEqual({});
    expect(w.paragraphs).toHaveLength(1);
  });
});

describe('parseWireText: old wire copy', () => {
  const story = [
    'LAKESHORE STEEL <LKS> TO FORM FINANCE UNIT',
    '',
    'by Jane Doe, Reuters',
    '',
    'CLEVELAND, Feb 26 - Lakeshore Steel Co and Harbor Metals',
    'Inc said they plan to form a venture to manage money market',
    'borrowing for both companies.',
    '    Harbor Metals is a subsidiary of Northwind Holdings',
    'Plc, which also owns a 30 pct interest in Lakeshore.',
    '    The venture will be called Lakeshore Finance.',
    '',
    ' Reuter',
    '',
  ].join('\n');
  const w = parseWireText(story);

  it('reads the ALL-CAPS headline', () => {
    expect(w.title).toBe('LAKESHORE STEEL <LKS> TO FORM FINANCE UNIT');
  });
  it('reads the byline: author and agency', () => {
    expect(w.authors).toEqual(['Jane Doe']);
    expect(w.agency).toEqual({ code: 'Reuters', name: 'Reuters' });
  });
  it('reads the dateline', () => {
    expect(w.dateline).toEqual({ place: 'Cleveland', date: '--02-26', raw: 'CLEVELAND, Feb 26' });
    expect(w.published).toBeNull();
  });
  it('splits indented paragraphs, joins wrapped lines, drops the sign-off', () => {
    expect(w.paragraphs).toEqual([
      'CLEVELAND, Feb 26 - Lakeshore Steel Co and Harbor Metals Inc said they plan to form a venture to manage money market borrowing for both companies.',
      'Harbor Metals is a subsidiary of Northwind Holdings Plc, which also owns a 30 pct interest in Lakeshore.',
      'The venture will be called Lakeshore Finance.',
    ]);
  });

  it('takes the agency from the sign-off alone ("Reuter", "REUTER...")', () => {
    const a = parseWireText('TOKYO, March 5 - Exports rose 4 pct in February.\n    Imports fell.\n REUTER\n');
    expect(a.agency?.code).toBe('Reuters');
    expect(a.paragraphs).toEqual(['TOKYO, March 5 - Exports rose 4 pct in February.', 'Imports fell.']);
    const b = parseWireText('TOKYO, March 5 - Exports rose 4 pct in February.\nImports fell.\nREUTER...\n');
    expect(b.agency?.code).toBe('Reuters');
    expect(b.paragraphs).toEqual(['TOKYO, March 5 - Exports rose 4 pct in February. Imports fell.']);
  });

  it('drops a "MORE" marker and a copyright trailer', () => {
    const a = parseWireText('PARIS (AFP) - Talks resumed on Friday between the unions and the rail operator.\n\nMORE');
    expect(a.paragraphs).toHaveLength(1);
    const b = parseWireText(
      'OSLOVIK (AP) — Ferries resumed service on Sunday after the strike ended.\n\nCopyright 2021 The Associated Press. All rights reserved.',
    );
    expect(b.paragraphs).toHaveLength(1);
    expect(b.agency?.code).toBe('AP');
  });
});

describe('parseWireText: headlines', () => {
  it('takes a short first line with no final period followed by a blank line', () => {
    const w = parseWireText(
      'Harbor reopens after storm\n\nThe harbor at Kelby reopened on Monday after a week of repairs, the port authority said.',
    );
    expect(w.title).toBe('Harbor reopens after storm');
    expect(w.paragraphs).toHaveLength(1);
  });

  it('takes a Title Case line ending in a period, without the period', () => {
    const w = parseWireText(
      'Harbor Reopens After Week Of Repairs.\n\nThe harbor at Kelby reopened on Monday, the port authority said.',
    );
    expect(w.title).toBe('Harbor Reopens After Week Of Repairs');
  });

  it('takes a Markdown heading', () => {
    const w = parseWireText('# Harbor reopens after storm\n\nThe harbor at Kelby reopened on Monday.');
    expect(w.title).toBe('Harbor reopens after storm');
    expect(w.paragraphs).toEqual(['The harbor at Kelby reopened on Monday.']);
  });

  it('takes a short single sentence before a much longer paragraph', () => {
    const w = parseWireText(
      'Harbor reopens after a week of repairs.\n\nThe harbor at Kelby reopened on Monday after a week of repairs to its sea wall, the port authority said in a statement.',
    );
    expect(w.title).toBe('Harbor reopens after a week of repairs');
  });

  it('takes a slug headline above a dateline-only line', () => {
    const w = parseWireText('FERRIES - Service resumes after strike.\n\nOSLOVIK 1996-04-02\n\nFerries resumed service on Sunday.');
    expect(w.title).toBe('FERRIES - Service resumes after strike');
    expect(w.dateline?.place).toBe('Oslovik');
  });

  it('takes a headline line directly above a dateline line', () => {
    const w = parseWireText('Ferries resume in Oslovik\nOSLOVIK (AP) — Ferries resumed service on Sunday.');
    expect(w.title).toBe('Ferries resume in Oslovik');
    expect(w.paragraphs).toEqual(['OSLOVIK (AP) — Ferries resumed service on Sunday.']);
  });

  it('never invents a headline', () => {
    expect(parseWireText('The council met on Tuesday and approved the new budget for the coming school year.').title).toBeNull();
    const w = parseWireText(
      'The council met on Tuesday and approved the budget, which adds money for schools and roads.\n\nThe vote was seven to two, with two members absent from the meeting.',
    );
    expect(w.title).toBeNull();
    expect(w.paragraphs).toHaveLength(2);
    // A first paragraph that is a long sentence is body text.
    const x = parseWireText('MOSCOW (AP) — Officials opened a bridge.\n\nIt cost a lot of money to build it, said the mayor.');
    expect(x.title).toBeNull();
  });
});

describe('parseWireText: bylines', () => {
  it('reads "By FIRST LAST" in capitals and "Associated Press Writer"', () => {
    const w = parseWireText(
      'By MARY O\'NEILL\nAssociated Press Writer\n\nKELBY, Maine (AP) — Lobster prices climbed for a third week as the season opened.',
    );
    expect(w.authors).toEqual(["Mary O'Neill"]);
    expect(w.agency?.code).toBe('AP');
    expect(w.paragraphs).toEqual(['KELBY, Maine (AP) — Lobster prices climbed for a third week as the season opened.']);
  });

  it('reads two authors and the agency from one byline', () => {
    const w = parseWireText(
      'Ferries resume in Oslovik\n\nBy Jane Doe and Ann Lee, Associated Press\n\nOSLOVIK — Ferries resumed service on Sunday after a long strike.',
    );
    expect(w.title).toBe('Ferries resume in Oslovik');
    expect(w.authors).toEqual(['Jane Doe', 'Ann Lee']);
    expect(w.agency?.code).toBe('AP');
    expect(w.dateline?.place).toBe('Oslovik');
  });

  it('reads a bare name line just before a dateline paragraph', () => {
    const w = parseWireText('FERRY STRIKE ENDS\n\nPeter Quill\n\nOSLOVIK 1996-04-02\n\nFerries resumed service on Sunday.');
    expect(w.authors).toEqual(['Peter Quill']);
    expect(w.dateline?.date).toBe('1996-04-02');
    expect(w.paragraphs).toEqual(['OSLOVIK 1996-04-02', 'Ferries resumed service on Sunday.']);
  });

  it('parseByline cleans names', () => {
    expect(parseByline('By JOHN MCALLISTER')).toEqual({ authors: ['John McAllister'], agency: null });
    expect(parseByline('by Chen Wei-lin, Reuters')).toEqual({
      authors: ['Chen Wei-lin'],
      agency: { code: 'Reuters', name: 'Reuters' },
    });
    expect(parseByline('By Jane Doe (AFP)')?.agency?.code).toBe('AFP');
    expect(parseByline('By the way, this is not a byline at all')).toBeNull();
  });
});

describe('parseWireText: robustness', () => {
  it('handles empty and whitespace-only input', () => {
    expect(parseWireText('')).toEqual({
      headers: {},
      title: null,
      authors: [],
      dateline: null,
      agency: null,
      published: null,
      paragraphs: [],
    });
    expect(parseWireText('  \n\n \t ').paragraphs).toEqual([]);
  });

  it('handles CRLF line ends', () => {
    const w = parseWireText('Harbor reopens\r\n\r\nKELBY (AP) — The harbor at Kelby reopened on Monday after repairs.\r\n');
    expect(w.title).toBe('Harbor reopens');
    expect(w.dateline?.place).toBe('Kelby');
  });

  // A hang guard, not a speed test (the bench times wire stories): a quadratic rule takes minutes
  // on these inputs and fails by the timeout.
  it('finishes on large inputs with no punctuation or many quote marks', { timeout: 30_000 }, () => {
    const a = parseWireText('word '.repeat(1_000_000));
    expect(a.paragraphs).toHaveLength(1);
    for (const s of ['"', 'MOSCOW ', 'A, ', '(AP ', '\n    x']) expect(parseWireText(s.repeat(100_000)).paragraphs.length).toBeGreaterThan(0);
    expect(parseWireText('date 2021-12-15 ' + '-'.repeat(100_000)).published).toBe('2021-12-15');
  });

});
