import { cloudflareTest } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

// Two projects: everything that runs in the Workers runtime (engine, service, routes) runs
// inside workerd through the pool; the command line and the built bundle are tested in Node.
const nodeTests = ['test/cli/**/*.test.ts', 'test/scripts/**/*.test.ts', 'test/bundle/**/*.test.ts', 'test/schema/**/*.test.ts', 'test/browser/**/*.test.ts'];

export default defineConfig({
  test: {
    // Request log lines are printed only for failing tests.
    silent: 'passed-only',
    // Under CI a JSON report as well, from which .ci/run prints its closing "N passed, N failed" line.
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'test-results.json' }]] : ['default'],
    projects: [
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: {
              // The loopback test server (started in test/setup/global-setup.ts) is allowed here only.
              bindings: { FETCH_ALLOW_HOSTS: '127.0.0.1,localhost', KV_TIMEOUT_MS: '200' },
            },
          }),
        ],
        test: {
          name: 'workers',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: nodeTests,
          globalSetup: ['./test/setup/global-setup.ts'],
        },
      },
      {
        test: {
          name: 'node',
          include: nodeTests,
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
