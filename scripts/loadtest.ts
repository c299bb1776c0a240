/**
 * npm run loadtest — drives the built Worker (Miniflare on 127.0.0.1, via test/helpers'
 * startWorker) with a mix of cache hits, misses (unique texts, and URLs fetched from a loopback
 * origin server) and bad requests, plus GET /healthz as the "hello" baseline, from a fixed number
 * of keep-alive connections for a fixed time; then prints throughput, latency percentiles, 5xx
 * and failed-connection counts, and memory every 5 s: workerd's RSS, and the Worker isolate's own
 * JavaScript heap read over the V8 inspector (LOADTEST_HEAP=0 runs without the inspector).
 *
 * Bounded: LOADTEST_CONNECTIONS (default 50) for LOADTEST_SECONDS (default 30), then it stops.
 * Nothing leaves 127.0.0.1.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { startFixtureServer } from '../test/setup/fixture-server';
import { startWorker } from '../test/helpers/worker-server';
import { connectHeapProbe, freePort, type HeapProbe } from './lib/heap-probe';

const CONNECTIONS = Number(process.env.LOADTEST_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.LOADTEST_SECONDS ?? 30);

type Kind = 'hit' | 'miss' | 'url-miss' | 'bad' | 'hello';
interface Req {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  type?: string;
}

const STORY = (n: number) =>
  `LISBON (AP) — Tram line ${n} will reopen next week after track work finished ahead of schedule, the city said on Monday.\n\n` +
  `Officials said about ${n % 1000} workers had replaced rails along the route, and that trains would run every ten minutes.\n\n` +
  `“We are pleased with the result,” said Mayor Ana Costa, who will ride the first tram on line ${n}.\n`;

function rssKb(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/** The workerd processes Miniflare started (descendants of this process). */
function workerdPids(): number[] {
  const out = execFileSync('ps', ['-eo', 'pid,ppid,comm'], { encoding: 'utf8' });
  const rows = out.trim().split('\n').slice(1).map((l) => l.trim().split(/\s+/)).map(([pid, ppid, comm]) => ({ pid: +pid, ppid: +ppid, comm }));
  const mine = new Set([process.pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const r of rows) if (mine.has(r.ppid) && !mine.has(r.pid)) (mine.add(r.pid), (grew = true));
  }
  return rows.filter((r) => mine.has(r.pid) && r.comm.includes('workerd')).map((r) => r.pid);
}
const memoryMb = () => {
  const kb = workerdPids().map(rssKb).reduce<number>((a, b) => a + (b ?? 0), 0);
  return Math.round(kb / 102.4) / 10;
};

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN);

/** The Worker's request log lines (one JSON line per request, forwarded by Miniflare) are dropped. */
function silenceWorkerLogs() {
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    const kept = text.split('\n').filter((l) => !l.startsWith('{"level":')).join('\n');
    if (!kept.trim()) return true;
    return (write as (c: string, ...r: unknown[]) => boolean)(kept, ...rest);
  }) as typeof process.stdout.write;
}

