/**
 * A loopback HTTP server (127.0.0.1, random port) serving pages of our own writing, for the
 * fetch and URL tests. Runs in Node (vitest global setup, command-line tests).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGzip, gzipSync } from 'node:zlib';

export const STORY_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Harbour ferry returns after winter repairs | The Lakeside Courier</title>
<meta property="og:site_name" content="The Lakeside Courier">
<meta name="description" content="The blue ferry is back on the harbour run.">
<meta property="article:published_time" content="2024-03-05T08:30:00+01:00">
<meta name="author" content="Mira Sandoval">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Harbour ferry returns after winter repairs</h1>
<p>PORT ELLEN (AP) — The blue ferry that links the two halves of the harbour went back into service on Tuesday after three months of repairs to its engine and hull.</p>
<p>Captain Ilse Varga said the crossing would run every twenty minutes from six in the morning, as it did before the winter.</p>
<p>Local shop owners welcomed the return, saying the long road around the bay had kept customers away since December.</p>
</article>
<footer>Copyright 2024 The Lakeside Courier</footer>
</body></html>`;

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const resetOnceSeen = new Map<string, number>();

export const routes: Record<string, Handler> = {
  '/story': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(STORY_HTML);
  },
  '/story-1251': (_req, res) => {
    // The same page declared and encoded as windows-1251 (Cyrillic title).
    const html = '<html><head><meta charset="windows-1251"><title>Паром вернулся</title></head><body><article>' +
      '<p>Паром, который связывает две части гавани, снова вышел на линию во вторник после ремонта двигателя.</p>' +
      '<p>Капитан сказал, что переправа будет работать каждые двадцать минут с шести утра, как и до зимы.</p>' +
      '</article></body></html>';
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(encodeCp1251(html));
  },
  '/plain': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('LISBON (Reuters) - A tram line closed for track work will reopen next week, the city said on Monday.\n\nOfficials said the work had finished ahead of schedule.\n');
  },
  '/redirect': (_req, res) => {
    res.writeHead(302, { location: '/story' });
    res.end();
  },
  '/loop': (_req, res) => {
    res.writeHead(302, { location: '/loop' });
    res.end();
  },
  '/image': (_req, res) => {
    res.writeHead(200, { 'content-type': 'image/png' });
    res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  },
  '/big': (_req, res) => {
    // 8 MB of text, in chunks: over the default 5 MB cap.
    res.writeHead(200, { 'content-type': 'text/html' });
    const chunk = '<p>' + 'word '.repeat(2000) + '</p>\n';
    let sent = 0;
    const write = () => {
      while (sent < 8_000_000) {
        sent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', write);
      }
      res.end();
    };
    write();
  },
  '/slow': (_req, res) => {
    // Headers at once, then a body that drips for far longer than any test's time limit.
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write('<html><body><p>');
    const timer = setInterval(() => res.write('.'), 200);
    const stop = () => clearInterval(timer);
    res.on('close', stop);
    setTimeout(() => { stop(); res.end('</p></body></html>'); }, 30_000).unref();
  },
  '/status/404': (_req, res) => {
    res.writeHead(404, { 'content-type': 'text/html' });
    res.end('<h1>Not found</h1>');
  },
  '/status/500': (_req, res) => {
    res.writeHead(500, { 'content-type': 'text/html' });
    res.end('<h1>Server error</h1>');
  },
  // --- Routes for test/service/fetch-page.test.ts ---
  '/redirect-private': (_req, res) => {
    // A redirect to a private address: the guard must refuse it before any request is made.
    res.writeHead(302, { location: 'http://10.0.0.1/' });
    res.end();
  },
  '/redirect-metadata': (_req, res) => {
    res.writeHead(301, { location: 'http://169.254.169.254/latest/meta-data/' });
    res.end();
  },
  '/redirect-file': (_req, res) => {
    res.writeHead(307, { location: 'file:///etc/passwd' });
    res.end();
  },
  '/redirect-absolute': (req, res) => {
    // 308 to an absolute URL on this server, which redirects again (two hops to /story).
    res.writeHead(308, { location: `http://${req.headers.host}/redirect` });
    res.end();
  },
  '/redirect-no-location': (_req, res) => {
    res.writeHead(302);
    res.end();
  },
  '/no-type': (_req, res) => {
    // HTML without a content-type header (sniffed as HTML).
    res.end('\n  <html><head><title>Untyped</title></head><body><p>Served without a content type.</p></body></html>');
  },
  '/no-type-binary': (_req, res) => {
    res.end(Buffer.from([0x00, 0x01, 0x02, 0x03, 0xff, 0xfe, 0x10]));
  },
  '/json': (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"a":1}');
  },
  '/xhtml': (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/xhtml+xml; charset=utf-8' });
    res.end('<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml"><body><p>Fjord crossing</p></body></html>');
  },
  '/cp1252-undeclared': (_req, res) => {
    // "Café crème" in windows-1252, with no charset anywhere: not valid UTF-8 → windows-1252.
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(Buffer.concat([Buffer.from('<p>Caf'), Buffer.from([0xe9]), Buffer.from(' cr'), Buffer.from([0xe8]), Buffer.from('me</p>')]));
  },
  '/declared-big': (_req, res) => {
    // Content-Length far over any cap; only a few bytes are ever sent.
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': '50000000' });
    res.write('<html>');
    const timer = setTimeout(() => res.destroy(), 5_000).unref();
    res.on('close', () => clearTimeout(timer));
  },
  '/slow-headers': (_req, res) => {
    // Never answers within any test's time limit (the timeout must cover the headers too).
    const timer = setTimeout(() => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<p>late</p>');
    }, 30_000).unref();
    res.on('close', () => clearTimeout(timer));
  },
  // --- Routes for test/security/** (hostile origins) ---
  '/gzip-bomb': (_req, res) => {
    // ~64 KB on the wire that inflates to 64 MB: far over any cap the tests use.
    const body = gzipBomb();
    res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip', 'content-length': String(body.length), 'x-inflated-length': String(BOMB_INFLATED) });
    res.end(body);
  },
  '/gzip-endless': (req, res) => {
    // A gzip stream that never ends (compressed on the fly from an endless run of spaces); the
    // bytes actually sent before the client hung up are recorded for /gzip-endless-sent.
    res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
    const id = new URL(req.url ?? '/', 'http://x').searchParams.get('id') ?? 'default';
    const gz = createGzip({ level: 9 });
    let sent = 0;
    gzipSent.set(id, { sent: 0, closed: false });
    gz.on('data', (chunk: Buffer) => {
      sent += chunk.length;
      gzipSent.set(id, { sent, closed: false });
      if (!res.write(chunk)) gz.pause(), res.once('drain', () => gz.resume());
    });
    const block = Buffer.alloc(1 << 20, 0x20);
    let stopped = false;
    const pump = () => {
      if (stopped) return;
      // Stop after 8 MB on the wire (gigabytes inflated) in any case, so a broken client cannot keep the server busy.
      if (sent > 8_000_000) return void gz.end();
      if (gz.write(block)) setImmediate(pump);
      else gz.once('drain', pump);
    };
    gz.write('<html><body><p>');
    pump();
    res.on('close', () => {
      stopped = true;
      gzipSent.set(id, { sent, closed: true });
      gz.destroy();
    });
  },
  '/gzip-endless-sent': (req, res) => {
    const id = new URL(req.url ?? '/', 'http://x').searchParams.get('id') ?? 'default';
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(gzipSent.get(id) ?? null));
  },
  '/endless': (_req, res) => {
    // An endless body at full speed (no Content-Length): only the size cap can stop it.
    res.writeHead(200, { 'content-type': 'text/html' });
    const chunk = Buffer.from('<p>' + 'endless '.repeat(8000) + '</p>\n');
    let open = true;
    res.on('close', () => { open = false; });
    const write = () => {
      while (open) if (!res.write(chunk)) return void res.once('drain', write);
    };
    write();
  },
  '/huge-headers': (_req, res) => {
    // 256 headers of 4 KB each (1 MB of headers) before a small page.
    const headers: Record<string, string> = { 'content-type': 'text/html' };
    for (let i = 0; i < 256; i++) headers[`x-filler-${i}`] = 'h'.repeat(4096);
    res.writeHead(200, headers);
    res.end('<html><body><p>A page behind a wall of headers.</p></body></html>');
  },
  '/bad-charset': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset="x-no-such-charset\u00ff"' });
    res.end('<html><head><meta charset="bogus-label"><title>Odd labels</title></head><body><article><p>The ferry crossed the bay on Tuesday morning, as it does every day in the summer.</p></article></body></html>');
  },
  '/reset': (req) => {
    // The connection is torn down before any answer.
    req.socket.destroy();
  },
  '/reset-once': (req, res) => {
    // Resets the first request for each ?key= (as an origin closing a reused keep-alive socket
    // does), then serves the story; ?times=N resets the first N.
    const params = new URL(req.url ?? '/', 'http://x').searchParams;
    const key = params.get('key') ?? '';
    const times = Number(params.get('times') ?? 1);
    const seen = resetOnceSeen.get(key) ?? 0;
    if (seen < times) {
      resetOnceSeen.set(key, seen + 1);
      req.socket.destroy();
      return;
    }
    routes['/story'](req, res);
  },
  '/reset-mid-body': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': '100000' });
    res.write('<html><body><p>Half a page');
    setTimeout(() => res.destroy(), 50).unref();
  },
  '/redirect-to': (req, res) => {
    // Redirects to ?to= (for redirect-to-a-refused-address tests; the target is never fetched).
    res.writeHead(302, { location: new URL(req.url ?? '/', 'http://x').searchParams.get('to') ?? '/' });
    res.end();
  },
  '/port-check': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('OSLO (Reuters) - The harbour ferry resumed service on Monday after repairs, the city said.\n');
  },
};

const BOMB_INFLATED = 64 * 1024 * 1024;
let bomb: Buffer | undefined;
function gzipBomb(): Buffer {
  bomb ??= gzipSync(Buffer.concat([Buffer.from('<html><body><p>'), Buffer.alloc(BOMB_INFLATED, 0x20)]), { level: 9 });
  return bomb;
}
const gzipSent = new Map<string, { sent: number; closed: boolean }>();

/** Minimal windows-1251 encoder for the Cyrillic letters our fixture uses. */
function encodeCp1251(s: string): Buffer {
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else if (c >= 0x410 && c <= 0x44f) out.push(c - 0x410 + 0xc0);
    else if (c === 0x401) out.push(0xa8);
    else if (c === 0x451) out.push(0xb8);
    else out.push(0x3f);
  }
  return Buffer.from(out);
}

export interface FixtureServer {
  origin: string;
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const handler = routes[path];
    if (handler) return handler(req, res);
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('no such fixture');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
