import { describe, expect, it } from 'vitest';
import { isDateLine, isLeadLine, normTitle } from '../../../src/engine/html/lead-lines';

// Invented lines, as they stand before a story.
describe('lines before the story', () => {
  it('reads a line of dates and times, in several languages', () => {
    for (const t of ['Dec. 20, 2016, 12:44 PM UTC / Updated Dec. 20, 2016, 1:00 PM UTC', '28.12.2016', 'Veröffentlicht am 06.12.2022', 'Monday, March 3', '2016-12-28']) {
      expect(isDateLine(t)).toBe(true);
    }
    for (const t of ['225.86', '1.', '12:44', 'December 28, 2016 was the last day', 'Updated']) expect(isDateLine(t)).toBe(false);
  });

  it('reads a date written with slashes, and a time stamped as an update', () => {
    for (const t of ['11/18/19 11:04 PM EST', '4/2/2021', 'Updated at 1:23 p.m.', 'Aktualisiert um 14:05 Uhr', 'Published 9:30 AM ET']) {
      expect(isDateLine(t), t).toBe(true);
    }
    for (const t of ['1:23 p.m.', 'At 1:23 p.m. the cranes stopped', '3/4 of the cranes', 'Updated at noon']) expect(isDateLine(t), t).toBe(false);
    expect(isLeadLine('By Maren Oduya - 11/18/19 11:04 PM EST', 'x')).toBe(true);
  });

  it('takes the title again, a byline alone or with dates, or dates alone', () => {
    const title = normTitle('Harbour cranes go electric');
    expect(isLeadLine('Harbour cranes go electric!', title)).toBe(true);
    expect(isLeadLine('By Maren Oduya', title)).toBe(true);
    expect(isLeadLine('By Maren Oduya December 28, 2016', title)).toBe(true);
    expect(isLeadLine('Von Anna van Berg | 28.12.2016', title)).toBe(true);
    expect(isLeadLine('By Tuesday, the cranes were running again.', title)).toBe(false);
    expect(isLeadLine('Harbour cranes', title)).toBe(false);
  });
});
