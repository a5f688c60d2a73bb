import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { seriousViolations } from './axe';
import { SCREENSHOT_DIR, withApp } from './harness';

const app = withApp();

/** A refit is a few seconds of model time; the figures then redraw on 2 busy cores. */
const SLOW = { timeout: 120_000 };

const cellPanel = (page: Page) => page.locator('section.cell-data');
const refitPanel = (page: Page) => page.locator('[data-testid="refit-panel"]');
const yourCell = (page: Page) => page.locator('[data-testid="your-cell"]');
const banner = (page: Page) => page.locator('[data-testid="refit-banner"]');
/** The kinetics' numbers in words: what the electrode figures draw, for the current x. */
const readout = (page: Page) => page.locator('[aria-labelledby="kinetics-readout-heading"]');
const settled = async (page: Page) =>
  (await page.locator('[data-testid="kinetics-status"]').getAttribute('data-status')) === 'ready'
    ? readout(page).textContent()
    : null;

async function screenshot(target: Locator, name: string) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await target.scrollIntoViewIfNeeded();
  await target.screenshot({ path: `${SCREENSHOT_DIR}/refit-${name}.png` });
}

/** How far the page is wider than the screen, px: nothing may stick out on a phone. */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('refit to your own cell data', () => {
  it('refits in a worker with progress, shows ± σ and the residuals, draws the figures with it and goes back', async () => {
    const { page } = app;
    await app.open();
    // Started on the first refit, not at load.
    const started: string[] = [];
    page.on('worker', (worker) => started.push(worker.url()));
    await page.locator('[data-testid="cell-file"]').waitFor({ state: 'attached', timeout: 60_000 });
    await cellPanel(page).scrollIntoViewIfNeeded();
    await page
      .locator('[data-testid="cell-file"]')
      .setInputFiles('test/fixtures/cycler/refit_rate_table.csv');
    await cellPanel(page).getByRole('button', { name: 'Import', exact: true }).click();
    const radio = refitPanel(page).getByRole('radio', { name: 'refit_rate_table.csv' });
    await expect.poll(() => radio.isChecked(), SLOW).toBe(true);

    await refitPanel(page).getByRole('checkbox', { name: /^Γi / }).check();
    await refitPanel(page).getByRole('checkbox', { name: /^δ₀ / }).check();
    await refitPanel(page).getByRole('button', { name: 'Refit', exact: true }).click();
    // Progress counts evaluations out of the budget while the worker runs.
    const progress = refitPanel(page).locator('[data-testid="refit-progress"]');
    await expect
      .poll(() => progress.innerText().catch(() => ''), SLOW)
      .toMatch(/Refitting: \d+ of at most 164 model evaluations/);
    expect(started.filter((url) => /refit/.test(url))).toHaveLength(1);

    const results = refitPanel(page).locator('[data-testid="refit-results"]');
    await results.waitFor(SLOW);
    expect(await progress.count()).toBe(0);
    expect(await results.locator('[data-testid="refit-summary"]').innerText()).toMatch(
      /^Done: refit to refit_rate_table\.csv, \d+ evaluations of the model\.$/,
    );
    const rows = results.locator('[data-testid="refit-row"]');
    expect(await rows.count()).toBe(2);
    for (const text of await rows.allInnerTexts()) expect(text).toMatch(/± [\d.]+ decades/);

    await yourCell(page).scrollIntoViewIfNeeded();
    await expect
      .poll(() => yourCell(page).locator('[data-testid="your-cell-row"]').count())
      .toBe(3);
    expect(await yourCell(page).textContent()).toMatch(/capacity at 3\sC/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(refitPanel(page), 'panel-1280');
    await screenshot(yourCell(page), 'your-cell-1280');

    await expect.poll(() => settled(page), SLOW).not.toBeNull();
    const calibrated = await settled(page);
    await refitPanel(page)
      .getByRole('button', { name: 'Draw the figures with these parameters' })
      .click();
    await expect
      .poll(
        () =>
          banner(page)
            .innerText()
            .catch(() => ''),
        SLOW,
      )
      .toMatch(
        // Only what differs from the calibration: Γi, and δ₀ if the search moved it (a rate
        // table pins it poorly, so where it ends depends on the model's numbers).
        /^Figures use your refit parameters \(refit to refit_rate_table\.csv: Γi = [\d.]+ decades(, δ₀ = −?[\d.]+ decades)?\)/,
      );
    // The figures are redrawn with the refit's numbers.
    await expect.poll(() => settled(page), SLOW).not.toBe(calibrated);
    await expect.poll(() => settled(page), SLOW).not.toBeNull();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(banner(page), 'banner-1280');

    await page.setViewportSize({ width: 390, height: 844 });
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await screenshot(refitPanel(page), 'panel-390');
    await screenshot(yourCell(page), 'your-cell-390');
    await screenshot(banner(page), 'banner-390');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 900 });

    await banner(page).getByRole('button', { name: 'Back to the published calibration' }).click();
    await expect.poll(() => banner(page).count()).toBe(0);
    await expect.poll(() => settled(page), SLOW).toBe(calibrated);
    expect(await page.locator('[data-testid="announcer"]').innerText()).toBe(
      'The electrode figures are back to the published calibration.',
    );
  }, 600_000);
});
