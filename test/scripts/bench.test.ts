/**
 * The bench harness (`npm run bench`) on a folder of this project's own pages: it runs every
 * engine in its own worker thread and reports each one. A benchmark's figures are not asserted
 * here (no wall-clock times in tests); that it runs, and what it reports on, is.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STORY_PAGE, WIRE_STORY } from '../fixtures/stories';
import { runNode } from '../helpers/node-process';

const bench = (args: string[]) => runNode(['node_modules/tsx/dist/cli.mjs', 'scripts/bench.ts', ...args]);

function pagesDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  writeFileSync(join(dir, 'story.html'), STORY_PAGE);
  writeFileSync(join(dir, 'empty.html'), '<html><body><nav><a href="/">Home</a></nav></body></html>');
  writeFileSync(join(dir, 'wire.txt'), WIRE_STORY);
  return dir;
}

interface Report {
  isolation: string;
  readability: boolean;
  corpora: { name: string; pages: number; html: number; text: number; engines: Record<string, { n: number; errors: number; median: number }> }[];
}

describe('npm run bench', () => {
  it('times every engine, each in its own thread, over HTML and text pages', async () => {
    const r = await bench([pagesDir(), '--runs', '2', '--warmup', '2', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.isolation).toMatch(/worker thread per engine/);
    expect(report.readability).toBe(true);
    const [group] = report.corpora;
    expect([group.pages, group.html, group.text]).toEqual([3, 2, 1]);
    // extract and the language layer take every page; parseHtml and Readability the HTML ones
    expect(Object.fromEntries(Object.entries(group.engines).map(([e, s]) => [e, s.n]))).toEqual({
      extract: 3,
      parseHtml: 2,
      readability: 2,
      language: 3,
    });
    // the page without an article is an error of extract() (counted, and timed), the others are not
    expect(group.engines.extract.errors).toBe(1);
    for (const s of Object.values(group.engines)) expect(s.median).toBeGreaterThan(0);
  });

  it('--no-readability times our engines only', async () => {
    const r = await bench([pagesDir(), '--runs', '1', '--warmup', '1', '--no-readability', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.readability).toBe(false);
    expect(Object.keys(report.corpora[0].engines).sort()).toEqual(['extract', 'language', 'parseHtml']);
  });

  it('a missing input is a usage error, not a hang', async () => {
    const r = await bench(['--runs', '1']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/usage/);
  });
});
