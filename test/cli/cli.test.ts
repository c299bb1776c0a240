import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Validator } from '@cfworker/json-schema';
import schema from '../../schemas/article.schema.json';
import { REUTERS_STYLE, STORY_PAGE, WIRE_STORY } from '../fixtures/stories';
import { startFixtureServer, type FixtureServer } from '../setup/fixture-server';
import { runNode } from '../helpers/node-process';

const validator = new Validator(schema as object, '2020-12', false);

const run = (args: string[], stdin = '') => runNode(['bin/article-extract.mjs', ...args], stdin);

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server.close());

describe('command line', () => {
  it('--batch writes one line per input line, in order, errors as lines', async () => {
    const lines = [
      JSON.stringify({ id: 'a', text: WIRE_STORY }),
      'this is not json',
      JSON.stringify({ id: 'b', html: STORY_PAGE, url: 'https://gazette.example/news/x' }),
      JSON.stringify({ id: 'c' }),
      JSON.stringify({ id: 'd', html: '<html><body></body></html>' }),
      JSON.stringify({ id: 'e', text: REUTERS_STYLE }),
      JSON.stringify({ id: 'f', url: `${server.origin}/story` }),
      JSON.stringify({ id: 'g', url: 'http://10.0.0.1/' }),
    ];
    const { code, stdout } = await run(['--batch', '--allow-host', '127.0.0.1'], lines.join('\n') + '\n');
    expect(code).toBe(0);
    const out = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['a', 'line-2', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(out[0].article.dateline.place).toBe('Lisbon');
    expect(out[1].error.type).toBe('/problems/bad-request');
    expect(out[2].article.title).toBe('Library reopens after flood repairs');
    expect(out[3].error.type).toBe('/problems/missing-input');
    expect(out[4].error.type).toBe('/problems/no-article');
    expect(out[5].article.agency.code).toBe('Reuters');
    expect(out[6].article.title).toBe('Harbour ferry returns after winter repairs');
    expect(out[7].error.type).toBe('/problems/url-refused');
    for (const o of out) {
      if (o.article) expect(validator.validate(o.article).errors).toEqual([]);
      else expect(Object.keys(o.error).sort()).toEqual(['detail', 'status', 'title', 'type']);
    }
  });

  it('prints one Article JSON line per file or URL argument', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ae-'));
    const txt = join(dir, 'story.txt');
    const html = join(dir, 'page.html');
    writeFileSync(txt, WIRE_STORY);
    writeFileSync(html, STORY_PAGE);
    const { code, stdout } = await run([txt, html, `${server.origin}/plain`, '--allow-host', '127.0.0.1']);
    expect(code).toBe(0);
    const out = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(3);
    expect(out[0].published).toBe('2023-04-12');
    expect(out[1].siteName).toBe('Riverside Gazette');
    expect(out[2].agency.code).toBe('Reuters');
  });

  it('exits 1 with an error line for a missing file, 2 for bad usage', async () => {
    const missing = await run(['/no/such/file.txt']);
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stdout).error.type).toBe('/problems/missing-input');
    const usage = await run(['--nope']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('usage');
  });
});
