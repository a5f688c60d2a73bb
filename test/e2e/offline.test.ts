/**
 * Offline after the first visit: the built page registers its service worker (dist/sw.js)
 * for its own sub-path, the worker precaches this build, and with the network gone a reload
 * still draws the conductivity and the rate figures, every file answered from the cache.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { writeServiceWorker } from '../../scripts/vite-plugin-offline';
// @ts-expect-error -- plain ES module without type declarations
import { startStaticServer } from '../../scripts/static-server.mjs';
import { openWikiPage, SEL, waitForKinetics, withApp } from './harness';

const app = withApp();

/** Waits until a service worker is active and controls the page; returns what it says about itself. */
async function waitForControl(page: Page) {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
    return {
      scope: registration.scope,
      script: navigator.serviceWorker.controller?.scriptURL,
      caches: await caches.keys(),
    };
  });
}

async function drawsBothFigures(page: Page) {
  await page.locator(SEL.chart).waitFor({ state: 'visible' });
  await page.waitForFunction(
    (selector) => document.querySelector(selector)?.hasAttribute('data-rendered-x') === true,
    SEL.chart,
  );
  const rate = page.locator(SEL.kineticsChart('rate'));
  await rate.waitFor({ state: 'visible', timeout: 30_000 });
  await waitForKinetics(page);
  const d = await rate.locator('path[data-series="model"]').getAttribute('d');
  expect(d, 'rate curve').toMatch(/^M[\d.]+,[\d.]+L/);
}

describe('offline use of the served build', () => {
  it('registers a service worker for its sub-path and draws both figures offline after a reload', async () => {
    const { page } = app;
    const base = inject('baseUrl');
    await app.open('?xGe=0.25');
    const sw = await waitForControl(page);
    // Scoped to the app's folder, not the site: the wiki around it is left alone.
    expect(sw.scope).toBe(base);
    expect(sw.script).toBe(`${base}sw.js`);
    // One cache, named after the scope and this build's version.
    const path = new URL(base).pathname;
    expect(sw.caches).toHaveLength(1);
    expect(sw.caches[0]).toMatch(new RegExp(`^sige-explorer ${path} [0-9a-f]{16}$`));

    await page.context().setOffline(true);
    const fromNetwork: string[] = [];
    page.on('response', (response) => {
      if (!response.fromServiceWorker()) fromNetwork.push(response.url());
    });
    const response = await page.reload();
    expect(response?.status()).toBe(200);
    expect(response?.fromServiceWorker(), 'the page came from the service worker').toBe(true);
    await drawsBothFigures(page);
    // The query survived (the cached index answers any query) and nothing needed the network.
    await expect.poll(() => page.locator(SEL.chart).getAttribute('data-rendered-x')).toBe('0.25');
    expect(
      fromNetwork.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:')),
    ).toEqual([]);
  });

  it('does not register a service worker from the one-script-tag embed on a wiki page', async () => {
    const { page } = app;
    const base = inject('baseUrl');
    await openWikiPage(
      page,
      '/wiki/Anodes',
      `<!doctype html><html lang="en"><head><title>wiki</title>
          <link rel="icon" href="data:,"></head><body>
          <script type="module" src="${base}embed.js"></script></body></html>`,
    );
    await page.locator(SEL.chart).waitFor({ state: 'visible' });
    await page.locator(SEL.kineticsChart('rate')).waitFor({ state: 'attached', timeout: 30_000 });
    await page.waitForLoadState('load');
    // Give a registration (made on "load") time to appear, then look.
    await page.waitForTimeout(500);
    const registrations = await page.evaluate(async () =>
      (await navigator.serviceWorker.getRegistrations()).map((r) => r.scope),
    );
    expect(registrations).toEqual([]);
  });

  it('replaces the old build and its cache with a new build once the old page is closed', async () => {
    // A copy of the build on its own server, so that it can be "deployed" again.
    const dir = mkdtempSync(join(tmpdir(), 'sige-offline-'));
    cpSync(process.env.E2E_DIST || 'dist', dir, { recursive: true });
    const server = (await startStaticServer({ root: dir, basePath: '/other/wiki/sige/' })) as {
      url: string;
      close(): Promise<void>;
    };
    try {
      const first = app.page;
      await first.goto(server.url);
      await first.locator(SEL.chart).waitFor({ state: 'visible' });
      const old = await waitForControl(first);
      expect(old.caches).toHaveLength(1);

      // The second build: another index.html, hence another version and another sw.js.
      const html = readFileSync(join(dir, 'index.html'), 'utf8');
      writeFileSync(
        join(dir, 'index.html'),
        html.replace('<head>', '<head>\n    <meta name="sige-build" content="second" />'),
      );
      const { version } = writeServiceWorker(dir);
      await first.evaluate(async () => (await navigator.serviceWorker.ready).update());
      await first.waitForFunction(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return registration?.waiting?.state === 'installed';
      });
      // While the old page is open, the old build keeps its cache and the page keeps its build.
      expect(await first.evaluate(() => caches.keys())).toContain(old.caches[0]);

      const context = first.context();
      await first.close();
      // Watch from a page of the same origin outside the folder, which no worker controls:
      // with the old build's last page gone, the new worker activates and drops the old cache.
      const second = await context.newPage();
      const outside = `${new URL(server.url).origin}/outside.html`;
      await second.route(outside, (route) =>
        route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>outside</title>' }),
      );
      await second.goto(outside);
      await expect
        .poll(() => second.evaluate(() => caches.keys()), { timeout: 15_000 })
        .toEqual([old.caches[0]!.replace(/[0-9a-f]{16}$/, version)]);
      const response = await second.goto(server.url);
      await second.locator(SEL.chart).waitFor({ state: 'visible' });
      // This page is the new build, from the new worker's cache.
      expect(response?.fromServiceWorker()).toBe(true);
      expect(await second.evaluate(() => navigator.serviceWorker.controller?.state)).toBe(
        'activated',
      );
      expect(
        await second.locator('meta[name="sige-build"]').getAttribute('content'),
        'index.html of the second build',
      ).toBe('second');
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
