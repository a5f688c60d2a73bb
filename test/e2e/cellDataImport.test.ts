import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { seriousViolations } from './axe';
import { findNonFinite, SCREENSHOT_DIR, SEL, withApp } from './harness';

const app = withApp();

const FIXTURES = 'test/fixtures/cycler';
/** The figures draw once the kinetics have answered: on 2 busy cores, a while. */
const DRAWN = { timeout: 120_000 };

const panel = (page: Page) => page.locator('section.cell-data');
const figure = (page: Page, name: string) => page.locator(`figure:has(#${name}-heading)`);
const listed = (page: Page) => panel(page).locator('[data-testid="cell-set"]');
const overlays = (page: Page, chart: 'rate' | 'profile' | 'dqdv') =>
  page.locator(`svg[data-testid="${chart}-chart"] [data-testid="imported-curve"]`);
const legendEntries = (page: Page, name: string) =>
  figure(page, name).locator('[data-testid="imported-legend-entry"]');

/** Chooses a fixture on the file input, types its mass (if any) and presses Import. */
async function importFixture(page: Page, name: string, mass = '') {
  await page.locator('[data-testid="cell-file"]').setInputFiles(`${FIXTURES}/${name}`);
  await page.locator('[data-testid="cell-mass"]').fill(mass);
  await panel(page).getByRole('button', { name: 'Import', exact: true }).click();
}

/** Every path of the overlays drawn, as a path and without a NaN. */
async function expectDrawn(curves: Locator, count: number) {
  await expect.poll(() => curves.count(), DRAWN).toBe(count);
  for (const path of await curves.locator('path[data-series]').all()) {
    expect(await path.getAttribute('d')).toMatch(/^M-?[\d.]+,-?[\d.]+L/);
  }
}

/** Waits for the electrode section, where the import panel lives (a lazy chunk). */
async function openPanel(page: Page) {
  await page.locator('[data-testid="cell-file"]').waitFor({ state: 'attached', timeout: 60_000 });
  await panel(page).scrollIntoViewIfNeeded();
}

async function screenshot(target: Locator, name: string) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await target.scrollIntoViewIfNeeded();
  await target.screenshot({ path: `${SCREENSHOT_DIR}/cell-data-${name}.png` });
}

describe('your own cell data', () => {
  it('imports a file in a worker, draws it with a legend, keeps it across a reload and removes it by keyboard', async () => {
    const { page } = app;
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await app.open();
    await openPanel(page);
    // The browser's storage works here: no "this tab only" note.
    await expect.poll(() => panel(page).innerText()).toMatch(/kept in this browser/);

    await importFixture(page, 'arbin.csv', '0.02');
    await expect.poll(() => listed(page).count()).toBe(1);
    expect(await listed(page).textContent()).toMatch(/arbin\.csv[\s\S]*0\.02 mg[\s\S]*Arbin CSV/);
    expect(await panel(page).locator('[data-testid="cell-outcome"]').innerText()).toBe(
      'Imported arbin.csv: detected Arbin CSV, 2 cycles.',
    );
    // The progress bar goes with the parse (its last report may arrive after the answer).
    await expect.poll(() => panel(page).locator('[data-testid="cell-progress"]').count()).toBe(0);
    // Parsed off the page's thread: the import worker was started.
    expect(workers.some((url) => /cellData/.test(url))).toBe(true);

    await expectDrawn(overlays(page, 'profile'), 1);
    await expectDrawn(overlays(page, 'dqdv'), 1);
    expect(await legendEntries(page, 'profile').allInnerTexts()).toEqual([
      expect.stringMatching(/^arbin\.csv · 0\.02 mg · \d{4}-\d\d-\d\d/),
    ]);

    // A rate table (per gram already, no mass needed) goes on the rate figure.
    await importFixture(page, 'rate_table.csv');
    await expect.poll(() => listed(page).count()).toBe(2);
    await expectDrawn(overlays(page, 'rate'), 1);
    expect(await overlays(page, 'rate').locator('[data-testid="imported-point"]').count()).toBe(5);
    expect(await legendEntries(page, 'rate').allInnerTexts()).toEqual([
      expect.stringMatching(/^rate_table\.csv · no mass/),
    ]);
    expect(await findNonFinite(page)).toEqual([]);
    await screenshot(figure(page, 'rate'), 'rate-1280');
    await screenshot(figure(page, 'dqdv'), 'dqdv-1280');

    await page.reload();
    await page.locator(SEL.chart).waitFor({ state: 'visible' });
    await openPanel(page);
    await expect.poll(() => listed(page).count(), DRAWN).toBe(2);
    await expectDrawn(overlays(page, 'profile'), 1);
    await expectDrawn(overlays(page, 'rate'), 1);
    expect(await legendEntries(page, 'profile').allInnerTexts()).toEqual([
      expect.stringMatching(/^arbin\.csv · 0\.02 mg/),
    ]);

    // Remove by keyboard: focus the panel's Remove button, press Enter.
    await panel(page).getByRole('button', { name: 'Remove arbin.csv' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => listed(page).count()).toBe(1);
    await expect.poll(() => overlays(page, 'profile').count()).toBe(0);
    expect(await legendEntries(page, 'profile').count()).toBe(0);
    // Focus stays in the list, on the next set's Remove button.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Remove rate_table.csv',
    );

    await page.reload();
    await page.locator(SEL.chart).waitFor({ state: 'visible' });
    await openPanel(page);
    await expect.poll(() => listed(page).count(), DRAWN).toBe(1);
    expect(await listed(page).textContent()).toMatch(/rate_table\.csv/);
    await expectDrawn(overlays(page, 'rate'), 1);
    expect(await overlays(page, 'profile').count()).toBe(0);

    // The model's own dQ/dV peaks, whatever is imported.
    await figure(page, 'dqdv').scrollIntoViewIfNeeded();
    await page.locator('[data-testid="dqdv-peak-lithiation"]').waitFor({ state: 'attached' });
    await page.locator('[data-testid="dqdv-peak-delithiation"]').waitFor({ state: 'attached' });
  }, 600_000);

  it('maps a generic table’s columns, says what went wrong in a bad file, and looks right on a desktop and a phone', async () => {
    const { page } = app;
    await app.open();
    await openPanel(page);

    await importFixture(page, 'arbin_bad_cell.csv', '0.02');
    await expect
      .poll(() => panel(page).getByRole('alert').innerText())
      .toBe("Line 14, column 'Voltage(V)': 'abc' is not a number.");

    await importFixture(page, 'generic.tsv', '0.02');
    const mapping = panel(page).locator('[data-testid="cell-mapping"]');
    await mapping.waitFor();
    expect(await panel(page).locator('[data-testid="cell-detected"]').innerText()).toMatch(
      /Generic table \(separated by tabs\)/,
    );
    expect(await mapping.getByLabel('Voltage', { exact: true }).inputValue()).toBe('Potential/mV');
    expect(await mapping.getByLabel('Capacity unit').inputValue()).toBe('mAh');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(panel(page), 'mapping-1280');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(panel(page), 'mapping-390');
    await page.setViewportSize({ width: 1280, height: 900 });

    await panel(page).getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => listed(page).count()).toBe(1);
    await expectDrawn(overlays(page, 'profile'), 1);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(panel(page), 'listed-1280');
    await screenshot(figure(page, 'profile'), 'profile-1280');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(panel(page), 'listed-390');
    await screenshot(figure(page, 'profile'), 'profile-390');
    expect(await findNonFinite(page)).toEqual([]);
  }, 600_000);
});
