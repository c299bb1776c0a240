/** Helpers for tests that fetch from the loopback fixture server only. */
import { expect, inject } from 'vitest';
import { FetchError } from '../../src/service/fetch-page';

/** The real fetch for loopback fixture URLs only; records every URL asked for, refuses others. */
export function recordingFetch() {
  const origin = inject('fixtureOrigin');
  const calls: string[] = [];
  const f = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    calls.push(url);
    if (!url.startsWith(origin + '/')) throw new Error(`test bug: refusing to fetch ${url}`);
    return fetch(input, init);
  }) as typeof fetch;
  return { calls, fetch: f };
}

/** The FetchError a promise rejects with (fails the test if it resolves or throws another). */
export async function failure(p: Promise<unknown>): Promise<FetchError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(FetchError);
    return err as FetchError;
  }
  throw new Error('expected a FetchError');
}
