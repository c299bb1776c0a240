/**
 * The pages `npm run bench` times, read from its arguments. Each argument is one group
 * ("corpus") of pages: a corpus folder holding inputs.jsonl.gz, a .jsonl or .jsonl.gz file of
 * {"id","url"?,"html"?|"text"?} lines, or a folder of .html / .htm / .txt files (one page each).
 * The main thread reads them; each engine's worker thread gets one block of pages at a time.
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface Page {
  id: string;
  url: string | null;
  html?: string;
  text?: string;
}
export interface Group {
  name: string;
  source: string;
  pages: Page[];
}

function parseJsonl(text: string, source: string, warn: (s: string) => void): Page[] {
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
      warn(`skipping line ${n} of ${source}: not JSON`);
    }
  }
  return pages;
}

function readJsonlFile(path: string, warn: (s: string) => void): Page[] {
  const buf = readFileSync(path);
  const text = path.endsWith('.gz') ? gunzipSync(buf).toString('utf8') : buf.toString('utf8');
  return parseJsonl(text, path, warn);
}

/** One group from one argument; `warn` hears about lines that are not JSON. */
export function loadGroup(arg: string, warn: (s: string) => void = () => {}): Group {
  const path = resolve(arg);
  const st = statSync(path);
  if (st.isDirectory()) {
    const name = basename(path);
    for (const f of ['inputs.jsonl.gz', 'inputs.jsonl']) {
      if (existsSync(join(path, f))) return { name, source: join(path, f), pages: readJsonlFile(join(path, f), warn) };
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
  return { name, source: path, pages: readJsonlFile(path, warn) };
}
