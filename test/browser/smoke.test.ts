import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { startWorker, type WorkerServer } from '../helpers/worker-server';

let worker: WorkerServer;
let browser: Browser;
beforeAll(async () => {
  worker = await startWorker();
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await worker?.dispose();
});

it('the home page renders in Chromium from the built Worker', async () => {
  const page = await browser.newPage();
  await page.goto(worker.origin + '/');
  expect(await page.locator('form textarea').count()).toBeGreaterThan(0);
  await page.close();
});
