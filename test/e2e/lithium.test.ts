import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  findNonFinite,
  SCREENSHOT_DIR,
  SEL,
  shownAlertText,
  waitForKinetics,
  withApp,
} from './harness';

const app = withApp();

const query = (page: Page) => new URL(page.url()).searchParams;

/** The kinetics are current, the sweep complete, and the Li-loss areas drawn from all of it. */
async function waitForLithium(page: Page): Promise<void> {
  await waitForKinetics(page);
  await page.waitForFunction(
    (selector) => document.querySelector(selector)?.getAttribute('data-status') === 'ready',
    SEL.inventoryChart,
    { timeout: 30_000 },
  );
}

async function renderedKey(page: Page, selector: string): Promise<string | null> {
  return page.locator(selector).getAttribute('data-rendered-key');
}

/** The printed shares beside the bar, top to bottom. */
async function printedShares(page: Page): Promise<number[]> {
  const values = await page
    .locator(SEL.inventoryShare)
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-value')));
  return values.map(Number);
}

/** The plating warning shows exactly when the voltage curve has a plating stretch. */
async function expectPlatingConsistent(page: Page): Promise<void> {
  const plating = await page.locator(SEL.fullCellChart('voltage')).getAttribute('data-plating');
  const text = (await page.locator(SEL.platingWarning).innerText()).trim();
  if (plating === 'true') expect(text).toMatch(/^Warning: lithium plates/);
  else expect(text).toBe('');
}

