/**
 * The Worker isolate's JavaScript heap, read over the V8 inspector that Miniflare opens when it
 * is given `inspectorPort` (Chrome DevTools Protocol, `Runtime.getHeapUsage`). Process RSS
 * tells what workerd as a whole holds; this tells what the Worker's own code keeps alive.
 * Needs a global WebSocket (Node 20: `--experimental-websocket`). Loopback only.
 */
import { createServer } from 'node:net';

export interface HeapProbe {
  /** V8 heap in use by the isolate, in MB, or null when the inspector did not answer in time. */
  usedMb(): Promise<number | null>;
  /**
   * The live heap: a full collection first, then the heap in use. workerd does not answer
   * `HeapProfiler.collectGarbage`, but a heap snapshot collects before it walks the heap; its
   * chunks are dropped. Pauses the isolate for a moment (about 0.1–0.5 s).
   */
  liveMb(): Promise<number | null>;
  close(): void;
}

/** A free TCP port on 127.0.0.1 (for Miniflare's inspectorPort). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** Connects to the first inspector target whose id starts with `idPrefix` (Miniflare names the user Worker "core:user:<name>"). */
export async function connectHeapProbe(port: number, idPrefix = 'core:user:'): Promise<HeapProbe> {
  const WS = (globalThis as { WebSocket?: typeof WebSocket }).WebSocket;
  if (!WS) throw new Error('no global WebSocket: run Node with --experimental-websocket');
  const targets = (await (await fetch(`http://127.0.0.1:${port}/json`)).json()) as { id: string; webSocketDebuggerUrl: string }[];
  const target = targets.find((t) => t.id.startsWith(idPrefix));
  if (!target) throw new Error(`no inspector target ${idPrefix}* among ${targets.map((t) => t.id).join(', ')}`);
  const ws = new WS(target.webSocketDebuggerUrl);
  await new Promise<void>((resolve, reject) => {
    ws.addEventListener('open', () => resolve(), { once: true });
    ws.addEventListener('error', () => reject(new Error('inspector connection failed')), { once: true });
  });
  let seq = 0;
  const waiting = new Map<number, (r: { result?: { usedSize?: number } }) => void>();
  ws.addEventListener('message', (e) => {
    const msg = JSON.parse(String(e.data)) as { id?: number; result?: { usedSize?: number } };
    if (msg.id !== undefined) {
      waiting.get(msg.id)?.(msg);
      waiting.delete(msg.id);
    }
  });
  const call = (method: string, params: object, timeoutMs: number) =>
    new Promise<{ result?: { usedSize?: number } } | null>((resolve) => {
      const id = ++seq;
      const timer = setTimeout(() => {
        waiting.delete(id);
        resolve(null);
      }, timeoutMs);
      waiting.set(id, (r) => {
        clearTimeout(timer);
        resolve(r);
      });
      ws.send(JSON.stringify({ id, method, params }));
    });
  const usedMb = async () => {
    const used = (await call('Runtime.getHeapUsage', {}, 5000))?.result?.usedSize;
    return typeof used === 'number' ? Math.round(used / 1e5) / 10 : null;
  };
  return {
    usedMb,
    async liveMb() {
      // The snapshot's chunks arrive as events without an id and are ignored above; the
      // inspector handles messages in order, so the heap is read after the snapshot's collection.
      if (!(await call('HeapProfiler.takeHeapSnapshot', { reportProgress: false }, 30_000))) return null;
      return usedMb();
    },
    close: () => ws.close(),
  };
}
