/** An app whose log lines are kept for assertions, and a POST of the test wire story through it. */
import { env } from 'cloudflare:test';
import { createApp } from '../../src/app';
import { WIRE_STORY } from '../fixtures/stories';

export function loggedApp() {
  const logs: Record<string, unknown>[] = [];
  const app = createApp({ log: (line) => logs.push(line) });
  /** POST the wire story as text/plain, with bindings overriding the test env. */
  const postStory = (bindings: Record<string, unknown> = {}) =>
    app.request('/v1/extract', { method: 'POST', body: WIRE_STORY, headers: { 'content-type': 'text/plain' } }, { ...env, ...bindings });
  return { app, logs, postStory };
}
