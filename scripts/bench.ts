/**
 * Speed benchmark: our engine against Readability.js on linkedom, over the same pages, in one run.
 *
 *   npm run bench -- DIR_OR_JSONL... [--json[=FILE]] [--runs N] [--warmup N] [--no-readability]
 *
 * Each argument is one group ("corpus") of pages:
 *   - a corpus folder holding inputs.jsonl.gz,
 *   - a .jsonl or .jsonl.gz file of {"id","url"?,"html"?|"text"?} lines,
 *   - a folder of .html / .htm / .txt files (one page each).
 * Per run it times every engine over the group's pages, one engine at a time over chunks of 16
 * pages (a full collection before each block; the engines take turns chunk by chunk, the first
 * one rotating):
 *   extract    our whole pipeline, `extract()` of src/engine/index.ts (HTML or text in, Article out)
 *   parseHtml  our HTML stage alone (one parse, metadata and main text)
 *   readability  `parseHTML(html)` from linkedom, then `new Readability(document).parse()`,
 *              as its users call it (HTML pages only)
 *   language   the language layer alone (`analyzeLanguage`), on every page
 * It prints per group the median, p95, p99 and max (ms) of each, and the ratio of Readability's
 * median to ours. `--json` writes the same figures as JSON (to FILE, or to stdout instead of the
 * table). A benchmark, not a test: it asserts nothing.
 */
import { readFileSync, readdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { extract } from '../src/engine/index';
import { parseHtml } from '../src/engine/html/index';
import { analyzeLanguage } from '../src/engine/language/index';
import { parseWireText } from '../src/engine/text/index';

interface Page {
  id: string;
  url: string | null;
  html?: string;
  text?: string;
}
interface Group {
  name: string;
  source: string;
  pages: Page[];
}
type EngineName = 'extract' | 'parseHtml' | 'readability' | 'language';
interface Summary {
  n: number;
  errors: number;
  median: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
  total: number;
  slowest: { id: string; ms: number }[];
}

// ---------- arguments ----------
const argv = process.argv.slice(2);
let jsonOut: string | null | undefined; // undefined: no JSON; null: stdout; string: file
let runs = 1;
let warmupPages = 20;
let withReadability = true;
const inputs: string[] = [];
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--json') jsonOut = null;
  else if (a.startsWith('--json=')) jsonOut = a.slice(7);
  else if (a === '--runs') runs = Math.max(1, Number(argv[++i]) || 1);
  else if (a.startsWith('--runs=')) runs = Math.max(1, Number(a.slice(7)) || 1);
  else if (a === '--warmup') warmupPages = Math.max(0, Number(argv[++i]) || 0);
  else if (a.startsWith('--warmup=')) warmupPages = Math.max(0, Number(a.slice(9)) || 0);
  else if (a === '--no-readability') withReadability = false;
  else if (a === '-h' || a === '--help') {
    console.log('usage: npm run bench -- DIR_OR_JSONL... [--json[=FILE]] [--runs N] [--warmup N] [--no-readability]');
    process.exit(0);
  } else inputs.push(a);
}
if (!inputs.length) {
  console.error('usage: npm run bench -- DIR_OR_JSONL... [--json[=FILE]] [--runs N] [--warmup N] [--no-readability]');
  process.exit(2);
}
const log = (s: string) => (jsonOut === null ? process.stderr : process.stdout).write(s + '\n');

// ---------- loading ----------
function parseJsonl(text: string, source: string): Page[] {
  const pages: Page[] = [];
  let n = 0;
  for (const line of text.split('\n')) {
    n++;
    if (!line.trim()) continue;
    try {
      const o = JSON.parse(line) as Record<string, unknown>;
      const id = String(o.id ?? `${basename(source)}:${n}`);
      const url = typeof o.url === 'string' ? o.url : null;
      if (typeof o.html === 'string') pages.push({ id, url, html: o.html });
      else if (typeof o.text === 'string') pages.push({ id, url, text: o.text });
    } catch {
      log(`skipping line ${n} of ${source}: not JSON`);
    }
  }
  return pages;
}

