import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/engine/language/sentences';

describe('splitSentences', () => {
  it('splits on periods, question and exclamation marks', () => {
    expect(splitSentences('The ferry left at noon. It arrived late! Was anyone hurt? No one was.')).toEqual([
      'The ferry left at noon.',
      'It arrived late!',
      'Was anyone hurt?',
      'No one was.',
    ]);
  });

  it('does not split after titles and ranks', () => {
    const t = 'Mr. Quill met Mrs. Vance and Dr. Okafor. Gen. Tarrow and Sen. Bly arrived later. St. Anselm Church was full.';
    expect(splitSentences(t)).toEqual([
      'Mr. Quill met Mrs. Vance and Dr. Okafor.',
      'Gen. Tarrow and Sen. Bly arrived later.',
      'St. Anselm Church was full.',
    ]);
  });

  it('does not split inside U.S. / U.N. and other dotted acronyms', () => {
    expect(splitSentences('The U.S. Navy and the U.N. Security Council met. Talks went on.')).toEqual([
      'The U.S. Navy and the U.N. Security Council met.',
      'Talks went on.',
    ]);
  });

  it('splits after an acronym when a usual sentence opener follows', () => {
    expect(splitSentences('Exports went to the U.S. The rest stayed home.')).toEqual([
      'Exports went to the U.S.',
      'The rest stayed home.',
    ]);
  });

  it('does not split after months before a day, nor No. before a number', () => {
    expect(splitSentences('The vote is on Jan. 12 and the count on Feb. 3. Seat No. 5 is empty.')).toEqual([
      'The vote is on Jan. 12 and the count on Feb. 3.',
      'Seat No. 5 is empty.',
    ]);
  });

  it('does not split after company abbreviations before a name', () => {
    expect(splitSentences('Harbor Corp. Chairman Lee and Northwind Inc. President Diaz spoke. Acme Co. Ltd. agreed.')).toEqual([
      'Harbor Corp. Chairman Lee and Northwind Inc. President Diaz spoke.',
      'Acme Co. Ltd. agreed.',
    ]);
    expect(splitSentences('The plant was sold to Northwind Inc. The price was not disclosed.')).toEqual([
      'The plant was sold to Northwind Inc.',
      'The price was not disclosed.',
    ]);
  });

  it('does not split between initials', () => {
    expect(splitSentences('The novel by J. R. R. Tolkien sold well. Its sequel did too.')).toEqual([
      'The novel by J. R. R. Tolkien sold well.',
      'Its sequel did too.',
    ]);
  });

  it('does not split decimals', () => {
    expect(splitSentences('Output rose 3.5 pct in March. Prices were flat at 1,024.75.')).toEqual([
      'Output rose 3.5 pct in March.',
      'Prices were flat at 1,024.75.',
    ]);
  });

  it('keeps closing quote marks with the sentence', () => {
    expect(splitSentences('“We will rebuild.” The mayor said so. He added: "It is done." Then he left.')).toEqual([
      '“We will rebuild.”',
      'The mayor said so.',
      'He added: "It is done."',
      'Then he left.',
    ]);
    expect(splitSentences("She said 'no.' Then she left.")).toEqual(["She said 'no.'", 'Then she left.']);
  });

  it('keeps a closing quote set off by a space, and a stray period', () => {
    expect(splitSentences('He wanted “a new chapter. ” . The talks ended.')).toEqual([
      'He wanted “a new chapter. ” .',
      'The talks ended.',
    ]);
  });

  it('does not split before a lower-case word', () => {
    expect(splitSentences('Prices fell, e.g. for wheat. Corn rose.')).toEqual(['Prices fell, e.g. for wheat.', 'Corn rose.']);
  });

  it('treats a blank line as a boundary and returns verbatim substrings', () => {
    const t = 'First part without a stop\n\nSecond part.  Third part.';
    const s = splitSentences(t);
    expect(s).toEqual(['First part without a stop', 'Second part.', 'Third part.']);
    for (const x of s) expect(t.includes(x)).toBe(true);
  });

  it('splits CJK sentences on full-width stops', () => {
    expect(splitSentences('今天天气很好。我们去公园吧！')).toEqual(['今天天气很好。', '我们去公园吧！']);
  });

  it('handles empty input and text with no punctuation', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('   ')).toEqual([]);
    expect(splitSentences('no stop at all')).toEqual(['no stop at all']);
  });

  // A hang guard, not a speed test (the bench times speed): a quadratic rule takes minutes on this
  // input and fails by the timeout.
  it('finishes on pathological input', { timeout: 30_000 }, () => {
    splitSentences('a.'.repeat(500_000));
    splitSentences('"'.repeat(100_000));
    splitSentences('x'.repeat(2_000_000));
    splitSentences('. '.repeat(300_000));
    expect(splitSentences('Mr. '.repeat(200_000)).length).toBeGreaterThan(0);
  });
});
