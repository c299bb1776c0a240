/**
 * Memory baseline for `npm run loadtest`: the same local runtime (Miniflare/workerd on
 * 127.0.0.1) serving a one-line Worker (`new Response('ok')`), driven by 50 keep-alive
 * connections for 60 s (LOADTEST_SECONDS), with workerd's RSS sampled every 10 s. If this
 * trivial Worker's RSS grows like ours under `npm run loadtest`, the growth is the local
 * runtime's, not the article Worker's.
 *
 *   npm run loadtest:baseline
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Miniflare } from 'miniflare';

const SECONDS = Number(process.env.LOADTEST_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.LOADTEST_CONNECTIONS ?? 50);

function workerdRssMb(): number {
  const rows = execFileSync('ps', ['-eo', 'pid,comm'], { encoding: 'utf8' }).split('\n').filter((l) => l.includes('workerd'));
  let kb = 0;
  for (const row of rows) {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${row.trim().split(/\s+/)[0]}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      /* the process ended */
    }
  }
  return kb / 1024;
}

async function main() {
  const mf = new Miniflare({
    modules: true,
    script: "export default { fetch() { return new Response('ok'); } }",
    compatibilityDate: '2026-05-01',
    host: '127.0.0.1',
    port: 0,
  });
  const url = await mf.ready;
  const samples: string[] = [`start ${workerdRssMb().toFixed(0)}`];
  const started = performance.now();
  const timer = setInterval(() => samples.push(`${Math.round((performance.now() - started) / 1000)}s ${workerdRssMb().toFixed(0)}`), 10_000);
  let requests = 0;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() - started < SECONDS * 1000) {
        const res = await fetch(url);
        await res.arrayBuffer();
        requests++;
      }
    }),
  );
  clearInterval(timer);
  samples.push(`end ${workerdRssMb().toFixed(0)}`);
  console.log(`baseline: a one-line Worker, ${CONNECTIONS} connections for ${SECONDS} s, ${requests} requests`);
  console.log(`workerd RSS (MB): ${samples.join(', ')}`);
  await mf.dispose();
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
