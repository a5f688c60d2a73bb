import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCREENSHOT_DIR, SEL, withApp } from './harness';

const app = withApp();

const FAILED = '[data-testid="section-failed"]';

describe('a code chunk that fails to load', () => {
  it('leaves the conductivity figure working, says so in place, and Retry loads it', async () => {
    const { page } = app;
    let blocked = true;
    await page.route('**/KineticsSection-*.js', (route) =>
      blocked ? route.abort('internetdisconnected') : route.continue(),
    );
    await app.open();

    const failed = page.locator(FAILED);
    await failed.waitFor({ state: 'visible', timeout: 15_000 });
    expect(await failed.innerText()).toMatch(/Could not show the electrode model[\s\S]*Retry/);
    expect(await page.locator(SEL.kineticsChart('rate')).count()).toBe(0);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await failed.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/chunk-failed.png` });

    // The rest of the page is alive: the conductivity figure follows the composition.
    await page.locator(SEL.preset('Ge')).click();
    await page.waitForFunction(
      (selector) => document.querySelector(selector)?.getAttribute('data-rendered-x') === '1',
      SEL.chart,
    );
    expect(await page.locator(SEL.chart).isVisible()).toBe(true);

    // The connection is back: Retry fetches the code anew and the section draws.
    blocked = false;
    await failed.getByRole('button', { name: 'Retry' }).click();
    await page.locator(SEL.kineticsChart('rate')).waitFor({ state: 'visible', timeout: 30_000 });
    expect(await page.locator(FAILED).count()).toBe(0);

    // What the blocked request left behind is expected, and nothing else.
    expect(
      app.takeProblems(/KineticsSection-.*\.js|dynamically imported module/).length,
    ).toBeGreaterThan(0);
  });
});

describe('code split off the first download that fails to load', () => {
  it('says so in place of the diffusivity charts, and Retry draws them', async () => {
    const { page } = app;
    let blocked = true;
    await page.route('**/diffusivityCharts-*.js', (route) =>
      blocked ? route.abort('internetdisconnected') : route.continue(),
    );
    await app.open();
    // The first figure does not need it: drawn as ever, the properties beside it.
    await page.locator(SEL.chart).waitFor({ state: 'visible' });
    await page.locator(SEL.readout('xGe')).waitFor({ state: 'visible', timeout: 15_000 });
    const failed = page.locator(FAILED);
    await failed.waitFor({ state: 'visible', timeout: 15_000 });
    expect(await failed.innerText()).toMatch(/Could not show the diffusivity figure[\s\S]*Retry/);

    blocked = false;
    await failed.getByRole('button', { name: 'Retry' }).click();
    await page.locator(SEL.diffusivityChart('lithiation')).waitFor({ state: 'visible' });
    expect(await page.locator(FAILED).count()).toBe(0);
    // The blocked request, and React's report of the error the boundary caught.
    expect(
      app.takeProblems(/diffusivityCharts-.*\.js|dynamically imported module|did not load/).length,
    ).toBeGreaterThan(0);
  });
});