function readJsonlFile(path: string): Page[] {
  const buf = readFileSync(path);
  const text = path.endsWith('.gz') ? gunzipSync(buf).toString('utf8') : buf.toString('utf8');
  return parseJsonl(text, path);
}

function loadGroup(arg: string): Group {
  const path = resolve(arg);
  const st = statSync(path);
  if (st.isDirectory()) {
    const name = basename(path);
    for (const f of ['inputs.jsonl.gz', 'inputs.jsonl']) {
      if (existsSync(join(path, f))) return { name, source: join(path, f), pages: readJsonlFile(join(path, f)) };
    }
    const pages: Page[] = [];
    for (const f of readdirSync(path).sort()) {
      const ext = extname(f).toLowerCase();
      const full = join(path, f);
      if (!statSync(full).isFile()) continue;
      if (ext === '.html' || ext === '.htm') pages.push({ id: f, url: null, html: readFileSync(full, 'utf8') });
      else if (ext === '.txt') pages.push({ id: f, url: null, text: readFileSync(full, 'utf8') });
    }
    return { name, source: path, pages };
  }
  const name = basename(path).replace(/\.gz$/, '').replace(/\.jsonl$/, '');
  return { name, source: path, pages: readJsonlFile(path) };
}

// ---------- engines ----------
type Runner = (p: Page) => unknown;

let readabilityRunner: Runner | null = null;
async function loadReadability(): Promise<Runner | null> {
  try {
    const { Readability } = (await import('@mozilla/readability')) as { Readability: new (doc: unknown) => { parse(): unknown } };
    const { parseHTML } = (await import('linkedom')) as { parseHTML: (html: string) => { document: unknown } };
    return (p: Page) => {
      const { document } = parseHTML(p.html as string);
      return new Readability(document).parse();
    };
  } catch (e) {
    log(`Readability or linkedom could not be loaded (${(e as Error).message}): timing our engine only`);
    return null;
  }
}

/**
 * The language layer alone (`analyzeLanguage`: language, entities, quotes, dates, keywords,
 * summary), on every page: its input paragraphs are prepared once per page, outside the timing,
 * by the same stage that feeds it in `extract()` (the wire-text reader or the HTML stage).
 */
const paragraphsOf = new Map<Page, string[]>();
function languageParagraphs(p: Page): string[] {
  let paragraphs = paragraphsOf.get(p);
  if (!paragraphs) {
    paragraphs = p.html !== undefined ? parseHtml(p.html, p.url).paragraphs : parseWireText(p.text as string).paragraphs;
    paragraphsOf.set(p, paragraphs);
  }
  return paragraphs;
}
const languageRunner: Runner = (p: Page) => analyzeLanguage(languageParagraphs(p));

async function runEngine(engine: EngineName, p: Page): Promise<void> {
  switch (engine) {
    case 'extract':
      await extract(p.html !== undefined ? { kind: 'html', html: p.html, url: p.url } : { kind: 'text', text: p.text as string, url: p.url });
      return;
    case 'parseHtml':
      parseHtml(p.html as string, p.url);
      return;
    case 'readability':
      (readabilityRunner as Runner)(p);
      return;
    case 'language':
      languageRunner(p);
      return;
  }
}

function enginesFor(p: Page): EngineName[] {
  const list: EngineName[] = ['extract'];
  if (p.html !== undefined) {
    list.push('parseHtml');
    if (readabilityRunner) list.push('readability');
  }
  list.push('language');
  return list;
}

/** Time one call; errors (an article-less page, a Readability crash) are counted, and timed. */
async function timeOne(engine: EngineName, p: Page): Promise<{ ms: number; error: boolean }> {
  const t0 = performance.now();
  let error = false;
  try {
    await runEngine(engine, p);
  } catch {
    error = true;
  }
  return { ms: performance.now() - t0, error };
}

