/**
 * Speed benchmark: our engine against Readability.js on linkedom, over the same pages, in one run.
 *
 *   npm run bench -- DIR_OR_JSONL... [--json[=FILE]] [--runs N] [--warmup N] [--no-readability]
 *
 * Each argument is one group ("corpus") of pages:
 *   - a corpus folder holding inputs.jsonl.gz,
 *   - a .jsonl or .jsonl.gz file of {"id","url"?,"html"?|"text"?} lines,
 *   - a folder of .html / .htm / .txt files (one page each).
 * Each engine runs alone in a worker thread of its own (scripts/lib/bench-engine.ts): its own V8
 * isolate and heap, as in a Worker, so that no engine pays for another's garbage and no collection
 * is forced between blocks. Per run the engines take turns over chunks of 16 pages (the first one
 * rotating, three untimed pages before each block), so that a slow or fast spell of the machine
 * falls on all of them alike:
 *   extract    our whole pipeline, `extract()` of src/engine/index.ts (HTML or text in, Article out)
 *   parseHtml  our HTML stage alone (one parse, metadata and main text)
 *   readability  `parseHTML(html)` from linkedom, then `new Readability(document).parse()`,
 *              as its users call it (HTML pages only)
 *   language   the language layer alone (`analyzeLanguage`), on every page
 * It prints per group the median, p95, p99 and max (ms) of each, and the ratio of Readability's
 * median to ours. `--json` writes the same figures as JSON (to FILE, or to stdout instead of the
 * table). A benchmark, not a test: it asserts nothing.
 */
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { loadGroup, type Page } from './lib/bench-pages';
import type { EngineName, TimeRequest, Timing } from './lib/bench-engine';

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

// ---------- engines ----------
/** One engine's worker thread; `time` runs one block of pages there and answers their times. */
interface EngineThread {
  available: boolean;
  reason?: string;
  time(pages: Page[], untimed: number): Promise<Timing[]>;
  close(): Promise<number>;
}

function startEngine(engine: EngineName): Promise<EngineThread> {
  const worker = new Worker(new URL('./lib/bench-worker.mjs', import.meta.url), { workerData: { engine } });
  let seq = 0;
  const waiting = new Map<number, { resolve: (t: Timing[]) => void; reject: (e: Error) => void }>();
  return new Promise((resolveReady, rejectReady) => {
    worker.on('error', (e) => {
      rejectReady(e);
      for (const w of waiting.values()) w.reject(e);
      waiting.clear();
    });
    worker.on('message', (m: { type: 'ready'; available: boolean; reason?: string } | { type: 'times'; seq: number; times: Timing[] }) => {
      if (m.type === 'ready') {
        resolveReady({
          available: m.available,
          reason: m.reason,
          time(pages, untimed) {
            const request: TimeRequest = { type: 'time', seq: ++seq, pages, untimed };
            return new Promise((resolve, reject) => {
              waiting.set(request.seq, { resolve, reject });
              worker.postMessage(request);
            });
          },
          close: () => worker.terminate(),
        });
      } else {
        waiting.get(m.seq)?.resolve(m.times);
        waiting.delete(m.seq);
      }
    });
  });
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
  const groups = inputs.map((arg) => loadGroup(arg, log));
  const engineList: EngineName[] = ['extract', 'parseHtml', 'language'];
  if (withReadability) engineList.splice(2, 0, 'readability');
  const threads = new Map<EngineName, EngineThread>();
  for (const [e, t] of await Promise.all(engineList.map(async (e) => [e, await startEngine(e)] as const))) {
    if (t.available) threads.set(e, t);
    else {
      log(`${e} could not be loaded (${t.reason}): timing the other engines only`);
      await t.close();
    }
  }
  // The engines that loaded, in turn order; Readability and parseHtml read HTML pages only.
  const loaded = engineList.filter((e) => threads.has(e));
  const enginesFor = (p: Page): EngineName[] => loaded.filter((e) => p.html !== undefined || e === 'extract' || e === 'language');
  const indexesFor = (g: (typeof groups)[number], from: number[], e: EngineName) => from.filter((i) => enginesFor(g.pages[i]).includes(e));

  // Warm-up (JIT, lazy modules): `warmupPages` pages of every group through every engine, twice,
  // cycling over the group's pages so that a one-page group is warmed as much as a large one.
  // The engines warm up side by side, each in its own thread; nothing is timed.
  await Promise.all(
    [...threads].map(async ([e, t]) => {
      for (let round = 0; round < 2; round++) {
        for (const g of groups) {
          if (!g.pages.length) continue;
          const list = indexesFor(g, Array.from({ length: warmupPages }, (_, i) => i % g.pages.length), e);
          if (list.length) await t.time(list.map((i) => g.pages[i]), 0);
        }
      }
    }),
  );

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
    // The engines take turns chunk by chunk (the first one rotating), so that a slower or faster
    // spell of the machine (this one is a VM whose speed drifts by tens of percent within a
    // minute) falls on all of them alike instead of on one engine's whole block; one block runs
    // at a time. Each block starts with three untimed pages, so that a one-page group is not
    // timed on its first call after another engine's turn.
    for (let r = 0; r < runs; r++) {
      for (let c = 0, turn = r; c < g.pages.length; c += CHUNK_PAGES, turn++) {
        const chunk = Array.from({ length: Math.min(CHUNK_PAGES, g.pages.length - c) }, (_, i) => c + i);
        const k = turn % loaded.length;
        for (const e of [...loaded.slice(k), ...loaded.slice(0, k)]) {
          const list = indexesFor(g, chunk, e);
          if (!list.length) continue;
          const timed = await (threads.get(e) as EngineThread).time(list.map((i) => g.pages[i]), 3);
          timed.forEach((t, i) => (times[e] ??= []).push({ id: g.pages[list[i]].id, ...t }));
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
  await Promise.all([...threads.values()].map((t) => t.close()));

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
        readability: threads.has('readability'),
        languageLayer: threads.has('language'),
        isolation: 'one worker thread per engine, no forced collections',
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
