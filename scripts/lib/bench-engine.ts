/**
 * One engine of `npm run bench`, alone in a worker thread: its own V8 isolate and heap, as a
 * Worker isolate has, so that no engine's garbage is collected inside another engine's timings
 * and no collection is forced between blocks of pages. The main thread sends one block of pages
 * at a time (copied into this isolate, as a request's body is), this thread times them and
 * answers with the times; its heap holds the engine and the block, not the corpora.
 *
 *   workerData: { engine }
 *   → { type: 'ready', available, reason? }
 *   ← { type: 'time', seq, pages: Page[], untimed }   (untimed: pages run first, not timed)
 *   → { type: 'times', seq, times: { ms, error }[] }
 */
import { parentPort, workerData } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { extract } from '../../src/engine/index';
import { parseHtml } from '../../src/engine/html/index';
import { analyzeLanguage } from '../../src/engine/language/index';
import { parseWireText } from '../../src/engine/text/index';
import type { Page } from './bench-pages';

export type EngineName = 'extract' | 'parseHtml' | 'readability' | 'language';
export interface TimeRequest {
  type: 'time';
  seq: number;
  pages: Page[];
  untimed: number;
}
export interface Timing {
  ms: number;
  error: boolean;
}

type Runner = (p: Page) => unknown;

async function loadReadability(): Promise<Runner> {
  const { Readability } = (await import('@mozilla/readability')) as { Readability: new (doc: unknown) => { parse(): unknown } };
  const { parseHTML } = (await import('linkedom')) as { parseHTML: (html: string) => { document: unknown } };
  return (p: Page) => {
    const { document } = parseHTML(p.html as string);
    return new Readability(document).parse();
  };
}

/**
 * The language layer alone (`analyzeLanguage`: language, entities, quotes, dates, keywords,
 * summary): its input paragraphs are prepared before the timing, by the same stage that feeds it
 * in `extract()` (the wire-text reader or the HTML stage).
 */
const paragraphsOf = new WeakMap<Page, string[]>();
function languageParagraphs(p: Page): string[] {
  let paragraphs = paragraphsOf.get(p);
  if (!paragraphs) {
    paragraphs = p.html !== undefined ? parseHtml(p.html, p.url).paragraphs : parseWireText(p.text as string).paragraphs;
    paragraphsOf.set(p, paragraphs);
  }
  return paragraphs;
}

async function runnerFor(engine: EngineName): Promise<Runner | ((p: Page) => Promise<unknown>)> {
  switch (engine) {
    case 'extract':
      return (p: Page) =>
        extract(p.html !== undefined ? { kind: 'html', html: p.html, url: p.url } : { kind: 'text', text: p.text as string, url: p.url });
    case 'parseHtml':
      return (p: Page) => parseHtml(p.html as string, p.url);
    case 'readability':
      return loadReadability();
    case 'language':
      return (p: Page) => analyzeLanguage(languageParagraphs(p));
  }
}

/** Time one call; errors (an article-less page, a Readability crash) are counted, and timed. */
async function timeOne(run: (p: Page) => unknown, p: Page): Promise<Timing> {
  const t0 = performance.now();
  let error = false;
  try {
    await run(p);
  } catch {
    error = true;
  }
  return { ms: performance.now() - t0, error };
}

async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('bench-engine runs as a worker thread of scripts/bench.ts');
  const { engine } = workerData as { engine: EngineName };
  let run: (p: Page) => unknown;
  try {
    run = await runnerFor(engine);
  } catch (e) {
    port.postMessage({ type: 'ready', available: false, reason: (e as Error).message });
    return;
  }
  port.on('message', async (m: TimeRequest) => {
    const pages = m.pages;
    if (engine === 'language') pages.forEach(languageParagraphs);
    for (let i = 0; i < m.untimed && pages.length; i++) await timeOne(run, pages[i % pages.length]);
    const times: Timing[] = [];
    for (const p of pages) times.push(await timeOne(run, p));
    port.postMessage({ type: 'times', seq: m.seq, times });
  });
  port.postMessage({ type: 'ready', available: true });
}

main().catch((e) => {
  parentPort?.postMessage({ type: 'ready', available: false, reason: (e as Error).message });
});
