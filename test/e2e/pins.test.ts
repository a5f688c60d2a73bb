import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadEverything, seriousViolations } from './axe';
import { SCREENSHOT_DIR, SEL, shownAlertText, withApp } from './harness';

const app = withApp();

const PINS = [
  { id: 'Si', entry: 'xGe:0', name: 'x = 0 (Si)' },
  { id: 'Si7Ge', entry: 'xGe:0.125', name: 'x = 0.125 (Si₇Ge)' },
  { id: 'Ge', entry: 'xGe:1', name: 'x = 1 (Ge)' },
] as const;

const PIN_BUTTON = '[data-testid="pin-button"]';
const figure = (page: Page, name: string) => page.locator(`figure:has(#${name}-heading)`);
const pinnedCurves = (page: Page) =>
  page.locator(`${SEL.kineticsChart('rate')} [data-testid="pinned-curve"]`);
const rateLegendEntries = (page: Page) =>
  figure(page, 'rate').locator('[data-testid="pin-legend-entry"]');
const pinEntries = (page: Page) => new URL(page.url()).searchParams.getAll('pin');

/** Pinned views queue behind the live view and the retention sweep: on 2 cores, minutes. */
const COMPUTED = { timeout: 180_000 };

/** All three pins drawn in the rate figure, each with a legend entry naming it. */
async function expectThreePinsDrawn(page: Page) {
  await figure(page, 'rate').scrollIntoViewIfNeeded();
  await expect.poll(() => pinnedCurves(page).count(), COMPUTED).toBe(3);
  const pins = await pinnedCurves(page).evaluateAll((els) =>
    els.map((el) => el.getAttribute('data-pin')),
  );
  expect(pins).toEqual(PINS.map((p) => p.entry));
  for (const path of await pinnedCurves(page).locator('path').all()) {
    expect(await path.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);
  }
  const legend = await rateLegendEntries(page).allInnerTexts();
  expect(legend).toHaveLength(3);
  PINS.forEach((p, i) => expect(legend[i]).toContain(p.name));
  await expect.poll(() => rateLegendEntries(page).filter({ hasText: 'computing' }).count()).toBe(0);
}

/** Every figure with pins, by its heading's id. */
const FIGURES = [
  'rate',
  'profile',
  'chart',
  'retention',
  'distribution',
  'inventory',
  'fullcell-voltage',
  'fullcell-rate',
];

/** The figures alone, as a reader sees them, for looking at the overlays. */
async function screenshotFigures(page: Page, names: readonly string[], suffix: string) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  for (const name of names) {
    const panel = figure(page, name);
    await panel.scrollIntoViewIfNeeded();
    await panel.screenshot({ path: `${SCREENSHOT_DIR}/pins-${name}${suffix}.png` });
  }
  const table = page.locator('[data-testid="pin-comparison"]');
  await table.scrollIntoViewIfNeeded();
  await table.screenshot({ path: `${SCREENSHOT_DIR}/pins-table${suffix}.png` });
}

describe('pins', () => {
  it('pins Si, Si₇Ge and Ge from the presets, keeps them across a reload, removes one by keyboard', async () => {
    await app.open();
    const { page } = app;

    // Two by the button, the third by its key (focus is still on the preset just pressed).
    for (const [i, p] of PINS.entries()) {
      await page.locator(SEL.preset(p.id)).click();
      if (i < 2) await page.locator(PIN_BUTTON).click();
      else await page.keyboard.press('p');
      await expect.poll(() => pinEntries(page)).toHaveLength(i + 1);
    }
    expect(pinEntries(page)).toEqual(PINS.map((p) => p.entry));
    expect(await page.locator('[data-testid="pin-count"]').innerText()).toMatch(/3 of 4 pinned/);
    // A view pinned already is not pinned twice.
    await page.locator(PIN_BUTTON).click();
    expect(pinEntries(page)).toHaveLength(3);

    await expectThreePinsDrawn(page);
    // The comparison table: the live view and a row per pin, each with its figures.
    const rows = page.locator('[data-testid="pin-row"]');
    await expect.poll(() => rows.count()).toBe(3);
    await expect
      .poll(() => rows.first().locator('td').first().innerText(), COMPUTED)
      .toMatch(/^[\d,]+$/);

    await screenshotFigures(page, FIGURES, '');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshotFigures(page, ['rate', 'profile'], '-390');
    await page.setViewportSize({ width: 1280, height: 900 });

    // The link brings them back.
    await page.reload();
    await page.locator(SEL.chart).waitFor({ state: 'visible' });
    expect(pinEntries(page)).toEqual(PINS.map((p) => p.entry));
    await expectThreePinsDrawn(page);

    // Tab from the figure's first button to a remove button, and press it with Enter.
    await figure(page, 'rate').locator('.figure-head button').first().focus();
    const focusedPin = () =>
      page.evaluate(() => document.activeElement?.getAttribute('data-pin-remove') ?? null);
    for (let i = 0; i < 8 && (await focusedPin()) === null; i += 1)
      await page.keyboard.press('Tab');
    const removed = await focusedPin();
    expect(removed).toBe(PINS[0].entry);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      `Remove pin ${PINS[0].name}`,
    );
    await page.keyboard.press('Enter');

    await expect.poll(() => pinEntries(page)).toEqual(PINS.slice(1).map((p) => p.entry));
    await expect.poll(() => pinnedCurves(page).count()).toBe(2);
    expect(await rateLegendEntries(page).count()).toBe(2);
    // Focus stays among the pins: on the next one's remove button.
    expect(await focusedPin()).toBe(PINS[1].entry);
  }, 600_000);

  it('has no serious axe violation with pins in every figure and the table', async () => {
    const { page } = app;
    await app.open('?xGe=0.25&pin=xGe:0&pin=xGe:0.125&pin=xGe:1,temperatureC:40');
    await loadEverything(page);
    await expect.poll(() => pinnedCurves(page).count(), COMPUTED).toBe(3);
    await expect.poll(() => page.locator('[data-testid="pin-row"]').count()).toBe(3);
    expect(await seriousViolations(page)).toEqual([]);
  }, 300_000);

  it('skips a bad pin entry with a notice and keeps the good ones', async () => {
    await app.open('?pin=xGe:0&pin=xGe:abc&pin=banana:1');
    const { page } = app;
    const text = await shownAlertText(page);
    expect(text).toMatch(/xGe:abc/);
    expect(text).toMatch(/banana/);
    await expect.poll(() => pinEntries(page)).toEqual(['xGe:0']);
  });
});
