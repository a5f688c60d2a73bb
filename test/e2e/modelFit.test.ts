import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shortSource } from '../../src/charts/parity/describeFigure';
import { FIT_FIGURES, tally } from '../../src/charts/parity/fitFigures';
import { STORED_FIT } from '../../src/charts/parity/storedFit';
import { formulaOf } from '../../src/format/formula';
import { findNonFinite, SCREENSHOT_DIR, SEL, withApp } from './harness';

const app = withApp();

const SECTION = '[data-testid="model-fit"]';
const POINT = '[data-testid="parity-point"]';
const ROW = '[data-testid="residual-row"]';

describe('model vs experiment', () => {
  it('draws every fitted figure as a point and a row, with a tooltip on keyboard focus', async () => {
    expect(FIT_FIGURES.length, 'residuals stored in calibration.json').toBeGreaterThan(0);
    await app.open();
    const { page } = app;
    const section = page.locator(SECTION);
    await section.scrollIntoViewIfNeeded();
    await section.waitFor({ state: 'visible' });
    // Where a researcher checks the model: after the kinetics, never above the controls.
    const top = async (selector: string) => (await page.locator(selector).boundingBox())?.y;
    const kinetics = await top('section.kinetics');
    expect(await top(SECTION)).toBeGreaterThan(kinetics ?? Number.POSITIVE_INFINITY);

    expect(await page.locator(POINT).count()).toBe(FIT_FIGURES.length);
    expect(await page.locator(ROW).count()).toBe(FIT_FIGURES.length);
    const { within, total } = tally(FIT_FIGURES);
    const kinetic = tally(FIT_FIGURES.filter((f) => f.family !== 'transport'));
    expect(await page.locator('[data-testid="fit-summary"]').innerText()).toMatch(
      new RegExp(`^${kinetic.within} of ${kinetic.total} electrochemical figures within`),
    );
    const misses = total - within;
    expect(await page.locator(`${POINT}[data-within="false"]`).count()).toBe(misses);
    expect(await findNonFinite(page)).toEqual([]);

    // Focus the first point, then Tab to the next: the keyboard path a reader takes.
    const first = page.locator(POINT).first();
    await first.focus();
    await page.keyboard.press('Tab');
    const second = FIT_FIGURES[1] ?? FIT_FIGURES[0]!;
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-figure'));
    expect(focused).toBe(second.id);
    const tooltip = page.locator(`${SECTION} ${SEL.tooltip}`).filter({ visible: true });
    await tooltip.first().waitFor({ state: 'visible' });
    const text = await tooltip.first().innerText();
    expect(text).toContain(formulaOf(second.compositionId));
    expect(text).toContain(shortSource(second));

    // What the model predicts for each composition left out of its fit.
    expect(await page.locator('[data-testid="cv-row"]').count()).toBe(
      STORED_FIT.crossValidation.length,
    );

    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    // The plots with the tooltip open, at a size to read; then the whole section.
    await page
      .locator('[data-testid="parity-figures"]')
      .screenshot({ path: `${SCREENSHOT_DIR}/model-vs-experiment-plots.png` });
    await section.screenshot({ path: `${SCREENSHOT_DIR}/model-vs-experiment.png` });
  });
});