// ---------- statistics ----------
function percentile(sorted: number[], q: number): number {
  if (!sorted.length) return NaN;
  const rank = Math.ceil(q * sorted.length) - 1; // nearest rank
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}
function median(sorted: number[]): number {
  if (!sorted.length) return NaN;
  const m = sorted.length >> 1;
  return sorted.length % 2 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
}
function summarize(times: { id: string; ms: number; error: boolean }[]): Summary {
  const sorted = times.map((t) => t.ms).sort((a, b) => a - b);
  const total = sorted.reduce((a, b) => a + b, 0);
  return {
    n: sorted.length,
    errors: times.filter((t) => t.error).length,
    median: median(sorted),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    max: sorted.length ? sorted[sorted.length - 1] : NaN,
    mean: sorted.length ? total / sorted.length : NaN,
    total,
    slowest: [...times].sort((a, b) => b.ms - a.ms).slice(0, 5).map((t) => ({ id: t.id, ms: round(t.ms) })),
  };
}
const round = (x: number) => (Number.isFinite(x) ? Math.round(x * 1000) / 1000 : x);
const fmt = (x: number) => (Number.isFinite(x) ? (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2)) : '–');

/** Pages an engine is timed over before the next engine's turn. */
const CHUNK_PAGES = 16;

// ---------- main ----------
async function main(): Promise<void> {
  const started = performance.now();
  readabilityRunner = withReadability ? await loadReadability() : null;
  const groups = inputs.map(loadGroup);
  const gcFn = (globalThis as { gc?: () => void }).gc;

  // Warm-up (JIT, lazy modules): `warmupPages` pages of every group through every engine, twice,
  // cycling over the group's pages so that a one-page group is warmed as much as a large one.
  for (let round = 0; round < 2; round++) {
    for (const g of groups) {
      if (!g.pages.length) continue;
      for (let i = 0; i < warmupPages; i++) {
        const p = g.pages[i % g.pages.length];
        for (const e of enginesFor(p)) await timeOne(e, p);
      }
    }
  }

  const results: {
    name: string;
    source: string;
    pages: number;
    html: number;
    text: number;
    engines: Partial<Record<EngineName, Summary>>;
    ratio: number | null;
    ratioParse: number | null;
    seconds: number;
  }[] = [];

  for (const g of groups) {
    const t0 = performance.now();
    const times: Partial<Record<EngineName, { id: string; ms: number; error: boolean }[]>> = {};
    // Each engine is timed over a chunk of the group's pages in a block of its own, after a full
    // collection (`--expose-gc`), so that no engine pays for the garbage another one left:
    // interleaving engines page by page put linkedom's collections inside our timings. The
    // engines take turns chunk by chunk (the first one rotating), so that a slower or faster
    // spell of the machine (this one is a VM whose speed drifts by tens of percent within a
    // minute) falls on all of them alike instead of on one engine's whole block.
    const engineList: EngineName[] = ['extract', 'parseHtml', 'readability', 'language'];
    for (let r = 0; r < runs; r++) {
      for (let c = 0, turn = r; c < g.pages.length; c += CHUNK_PAGES, turn++) {
        const chunk = g.pages.slice(c, c + CHUNK_PAGES);
        const k = turn % engineList.length;
        for (const e of [...engineList.slice(k), ...engineList.slice(0, k)]) {
          const pages = chunk.filter((p) => enginesFor(p).includes(e));
          if (!pages.length) continue;
          if (gcFn) gcFn();
          // A full collection leaves the next calls slower for a while (a one-page group would
          // time only that): three untimed pages first.
          for (let i = 0; i < 3; i++) await timeOne(e, pages[i % pages.length]);
          for (const p of pages) {
            const t = await timeOne(e, p);
            (times[e] ??= []).push({ id: p.id, ...t });
          }
        }
      }
    }
    // With several runs, a page's time is its median over the runs.
    const engines: Partial<Record<EngineName, Summary>> = {};
    const perPageBy: Partial<Record<EngineName, { id: string; ms: number; error: boolean }[]>> = {};
    for (const [e, list] of Object.entries(times) as [EngineName, { id: string; ms: number; error: boolean }[]][]) {
      let perPage = list;
      if (runs > 1) {
        const byId = new Map<string, { ms: number[]; error: boolean }>();
        list.forEach((t, i) => {
          const key = `${i % (list.length / runs)}:${t.id}`;
          const cur = byId.get(key) ?? { ms: [], error: false };
          cur.ms.push(t.ms);
          cur.error ||= t.error;
          byId.set(key, cur);
        });
        perPage = [...byId.entries()].map(([key, v]) => ({ id: key.slice(key.indexOf(':') + 1), ms: median(v.ms.sort((a, b) => a - b)), error: v.error }));
      }
      engines[e] = summarize(perPage);
      perPageBy[e] = perPage;
    }
    // Like with like: over HTML pages only (Readability reads no plain text), extract() and
    // parseHtml() each against Readability + linkedom on the same pages.
    const htmlIds = new Set(g.pages.filter((p) => p.html !== undefined).map((p) => p.id));
    const extractHtml = (perPageBy.extract ?? []).filter((t) => htmlIds.has(t.id));
    const ours = extractHtml.length ? summarize(extractHtml).median : undefined;
    const theirs = engines.readability?.median;
    const oursParse = engines.parseHtml?.median;
    results.push({
      name: g.name,
      source: g.source,
      pages: g.pages.length,
      html: g.pages.filter((p) => p.html !== undefined).length,
      text: g.pages.filter((p) => p.text !== undefined).length,
      engines,
      ratio: ours && theirs ? theirs / ours : null,
      ratioParse: oursParse && theirs ? theirs / oursParse : null,
      seconds: (performance.now() - t0) / 1000,
    });
  }
  const totalSeconds = (performance.now() - started) / 1000;

  // ---------- report ----------
  const head = ['corpus', 'pages', 'engine', 'median', 'p95', 'p99', 'max', 'errors'];
  const rows: string[][] = [];
  for (const r of results) {
    for (const [e, s] of Object.entries(r.engines) as [EngineName, Summary][]) {
      rows.push([r.name, String(s.n), e, fmt(s.median), fmt(s.p95), fmt(s.p99), fmt(s.max), String(s.errors)]);
    }
  }
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 3 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  log(`times in ms per page; ${runs} run(s), warm-up ${warmupPages} page(s) per corpus; Node ${process.version}`);
  log(line(head));
  for (const row of rows) log(line(row));
  log('');
  for (const r of results) {
    const ex = r.engines.extract;
    const ok = (x: Summary | undefined) => (x ? (x.p99 <= 10 ? 'yes' : 'NO') : '–');
    const p99ok = r.engines.parseHtml ? `extract ${ok(ex)}, parseHtml ${ok(r.engines.parseHtml)}` : ok(ex);
    log(
      `${r.name}: Readability median / our median = ${r.ratio ? r.ratio.toFixed(1) + '×' : '–'} (extract), ` +
        `${r.ratioParse ? r.ratioParse.toFixed(1) + '×' : '–'} (parseHtml); our p99 ≤ 10 ms: ${p99ok}; ` +
        `slowest (extract): ${(ex?.slowest ?? []).map((s) => `${s.id} ${fmt(s.ms)}`).join(', ')}; ${r.seconds.toFixed(1)} s`,
    );
  }
  log(`whole run: ${totalSeconds.toFixed(1)} s`);

  if (jsonOut !== undefined) {
    const json = JSON.stringify(
      {
        node: process.version,
        date: new Date().toISOString(),
        runs,
        warmupPages,
        readability: Boolean(readabilityRunner),
        languageLayer: Boolean(languageRunner),
        totalSeconds: round(totalSeconds),
        corpora: results.map((r) => ({
          ...r,
          ratio: r.ratio === null ? null : round(r.ratio),
          ratioParse: r.ratioParse === null ? null : round(r.ratioParse),
          seconds: round(r.seconds),
          engines: Object.fromEntries(
            Object.entries(r.engines).map(([e, s]) => [
              e,
              { ...s, median: round(s.median), p95: round(s.p95), p99: round(s.p99), max: round(s.max), mean: round(s.mean), total: round(s.total) },
            ]),
          ),
        })),
      },
      null,
      2,
    );
    if (jsonOut === null) process.stdout.write(json + '\n');
    else writeFileSync(jsonOut, json + '\n');
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
