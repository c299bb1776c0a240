import { describe, expect, it } from 'vitest';
import { findDates } from '../../../../src/engine/language/dates/index';

const ref = '2021-12-15'; // a Wednesday
const d = (p: string, reference: string | null = ref) => findDates([p], { reference });

describe('findDates', () => {
  it('resolves weekdays', () => {
    expect(d('The council met on Wednesday.')).toEqual([{ text: 'on Wednesday', date: '2021-12-15' }]);
    expect(d('The council met on Monday.')).toEqual([{ text: 'on Monday', date: '2021-12-13' }]);
    expect(d('The council will meet on Friday.')).toEqual([{ text: 'on Friday', date: '2021-12-17' }]);
    expect(d('The council met last Wednesday.')[0].date).toBe('2021-12-08');
    expect(d('The council meets next Wednesday.')[0].date).toBe('2021-12-22');
  });

  it('resolves months by tense, nearest by default', () => {
    expect(d('She plans to visit the island in February.')).toEqual([{ text: 'in February', date: '2022-02' }]);
    expect(d('In February the company reported a loss.')[0].date).toBe('2021-02');
    expect(d('The vote is in January.')[0].date).toBe('2022-01');
    expect(d('It opened in March 2019.')).toEqual([{ text: 'March 2019', date: '2019-03' }]);
  });

  it('reads days, years and relative expressions', () => {
    expect(d('It closed on Dec. 3.')).toEqual([{ text: 'Dec. 3', date: '2021-12-03' }]);
    expect(d('It closed on March 3, 2021.')).toEqual([{ text: 'March 3, 2021', date: '2021-03-03' }]);
    expect(d('The bridge was built in 2014.')).toEqual([{ text: '2014', date: '2014' }]);
    expect(d('Sales rose last year and will rise next month.')).toEqual([
      { text: 'last year', date: '2020' },
      { text: 'next month', date: '2022-01' },
    ]);
    expect(d('It happened two years ago, not yesterday.')).toEqual([
      { text: 'two years ago', date: '2019' },
      { text: 'yesterday', date: '2021-12-14' },
    ]);
  });

  it('does not take counts or modal verbs for dates', () => {
    expect(d('About 2000 people may come.')).toEqual([]);
  });

  it('gives null dates without a reference', () => {
    expect(d('The council met on Monday.', null)).toEqual([{ text: 'on Monday', date: null }]);
    expect(d('The bridge was built in 2014.', null)[0].date).toBe('2014');
  });

  // A hang guard, not a speed test (the bench times speed): a quadratic rule takes minutes on this
  // input and fails by the timeout.
  it('finishes on long text', { timeout: 30_000 }, () => {
    expect(findDates(['x'.repeat(5_000_000), 'Monday 2014 '.repeat(100000)], { reference: ref }).length).toBeGreaterThan(0);
  });
});

describe('findDates: words that are not dates', () => {
  it('reads no month or weekday out of a word named like an object property', () => {
    expect(d('The Constructor group was founded on March 3.')).toEqual([{ text: 'March 3', date: '2021-03-03' }]);
  });
});
