/// <reference types="vite/client" />
// ReDoS: every regular expression in the request path (src/**, minus the command line) is found
// by a static scan, checked for nested unbounded quantifiers (star height > 1), and run against
// adversarial strings — long runs of one character (or a short unit) followed by a mismatch —
// within a generous bound that linear and quadratic-on-2 KB patterns meet easily and cubic or
// exponential ones do not.
import { describe, expect, it } from 'vitest';
import { parseByline } from '../../src/engine/text/byline';
import { findRegexLiterals, regexShape, type FoundRegex } from './regex-scan';

const files = import.meta.glob(['../../src/**/*.ts', '../../src/**/*.tsx', '!../../src/cli.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

const found: Array<FoundRegex & { re: RegExp }> = [];
const unparsable: FoundRegex[] = [];
for (const [file, text] of Object.entries(files)) {
  for (const r of findRegexLiterals(file.replace('../../', ''), text)) {
    try {
      found.push({ ...r, re: new RegExp(r.source, r.flags) });
    } catch {
      unparsable.push(r);
    }
  }
}


const UNITS = [' ', '\t', '\n', '\r\n', '\u00a0', 'a', 'A', 'é', '1', '.', ',', '-', '—', '_', '/', '<', '>', '=', '"', "'", '“', '&', '#', ';', ':', '(', ')', '*', '|', 'a ', 'A. ', 'Ab ', '<a ', 'By ', '1,', '" ', 'a-', '1.'];
const TAILS = ['\u0000', '!', ''];

/** Milliseconds to run one regex over one string as the code would (all matches for /g). */
function timeOne(re: RegExp, s: string): number {
  const t0 = Date.now();
  re.lastIndex = 0;
  if (re.global || re.sticky) s.replace(re, '');
  else re.exec(s);
  re.lastIndex = 0;
  return Date.now() - t0;
}

function worstCase(re: RegExp, length: number): { ms: number; input: string } {
  let worst = { ms: -1, input: '' };
  for (const unit of UNITS) {
    for (const tail of TAILS) {
      const s = unit.repeat(Math.ceil(length / unit.length)) + tail;
      const ms = timeOne(re, s);
      if (ms > worst.ms) worst = { ms, input: `${JSON.stringify(unit)} × ${length} + ${JSON.stringify(tail)}` };
    }
  }
  return worst;
}

describe('the scanner', () => {
  it('finds the project regexes; every literal in a .ts file compiles', () => {
    expect(found.length).toBeGreaterThan(150);
    // In .tsx files JSX text can look like a regex to a lexer; in .ts files it cannot.
    expect(unparsable.filter((r) => r.file.endsWith('.ts')).map((r) => `${r.file}:${r.line} /${r.source}/`)).toEqual([]);
  });
  it('measures star height: flags the classic catastrophic shapes, passes the flat ones', () => {
    for (const bad of ['(a+)+', '(a*)*b', '(\\s*x?)*$', '(?:[a-z]+\\.?)+@', '((ab)*c)+', '(a|b+){2,}', '(x+){1,1000}']) {
      expect(regexShape(bad).starHeight, bad).toBeGreaterThan(1);
    }
    for (const ok of ['a+b*', '^\\s*by\\s*:?\\s+', '[a-z]+(?:-[a-z]+)?', '(\\d{1,2})\\.(\\d{1,2})', '\\((?:[^()]{1,40})\\)', '(ab){2,3}']) {
      expect(regexShape(ok).starHeight, ok).toBeLessThanOrEqual(1);
    }
  });
});

describe('the project regexes on adversarial input', () => {
  it('nested unbounded quantifiers only where each iteration needs a separator (checked by running them)', () => {
    const nested = found.filter((r) => regexShape(r.source).starHeight > 1);
    const slow: string[] = [];
    for (const r of nested) {
      // A larger input for these: a separator-delimited repeat must still be linear.
      const w = worstCase(r.re, 20_000);
      if (w.ms > 250) slow.push(`${r.file}:${r.line} /${r.source}/${r.flags} took ${w.ms} ms on ${w.input}`);
    }
    expect(slow).toEqual([]);
  }, 120_000);

  it('every regex finishes within 250 ms on 2,000-character adversarial strings', () => {
    const slow: string[] = [];
    for (const r of found) {
      const w = worstCase(r.re, 2_000);
      if (w.ms > 250) slow.push(`${r.file}:${r.line} /${r.source}/${r.flags} took ${w.ms} ms on ${w.input}`);
    }
    expect(slow).toEqual([]);
  }, 300_000);

  it('parseByline stays fast on long whitespace runs (its splitter once backtracked cubically)', () => {
    const t0 = Date.now();
    for (const ws of [' ', '\t', '\u00a0', '\t \u00a0']) {
      for (let i = 0; i < 20; i++) parseByline('By a' + ws.repeat(Math.floor(150 / ws.length)) + 'b');
      parseByline('By a' + ws.repeat(5000) + 'b'); // over MAX_LEN: refused before any split
    }
    expect(Date.now() - t0).toBeLessThan(5_000);
  });

});
