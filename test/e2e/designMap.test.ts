import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { svgTextContrast } from './svgContrast';
import {
  findNonFinite,
  numberAttr,
  SCREENSHOT_DIR,
  SEL,
  sliderValue,
  unreadableText,
  withApp,
} from './harness';

const app = withApp();

const SECTION = '[data-testid="design-map"]';
const MAP = 'svg[data-testid="design-map-chart"]';
const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const query = (page: Page) => new URL(page.url()).searchParams;

/** axe's serious and critical findings inside the design-map section. */
async function seriousViolationsIn(page: Page, selector: string): Promise<string[]> {
  await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async (sel) => {
    type Violation = { id: string; impact: string | null; nodes: { target: string[] }[] };
    const axe = (
      window as unknown as { axe: { run(el: Element): Promise<{ violations: Violation[] }> } }
    ).axe;
    const root = document.querySelector(sel);
    if (!root) return ['no section'];
    const { violations } = await axe.run(root);
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id}: ${n.target.join(' ')}`));
  }, selector);
}

/** Problems that would make the drawn map unreadable or wrong, for the current width. */
async function drawingProblems(page: Page): Promise<string[]> {
  const { low } = await svgTextContrast(page, MAP);
  return [...(await findNonFinite(page)), ...(await unreadableText(page, MAP)), ...low];
}

describe('design map', () => {
  it('fills progressively on the coarse grid, names the optimum, and a click sets x and the loading', async () => {
    const { page } = app;
    await app.open();
    const section = page.locator(SECTION);
    await section.waitFor({ state: 'attached', timeout: 30_000 });
    await section.scrollIntoViewIfNeeded();
    // Nothing is computed until asked.
    expect(await page.locator(MAP).count()).toBe(0);
    expect(await section.getByText(/No map yet/).isVisible()).toBe(true);

    await page.locator('[data-testid="map-size-coarse"]').check();
    await section.getByRole('button', { name: 'Compute map' }).click();
    await page.locator(MAP).waitFor({ state: 'visible', timeout: 30_000 });
    const total = await numberAttr(page.locator(MAP), 'data-total');
    expect(total).toBe(66);

    // Sampled while it fills: the count rises through values short of the total, then ends there.
    const seen: number[] = [];
    const deadline = Date.now() + 300_000;
    for (;;) {
      const filled = await numberAttr(page.locator(MAP), 'data-filled');
      if (seen.at(-1) !== filled) seen.push(filled);
      if (filled >= total || Date.now() > deadline) break;
      await page.waitForTimeout(150);
    }
    expect(seen.at(-1), `filled counts seen: ${seen.join(', ')}`).toBe(total);
    const partial = seen.filter((n) => n > 0 && n < total);
    expect(partial.length, `filled counts seen: ${seen.join(', ')}`).toBeGreaterThanOrEqual(2);
    for (let k = 1; k < seen.length; k += 1) {
      expect(seen[k]).toBeGreaterThan(seen[k - 1] as number);
    }
    await expect.poll(() => page.locator(MAP).getAttribute('data-status')).toBe('ready');
    const progress = page.locator('[data-testid="map-progress"]');
    expect(await progress.innerText()).toContain('66 of 66 cells');

    const optimum = page.locator('[data-testid="map-optimum"]');
    await expect.poll(() => optimum.getAttribute('data-complete')).toBe('true');
    expect(await optimum.innerText()).toMatch(
      /^Best: 3 C retention [\d.]+ % at x = [\d.]+( \(\S+\))?, areal loading [\d.]+ mg\/cm²\.$/,
    );
    expect(await page.locator('[data-testid="map-best-ring"]').count()).toBe(1);
    expect(await page.locator(`${MAP} [role="gridcell"][data-state="pending"]`).count()).toBe(0);

    // Looked at, at the desktop width, before anything else changes.
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: `${SCREENSHOT_DIR}/design-map.png` });
    expect(await drawingProblems(page)).toEqual([]);
    expect(await seriousViolationsIn(page, SECTION)).toEqual([]);

    // A click on the cell at x = 0.3 and 1.9 mg/cm² makes it the live view.
    expect(await sliderValue(page)).toBe(0.125);
    const cell = page.locator(`${MAP} [data-i="3"][data-j="2"]`);
    await cell.hover();
    await expect
      .poll(() => page.locator('[data-testid="map-reading"]').innerText())
      .toMatch(/^x = 0.3, areal loading 1.9 mg\/cm²: 3 C retention [\d.]+ %/);
    // Beside the map there is room for the box that reads the cell too.
    expect(await page.locator(`${SECTION} [role="tooltip"]`).count()).toBe(1);
    await cell.click();
    await expect.poll(() => sliderValue(page)).toBe(0.3);
    expect(await page.locator(SEL.setting('loadingMgCm2')).inputValue()).toBe('1.9');
    expect(await page.locator(SEL.choice('electrodeBasis', 'loading')).isChecked()).toBe(true);
    await expect.poll(() => query(page).get('xGe')).toBe('0.3');
    expect(query(page).get('loadingMgCm2')).toBe('1.9');
    expect(query(page).get('electrodeBasis')).toBe('loading');
    // The map's own axes moved, nothing else: it still holds for the page's settings.
    expect(await page.locator('[data-testid="map-stale"]').count()).toBe(0);

    // One tab stop: the arrows walk the cells, Enter sets the view.
    const grid = page.locator(`${MAP} [role="grid"]`);
    await grid.focus();
    await grid.press('ArrowLeft');
    await grid.press('Enter');
    await expect.poll(() => sliderValue(page)).toBe(0.2);

    // And at a phone's width.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect
      .poll(() => page.locator(MAP).getAttribute('width'), { timeout: 10_000 })
      .not.toBe('480');
    await page.waitForTimeout(300);
    const figure = page.locator('figure', { has: page.locator(MAP) });
    await figure.scrollIntoViewIfNeeded();
    // On a phone a cell is read by the line under the map, not by a box over the map.
    await page.locator(`${MAP} [data-i="5"][data-j="3"]`).hover();
    await expect
      .poll(() => page.locator('[data-testid="map-reading"]').innerText())
      .toMatch(/^x = 0.5, areal loading /);
    expect(await page.locator(`${SECTION} [role="tooltip"]`).count()).toBe(0);
    await figure.screenshot({ path: `${SCREENSHOT_DIR}/design-map-390.png` });
    expect(await drawingProblems(page)).toEqual([]);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, 'horizontal overflow of the page, px').toBeLessThanOrEqual(0);
  }, 420_000);

  it('Cancel stops a map where it stands', async () => {
    const { page } = app;
    await app.open();
    const section = page.locator(SECTION);
    await section.waitFor({ state: 'attached', timeout: 30_000 });
    await section.scrollIntoViewIfNeeded();
    await section.getByRole('button', { name: 'Compute map' }).click();
    await expect
      .poll(() => numberAttr(page.locator(MAP), 'data-filled'), { timeout: 60_000 })
      .toBeGreaterThan(0);
    await section.getByRole('button', { name: 'Cancel' }).click();
    const progress = page.locator('[data-testid="map-progress"]');
    await expect.poll(() => progress.getAttribute('data-status')).toBe('cancelled');
    const stopped = await numberAttr(progress, 'data-filled');
    expect(stopped).toBeLessThan(861);
    // Whatever was in flight is dropped: the count stays.
    await page.waitForTimeout(2_000);
    expect(await numberAttr(progress, 'data-filled')).toBe(stopped);
    expect(await page.locator('[data-testid="map-phase"]').innerText()).toBe('Map cancelled.');
  }, 120_000);
});
