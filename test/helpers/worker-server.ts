/**
 * The Worker as deployed, for Node-side tests (browser, load): builds the bundle with wrangler
 * (`deploy --dry-run --outdir`) and serves it with Miniflare on 127.0.0.1 at a free port.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Miniflare } from 'miniflare';

const root = new URL('../..', import.meta.url).pathname;
const wrangler = join(root, 'node_modules/.bin/wrangler');
export const WRANGLER_ENV = {
  ...process.env,
  WRANGLER_SEND_METRICS: 'false',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  NO_COLOR: '1',
};

let built: string | undefined;

/** Builds the bundle once per process; returns its folder (holding index.js). */
export function buildBundle(): string {
  if (built) return built;
  const outdir = mkdtempSync(join(tmpdir(), 'ae-bundle-'));
  execFileSync(wrangler, ['deploy', '--dry-run', '--outdir', outdir], { cwd: root, env: WRANGLER_ENV, stdio: 'pipe' });
  built = outdir;
  return outdir;
}

export function compatibilityDate(): string {
  const toml = readFileSync(join(root, 'wrangler.toml'), 'utf8');
  return /compatibility_date\s*=\s*"([^"]+)"/.exec(toml)![1];
}

export interface WorkerServer {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  mf: Miniflare;
  dispose(): Promise<void>;
}

export interface WorkerServerOptions {
  /** Folder for the persisted KV store (default: a new temporary folder). */
  kvPersist?: string;
  /** Extra [vars] bindings, e.g. { FETCH_ALLOW_HOSTS: '127.0.0.1' }. */
  bindings?: Record<string, string>;
  /** Listen on a real port (default true); false for dispatchFetch only. */
  listen?: boolean;
  /** Open the V8 inspector on this loopback port (the load test reads the isolate's heap there). */
  inspectorPort?: number;
}

export async function startWorker(options: WorkerServerOptions = {}): Promise<WorkerServer> {
  const outdir = buildBundle();
  const listen = options.listen ?? true;
  const mf = new Miniflare({
    modules: true,
    scriptPath: join(outdir, 'index.js'),
    modulesRoot: outdir,
    compatibilityDate: compatibilityDate(),
    kvNamespaces: ['ARTICLES'],
    kvPersist: options.kvPersist ?? join(mkdtempSync(join(tmpdir(), 'ae-kv-')), 'kv'),
    bindings: options.bindings ?? {},
    ...(listen ? { host: '127.0.0.1', port: 0 } : {}),
    ...(options.inspectorPort ? { inspectorPort: options.inspectorPort } : {}),
  });
  const url = await mf.ready;
  return { origin: url.origin, mf, dispose: () => mf.dispose() };
}