async function main() {
  silenceWorkerLogs();
  const fixture = await startFixtureServer();
  const withHeap = process.env.LOADTEST_HEAP !== '0';
  const inspectorPort = withHeap ? await freePort() : undefined;
  const worker = await startWorker({ bindings: { FETCH_ALLOW_HOSTS: '127.0.0.1' }, inspectorPort });
  const probe: HeapProbe | null = inspectorPort ? await connectHeapProbe(inspectorPort) : null;
  const heap: Array<[string, number | null]> = [];
  let heapSteady = true;
  const url = new URL(worker.origin);
  const agent = new Agent({ keepAlive: process.env.LOADTEST_KEEPALIVE !== '0', maxSockets: CONNECTIONS, maxFreeSockets: CONNECTIONS });

  function send(r: Req): Promise<{ status: number; ms: number; body: string }> {
    return new Promise((resolve, reject) => {
      const t0 = performance.now();
      const req = request(
        { host: url.hostname, port: url.port, method: r.method, path: r.path, agent, headers: r.type ? { 'content-type': r.type } : {} },
        (res) => {
          let body = '';
          res.on('data', (c: Buffer) => {
            if ((res.statusCode ?? 0) >= 500 && body.length < 400) body += c.toString('utf8');
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - t0, body }));
          res.on('error', reject);
        },
      );
      req.setTimeout(30_000, () => req.destroy(new Error('timeout')));
      req.on('error', reject);
      req.end(r.body);
    });
  }

  // Warm: a few stories to hit, their ids.
  const hitIds: string[] = [];
  for (let i = 0; i < 20; i++) {
    const body = STORY(i);
    const res = await fetch(worker.origin + '/v1/extract', { method: 'POST', body, headers: { 'content-type': 'text/plain' } });
    hitIds.push(((await res.json()) as { id: string }).id);
  }

  let seq = 1_000_000;
  const BAD: Req[] = [
    { method: 'POST', path: '/v1/extract', body: '{"text": ', type: 'application/json' },
    { method: 'POST', path: '/v1/extract', body: 'x', type: 'image/png' },
    { method: 'POST', path: '/v1/extract', body: '', type: 'text/plain' },
    { method: 'GET', path: '/v1/extract?url=' + encodeURIComponent('http://169.254.169.254/latest/meta-data/') },
    { method: 'GET', path: '/v1/articles/not-an-id' },
    { method: 'GET', path: '/nope' },
  ];
  const only = process.env.LOADTEST_ONLY as Kind | undefined;
  function pick(): [Kind, Req] {
    if (only) {
      for (;;) {
        const p = pickMixed();
        if (p[0] === only) return p;
      }
    }
    return pickMixed();
  }
  function pickMixed(): [Kind, Req] {
    const r = Math.random();
    if (r < 0.2) return ['hello', { method: 'GET', path: '/healthz' }];
    if (r < 0.6) {
      const id = hitIds[Math.floor(Math.random() * hitIds.length)];
      return ['hit', Math.random() < 0.5 ? { method: 'GET', path: `/v1/articles/${id}` } : { method: 'POST', path: '/v1/extract', body: STORY(hitIds.indexOf(id)), type: 'text/plain' }];
    }
    if (r < 0.8) return ['miss', { method: 'POST', path: '/v1/extract', body: STORY(seq++), type: 'text/plain' }];
    if (r < 0.85) return ['url-miss', { method: 'GET', path: '/v1/extract?url=' + encodeURIComponent(`${fixture.origin}/story?n=${seq++}`) }];
    return ['bad', BAD[Math.floor(Math.random() * BAD.length)]];
  }

  const lat: Record<Kind, number[]> = { hit: [], miss: [], 'url-miss': [], bad: [], hello: [] };
  const statuses: Record<string, number> = {};
  let fivexx = 0;
  let failed = 0;
  let wrong = 0;
  const expected: Record<Kind, (s: number) => boolean> = {
    hit: (s) => s === 200,
    miss: (s) => s === 200,
    'url-miss': (s) => s === 200,
    bad: (s) => s >= 400 && s < 500,
    hello: (s) => s === 200,
  };

  const mem: Array<[string, number]> = [['start', memoryMb()]];
  if (probe) heap.push(['start', await probe.liveMb()]);
  const started = performance.now();
  const deadline = started + SECONDS * 1000;
  // RSS of workerd every 5 s and the isolate's heap every second, to tell a steady state from growth.
  const sampler = setInterval(() => mem.push([`${Math.round((performance.now() - started) / 1000)}s`, memoryMb()]), 5000);
  // The Worker's live heap (after a full collection) every 10 s: what requests leave behind.
  const heapSampler = probe
    ? setInterval(() => {
        const at = `${Math.round((performance.now() - started) / 1000)}s`;
        void probe.liveMb().then((mb) => heap.push([at, mb]));
      }, 10_000)
    : null;
  const errors: string[] = [];
  const failedBy: Record<string, number> = {};

  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < deadline) {
        const [kind, req] = pick();
        try {
          const { status, ms, body } = await send(req);
          lat[kind].push(ms);
          statuses[status] = (statuses[status] ?? 0) + 1;
          if (status >= 500) {
            fivexx++;
            if (errors.length < 5) errors.push(`${kind} ${req.method} ${req.path.slice(0, 60)} → ${status} ${body.slice(0, 300)}`);
          }
          if (!expected[kind](status)) wrong++;
        } catch (err) {
          failed++;
          failedBy[kind] = (failedBy[kind] ?? 0) + 1;
          if (errors.length < 5) errors.push(`${kind} ${req.method} ${req.path.slice(0, 40)}: ${String(err)}`);
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  clearInterval(sampler);
  if (heapSampler) clearInterval(heapSampler);
  mem.push(['end', memoryMb()]);
  if (probe) heap.push(['end', await probe.liveMb()]);

  const rows = (Object.keys(lat) as Kind[]).map((k) => {
    const s = [...lat[k]].sort((a, b) => a - b);
    return { kind: k, requests: s.length, rps: s.length / elapsed, p50: percentile(s, 50), p95: percentile(s, 95), p99: percentile(s, 99) };
  });
  const f = (n: number, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : '-');
  console.log(`\nloadtest: ${CONNECTIONS} keep-alive connections for ${f(elapsed)} s against the built Worker (Miniflare/workerd on 127.0.0.1)`);
  console.log('kind       requests      req/s    p50 ms    p95 ms    p99 ms');
  for (const r of rows) {
    console.log(`${r.kind.padEnd(9)} ${String(r.requests).padStart(9)} ${f(r.rps).padStart(10)} ${f(r.p50).padStart(9)} ${f(r.p95).padStart(9)} ${f(r.p99).padStart(9)}`);
  }
  const total = rows.reduce((a, r) => a + r.requests, 0);
  const hit = rows.find((r) => r.kind === 'hit')!;
  const hello = rows.find((r) => r.kind === 'hello')!;
  // Hits are 40% of the mix and hello 20%: compare per-request cost, i.e. latency and share-normalized rate.
  console.log(`all       ${String(total).padStart(9)} ${f(total / elapsed).padStart(10)}`);
  console.log(`hit/hello throughput ratio (per unit of mix share: hits 40%, hello 20%): ${f(hit.rps / 0.4 / (hello.rps / 0.2), 2)}; p50 latency ratio hello/hit: ${f(hello.p50 / hit.p50, 2)}`);
  console.log(`statuses: ${JSON.stringify(statuses)}`);
  console.log(`5xx responses: ${fivexx}; dropped/failed connections: ${failed}; unexpected statuses: ${wrong}`);
  if (errors.length) console.log(`failed by kind: ${JSON.stringify(failedBy)}; first errors and 5xx: ${errors.join(' | ')}`);
  console.log(`workerd RSS (MB): ${mem.map(([k, v]) => `${k} ${v}`).join(', ')}`);
  const half = mem.slice(Math.floor(mem.length / 2)).map(([, v]) => Number(v));
  if (half.length > 1) {
    const growth = half[half.length - 1] - half[0];
    console.log(`RSS change over the second half of the run: ${growth >= 0 ? '+' : ''}${growth.toFixed(1)} MB (${((growth / half[0]) * 100).toFixed(1)}%)`);
  }
  if (probe) {
    const report = heapReport(heap);
    console.log(report.text);
    heapSteady = report.steady;
    probe.close();
  }

  agent.destroy();
  await worker.dispose();
  await fixture.close();
  process.exitCode = fivexx === 0 && failed === 0 && heapSteady ? 0 : 1;
}

/**
 * Live heap samples (after a full collection, taken every 10 s): steady means the second half
 * of the run ends no higher than the first half's highest sample allows (10% + 1 MB slack), i.e.
 * nothing accumulates from request to request.
 */
function heapReport(samples: Array<[string, number | null]>): { text: string; steady: boolean } {
  const line = `Worker live JS heap (MB, after a full GC, V8 inspector): ${samples.map(([k, v]) => `${k} ${v ?? '?'}`).join(', ')}`;
  const v = samples.map(([, x]) => x).filter((x): x is number => x !== null);
  if (v.length < 4) return { text: `${line}\nWorker live heap: too few samples for a verdict`, steady: true };
  const mid = Math.floor(v.length / 2);
  const first = Math.max(...v.slice(1, mid));
  const last = v[v.length - 1];
  const steady = Math.max(...v.slice(mid)) <= first * 1.1 + 1;
  return { text: `${line}\nWorker live heap: first-half peak ${first} MB, second-half peak ${Math.max(...v.slice(mid))} MB, end ${last} MB → ${steady ? 'steady' : 'GROWING'}`, steady };
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
