/**
 * The command line: the same engine as the Worker, driven from Node.
 *
 *   article-extract FILE_OR_URL…      one Article JSON line per input
 *   article-extract --batch           JSON Lines in, JSON Lines out (docs/article-contract.md)
 *
 * Options: --allow-host HOST (repeatable; fetch loopback/private hosts, e.g. 127.0.0.1),
 * --timeout MS, --max-bytes N, --pretty (indent single results).
 */
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { extract, looksLikeHtml, type EngineInput } from './engine/index';
import { decodeBytes } from './engine/input/decode';
import { fetchPage } from './service/fetch-page';
import { Problem, toProblem } from './service/problems';

interface CliOptions {
  batch: boolean;
  pretty: boolean;
  allowHosts: string[];
  timeoutMs: number;
  maxBytes: number;
  inputs: string[];
}

const USAGE = `usage: article-extract [--pretty] [--allow-host HOST]… [--timeout MS] [--max-bytes N] FILE_OR_URL…
       article-extract --batch < inputs.jsonl   (one {"id","url"?,"html"?|"text"?} per line)`;

export function parseArgs(argv: string[]): CliOptions {
  const opts: CliOptions = {
    batch: false,
    pretty: false,
    allowHosts: (process.env.FETCH_ALLOW_HOSTS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    timeoutMs: 10_000,
    maxBytes: 5_000_000,
    inputs: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--batch') opts.batch = true;
    else if (a === '--pretty') opts.pretty = true;
    else if (a === '--allow-host') opts.allowHosts.push(value());
    else if (a === '--timeout') opts.timeoutMs = Number(value());
    else if (a === '--max-bytes') opts.maxBytes = Number(value());
    else if (a === '-h' || a === '--help') throw new UsageRequest();
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else opts.inputs.push(a);
  }
  if (!opts.batch && opts.inputs.length === 0) throw new Error('give FILE_OR_URL arguments or --batch');
  return opts;
}

class UsageRequest extends Error {}

const isUrl = (s: string) => /^https?:\/\//i.test(s);

async function fromUrl(url: string, opts: CliOptions): Promise<EngineInput> {
  const page = await fetchPage(url, {
    timeoutMs: opts.timeoutMs,
    maxBytes: opts.maxBytes,
    maxRedirects: 5,
    allowHosts: opts.allowHosts,
  });
  return page.kind === 'html' ? { kind: 'html', html: page.body, url: page.url } : { kind: 'text', text: page.body, url: page.url };
}

async function fromFile(path: string): Promise<EngineInput> {
  const bytes = new Uint8Array(await readFile(path));
  const isHtmlName = /\.x?html?$/i.test(path);
  const { text } = decodeBytes(bytes, isHtmlName ? 'text/html' : null);
  return isHtmlName || looksLikeHtml(text) ? { kind: 'html', html: text, url: null } : { kind: 'text', text, url: null };
}

/** One batch line → the input it names, or a Problem for a malformed line. */
export function batchInput(record: unknown): EngineInput | { fetch: string } {
  if (!record || typeof record !== 'object' || Array.isArray(record)) {
    throw new Problem('bad-request', 'Each line must be a JSON object.');
  }
  const r = record as Record<string, unknown>;
  const url = typeof r.url === 'string' && r.url.trim() ? r.url.trim() : null;
  if (r.url != null && typeof r.url !== 'string') throw new Problem('bad-request', '"url" must be a string.');
  if (typeof r.html === 'string') return { kind: 'html', html: r.html, url };
  if (typeof r.text === 'string') return { kind: 'text', text: r.text, url };
  if (r.html != null || r.text != null) throw new Problem('bad-request', '"html" and "text" must be strings.');
  if (url) return { fetch: url };
  throw new Problem('missing-input', 'A line needs "text", "html", or "url".');
}

function errorLine(err: unknown) {
  const p = toProblem(err);
  if (p.type === 'internal') process.stderr.write(`article-extract: ${(err as Error)?.stack ?? String(err)}\n`);
  const { type, title, status, detail } = p.toJSON();
  return { type, title, status, detail };
}

async function runBatch(opts: CliOptions): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    let id: unknown = `line-${n}`;
    let out: Record<string, unknown>;
    try {
      let record: unknown;
      try {
        record = JSON.parse(line);
      } catch {
        throw new Problem('bad-request', `Line ${n} is not valid JSON.`);
      }
      if (record && typeof record === 'object' && 'id' in record) id = (record as { id: unknown }).id;
      const input = batchInput(record);
      const article = await extract('fetch' in input ? await fromUrl(input.fetch, opts) : input);
      out = { id, article };
    } catch (err) {
      out = { id, error: errorLine(err) };
    }
    if (!process.stdout.write(JSON.stringify(out) + '\n')) {
      await new Promise((resolve) => process.stdout.once('drain', resolve));
    }
  }
}

async function runInputs(opts: CliOptions): Promise<number> {
  let failures = 0;
  for (const item of opts.inputs) {
    try {
      const article = await extract(isUrl(item) ? await fromUrl(item, opts) : await fromFile(item));
      process.stdout.write(JSON.stringify(article, null, opts.pretty ? 2 : undefined) + '\n');
    } catch (err) {
      failures++;
      const e = (err as NodeJS.ErrnoException)?.code === 'ENOENT' ? new Problem('missing-input', `No such file: ${item}`) : err;
      process.stdout.write(JSON.stringify({ input: item, error: errorLine(e) }) + '\n');
    }
  }
  return failures ? 1 : 0;
}

export async function main(argv: string[]): Promise<number> {
  let opts: CliOptions;
  try {
    opts = parseArgs(argv);
  } catch (err) {
    if (err instanceof UsageRequest) {
      process.stdout.write(USAGE + '\n');
      return 0;
    }
    process.stderr.write(`article-extract: ${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (opts.batch) {
    await runBatch(opts);
    return 0;
  }
  return runInputs(opts);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`article-extract: ${(err as Error)?.stack ?? String(err)}\n`);
    process.exitCode = 1;
  },
);
