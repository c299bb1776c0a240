import type { TestProject } from 'vitest/node';
import { startFixtureServer } from './fixture-server';

/** Starts the loopback HTTP server that fetch tests talk to, and hands its origin to the tests. */
export default async function setup(project: TestProject) {
  const server = await startFixtureServer();
  project.provide('fixtureOrigin', server.origin);
  return async () => server.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureOrigin: string;
  }
}
