import { describe, expect, it } from 'vitest';
import { leadSummary } from '../../../src/engine/language/summary';

describe('leadSummary', () => {
  const paragraphs = [
    'OSLOVIK (AP) — Ferries resumed service on Sunday after a two-week strike. The union accepted a new contract.',
    'Passengers crowded the docks. Many had waited for days.',
    'The operator said schedules would be normal by Tuesday.',
  ];

  it('returns the first sentences verbatim, the dateline kept in the first', () => {
    expect(leadSummary(paragraphs)).toEqual([
      'OSLOVIK (AP) — Ferries resumed service on Sunday after a two-week strike.',
      'The union accepted a new contract.',
      'Passengers crowded the docks.',
    ]);
    const text = paragraphs.join('\n\n');
    for (const s of leadSummary(paragraphs)) expect(text.includes(s)).toBe(true);
  });

  it('honours max', () => {
    expect(leadSummary(paragraphs, 1)).toHaveLength(1);
    expect(leadSummary(paragraphs, 0)).toEqual([]);
    expect(leadSummary(paragraphs, 5)).toHaveLength(5);
  });

  it('skips short fragments, bylines, credits and dateline-only paragraphs', () => {
    expect(
      leadSummary([
        'By Jane Doe, Associated Press',
        'VALMORA 1996-04-02',
        '6:01 p.m.',
        'Ferries resumed service on Sunday after the strike. Yes.',
        'Reuters',
        'Associated Press writer Ann Lee in Kelby contributed to this report.',
        'Copyright 2021 The Associated Press. All rights reserved.',
      ]),
    ).toEqual(['Ferries resumed service on Sunday after the strike.']);
  });

  it('keeps a sentence that merely starts with "By"', () => {
    expect(leadSummary(['By the end of the year, the ferry line had doubled its fleet.'])).toEqual([
      'By the end of the year, the ferry line had doubled its fleet.',
    ]);
  });

  it('returns [] for no paragraphs', () => {
    expect(leadSummary([])).toEqual([]);
  });
});