describe('where the lithium goes, and the full cell', () => {
  it('draws the Li-loss bar with shares summing to 100, the areas across x and the measured bars', async () => {
    await app.open();
    const { page } = app;
    await page.locator(SEL.lithiumSection).scrollIntoViewIfNeeded();
    await waitForLithium(page);

    const shares = await printedShares(page);
    expect(shares).toHaveLength(3);
    expect(shares.every((v) => Number.isFinite(v) && v >= 0)).toBe(true);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 6);
    expect(
      await page.locator(SEL.inventoryShare).evaluateAll((els) => els.map((el) => el.textContent)),
    ).toEqual([
      expect.stringMatching(/^I-Li [\d.]+ %$/),
      expect.stringMatching(/^QA-Li [\d.]+ %$/),
      expect.stringMatching(/^RA-Li [\d.]+ %$/),
    ]);

    const chart = page.locator(SEL.inventoryChart);
    for (const series of ['reversible', 'quasiReversible', 'inactive']) {
      expect(await chart.locator(`path[data-series="${series}"]`).getAttribute('d')).toMatch(/^M/);
    }
    expect(
      await page
        .locator(SEL.measuredInventoryBar)
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-composition'))),
    ).toEqual(['Si', 'Si7Ge', 'Ge']);
    expect(
      Number(await page.locator('[data-testid="inventory-marker"]').getAttribute('data-x')),
    ).toBe(0.125);
    // The default x is Si7Ge's: the sentence sets the measurement beside the model.
    // textContent: off screen, a section under content-visibility: auto renders no innerText.
    expect(await page.locator(SEL.inventorySentence).textContent()).toMatch(
      /^At x = 0\.125 the model gets [\d.]+ % of the inserted Li back.*Measured on Si₇Ge: .*LiXia2025 Fig\. 3d–f\)\.$/,
    );
    expect(
      await page.locator(SEL.fullCellChart('rate')).locator('rect[data-limited-by]').count(),
    ).toBe(4);
    await expectPlatingConsistent(page);
    expect(await findNonFinite(page)).toEqual([]);
  });

  it('reaches a measured bar by keyboard and shows its values and source', async () => {
    await app.open();
    const { page } = app;
    await page.locator(SEL.lithiumSection).scrollIntoViewIfNeeded();
    await waitForLithium(page);

    // The figure's Data (CSV) button is there once the curve across x is complete.
    await page.locator('[data-testid="download-sige-li-inventory.csv"]').waitFor();
    // The N/P entry is the last control before the figures: Tab goes on to the figure, its
    // downloads first (CSV, SVG, PNG), then the measured bars.
    await page.locator(SEL.setting('npRatio')).focus();
    const focused = () =>
      page.evaluate(() => [
        document.activeElement?.getAttribute('data-testid'),
        document.activeElement?.getAttribute('data-composition'),
      ]);
    for (const kind of ['csv', 'svg', 'png']) {
      await page.keyboard.press('Tab');
      expect(await focused()).toEqual([`download-sige-li-inventory.${kind}`, null]);
    }
    await page.keyboard.press('Tab');
    expect(await focused()).toEqual(['measured-inventory-bar', 'Si']);
    const tooltip = page.locator(SEL.tooltip).filter({ visible: true });
    await tooltip.first().waitFor({ state: 'visible' });
    expect(await tooltip.first().innerText()).toMatch(
      /Measured Li inventory[\s\S]*RA-Li[\s\S]*QA-Li[\s\S]*I-Li[\s\S]*Si, x = 0[\s\S]*LiXia2025 Fig\. 3d–f/,
    );

    await page.keyboard.press('Tab');
    expect(await focused()).toEqual(['measured-inventory-bar', 'Si7Ge']);
    expect(await tooltip.first().innerText()).toMatch(/Si₇Ge, x = 0\.125/);
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltip.count()).toBe(0);
  });

  it('redraws the full cell for a new cathode and N/P, keeps the Li-loss areas, and keeps the URL in step', async () => {
    await app.open();
    const { page } = app;
    await page.locator(SEL.lithiumSection).scrollIntoViewIfNeeded();
    await waitForLithium(page);
    const voltage = SEL.fullCellChart('voltage');
    const rate = SEL.fullCellChart('rate');
    const before = {
      voltage: await renderedKey(page, voltage),
      rate: await renderedKey(page, rate),
      areas: await renderedKey(page, SEL.inventoryChart),
    };
    const caption = page
      .locator('[data-testid="readout-fullcell-ice"]')
      .locator('xpath=ancestor::table/caption');

    await page.locator(SEL.choice('cathode', 'lco')).check();
    await expect
      .poll(() => renderedKey(page, voltage), { timeout: 30_000 })
      .not.toBe(before.voltage);
    await expect.poll(() => renderedKey(page, rate), { timeout: 30_000 }).not.toBe(before.rate);
    await waitForLithium(page);
    await expect.poll(() => caption.innerText(), { timeout: 15_000 }).toMatch(/^LiCoO₂/);
    await expect.poll(() => query(page).get('cathode')).toBe('lco');
    await expectPlatingConsistent(page);
    const afterCathode = await renderedKey(page, voltage);

    const entry = page.locator(SEL.setting('npRatio'));
    await entry.fill('2');
    await entry.press('Enter');
    await expect.poll(() => renderedKey(page, voltage), { timeout: 30_000 }).not.toBe(afterCathode);
    await waitForLithium(page);
    await expect.poll(() => caption.innerText(), { timeout: 15_000 }).toMatch(/N\/P 2;/);
    await expect.poll(() => query(page).get('npRatio')).toBe('2');
    await expectPlatingConsistent(page);

    // The slider steps by its page step from the keyboard.
    await page.getByRole('slider', { name: 'N/P ratio' }).press('PageUp');
    await expect.poll(() => query(page).get('npRatio')).toBe('2.1');

    // The cathode's own figures: LCO's defaults, and an edit that redraws the full cell.
    const capacity = page.locator(SEL.setting('cathodeCapacity'));
    expect(await capacity.inputValue()).toBe('180');
    const beforeEdit = await renderedKey(page, voltage);
    await capacity.fill('200');
    await capacity.press('Enter');
    await expect.poll(() => renderedKey(page, voltage), { timeout: 30_000 }).not.toBe(beforeEdit);
    await expect.poll(() => query(page).get('cathodeCapacity')).toBe('200');

    // Cathode and N/P are not part of the half cell: the Li-loss areas were not recomputed.
    expect(await renderedKey(page, SEL.inventoryChart)).toBe(before.areas);
    expect(await findNonFinite(page)).toEqual([]);
  });

  it('takes cathode and N/P from the link, and explains values it cannot use', async () => {
    await app.open('?cathode=lco&npRatio=1.8');
    const { page } = app;
    expect(await page.locator(SEL.choice('cathode', 'lco')).isChecked()).toBe(true);
    expect(await page.locator(SEL.setting('npRatio')).inputValue()).toBe('1.8');

    await page.goto(new URL('?cathode=nmc&npRatio=9', page.url()).href);
    const text = await shownAlertText(page, '\n');
    expect(text).toMatch(/"nmc" is not one of/);
    expect(text).toMatch(/N\/P ratio of the full cell: 9 is outside/);
    expect(await page.locator(SEL.choice('cathode', 'ncm')).isChecked()).toBe(true);
  });

  it('stays readable on a desktop and on a phone (screenshots of both panels)', async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const { page } = app;
    await page.setViewportSize({ width: 1400, height: 1000 });
    await app.open();
    const section = page.locator(SEL.lithiumSection);
    await section.scrollIntoViewIfNeeded();
    await waitForLithium(page);
    await section.screenshot({ path: `${SCREENSHOT_DIR}/lithium.png` });

    await page.setViewportSize({ width: 390, height: 844 });
    await waitForLithium(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, 'horizontal overflow, px').toBeLessThanOrEqual(0);
    for (const selector of [
      SEL.inventoryBar,
      SEL.inventoryChart,
      SEL.fullCellChart('voltage'),
      SEL.fullCellChart('rate'),
    ]) {
      const box = await page.locator(selector).boundingBox();
      expect(box?.width, selector).toBeGreaterThan(180);
      expect((box?.x ?? -1) + (box?.width ?? 0), `${selector} right edge`).toBeLessThanOrEqual(390);
    }
    expect((await printedShares(page)).reduce((a, b) => a + b, 0)).toBeCloseTo(100, 6);
    await section.screenshot({ path: `${SCREENSHOT_DIR}/lithium-phone.png` });
    expect(await findNonFinite(page)).toEqual([]);
  });
});
