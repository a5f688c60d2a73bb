/**
 * The one-file build (`npm run build:single` → dist-single/sige-explorer.html), copied to a
 * folder with a space in its name like a USB stick, opens from file:// in Chromium with the
 * network shut off: the conductivity figure and the rate figure draw (so the inlined model
 * worker runs from its blob), and the page asks for no file but itself.
 *
 * The build runs here (a couple of seconds), not in the global setup, so that only this file
 * pays for it; with E2E_SKIP_BUILD=1 an existing dist-single/ is reused.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
// @ts-expect-error -- plain ES module without type declarations
import { resolveBin } from '../../scripts/resolve-bin.mjs';
import { SCREENSHOT_DIR, SEL, waitForKinetics } from './harness';

const SINGLE_FILE = resolve('dist-single/sige-explorer.html');

function buildSingleFile(): void {
  if (process.env.E2E_SKIP_BUILD === '1' && existsSync(SINGLE_FILE)) return;
  const result = spawnSync(
    process.execPath,
    [
      resolveBin('vite') as string,
      'build',
      '--config',
      'vite.single.config.ts',
      '--logLevel',
      'warn',
    ],
    // Vitest sets NODE_ENV=test, and Vite would then bundle React's development build.
    { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
  );
  if (result.status !== 0) throw new Error(`build:single failed (exit ${result.status})`);
}

/** Every sign of a broken or networked page: errors anywhere, and any request but the file. */
function watch(page: Page, fileUrl: string): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console.error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.stack ?? e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  page.on('request', (r) => {
    const url = r.url();
    if (url !== fileUrl && !url.startsWith('data:') && !url.startsWith('blob:')) {
      problems.push(`request for another file: ${url}`);
    }
  });
  page.on('worker', (worker) =>
    worker.on('console', (m) => {
      if (m.type() === 'error') problems.push(`worker console.error: ${m.text()}`);
    }),
  );
  return problems;
}

let browser: Browser | undefined;
let stick = '';

beforeAll(async () => {
  buildSingleFile();
  stick = mkdtempSync(join(tmpdir(), 'sige-single-'));
  mkdirSync(join(stick, 'USB STICK'));
  copyFileSync(SINGLE_FILE, join(stick, 'USB STICK', 'sige-explorer.html'));
  browser = await chromium.launch({
    executablePath: inject('chromiumPath'),
    // No host resolves at all: the file must need no network.
    args: [...inject('launchArgs'), '--host-resolver-rules=MAP * ~NOTFOUND'],
  });
});

afterAll(async () => {
  await browser?.close();
  if (stick) rmSync(stick, { recursive: true, force: true });
});

describe('the single-file build', () => {
  it('opens from file:// and draws the conductivity and rate figures with its own worker', async () => {
    if (!browser) throw new Error('browser did not start');
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.setOffline(true);
    const page = await context.newPage();
    const fileUrl = pathToFileURL(join(stick, 'USB STICK', 'sige-explorer.html')).href;
    const problems = watch(page, fileUrl);
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    try {
      await page.goto(fileUrl);

      const chart = page.locator(SEL.chart);
      await chart.waitFor({ state: 'visible' });
      await expect.poll(() => chart.getAttribute('data-rendered-x')).not.toBeNull();
      const d = await chart.locator(SEL.series('electronic')).getAttribute('d');
      expect(d, 'electronic conductivity curve').toMatch(/^M[\d.]+,[\d.]+L/);

      const rate = page.locator(SEL.kineticsChart('rate'));
      await rate.waitFor({ state: 'visible', timeout: 30_000 });
      await waitForKinetics(page);
      const curve = await rate.locator('path[data-series="model"]').getAttribute('d');
      expect(curve, 'rate curve').toMatch(/^M[\d.]+,[\d.]+L/);

      // The model ran in workers started from the inlined code, and no service worker exists.
      expect(workers.length).toBeGreaterThan(0);
      expect(workers.every((url) => url.startsWith('blob:') || url.startsWith('data:'))).toBe(true);
      expect(
        await page.evaluate(
          () => 'serviceWorker' in navigator && !!navigator.serviceWorker.controller,
        ),
      ).toBe(false);
      expect(problems).toEqual([]);
    } catch (error) {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      await page.screenshot({ path: `${SCREENSHOT_DIR}/failed-single-file.png`, fullPage: true });
      throw error;
    } finally {
      await context.close();
    }
  });
});
