/**
 * Durations spent per phase of a request (fetch, extract, kv), for the Server-Timing header and
 * the request's log line. In workerd the clock only advances across I/O, so CPU-only phases
 * (extract) can read 0 ms there; under Node they are exact.
 */
export type Phase = 'fetch' | 'extract' | 'kv';

export class Timings {
  private readonly totals = new Map<Phase, number>();

  add(phase: Phase, ms: number): void {
    this.totals.set(phase, (this.totals.get(phase) ?? 0) + ms);
  }

  async time<T>(phase: Phase, fn: () => Promise<T> | T): Promise<T> {
    const started = performance.now();
    try {
      return await fn();
    } finally {
      this.add(phase, performance.now() - started);
    }
  }

  toJSON(): Record<string, number> {
    return Object.fromEntries([...this.totals].map(([k, v]) => [k, Math.round(v * 10) / 10]));
  }

  /** `fetch;dur=12.3, extract;dur=1.1, kv;dur=2` */
  header(): string {
    return [...this.totals].map(([k, v]) => `${k};dur=${Math.round(v * 10) / 10}`).join(', ');
  }
}
