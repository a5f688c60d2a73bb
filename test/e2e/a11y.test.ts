import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { svgTextContrast } from './svgContrast';
import { waitForKinetics, withApp } from './harness';

const app = withApp();

/** The axe build that ships with the devDependency, injected into the page as a script. */
const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * Every lazy section rendered and the electrode model settled: scroll to the bottom (the
 * kinetics and model-fit chunks load when they near the screen), every <details> opened, then
 * back to the top.
 */
async function loadEverything(page: Page): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.locator('[data-testid="model-fit"]').waitFor({ state: 'attached' });
  await page.locator('[data-testid="model-fit"]').scrollIntoViewIfNeeded();
  await waitForKinetics(page);
  // The data tables too: a closed <details> hides its table from axe.
  await page.evaluate(() => {
    for (const details of Array.from(document.querySelectorAll('details'))) details.open = true;
  });
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** axe's serious and critical findings, one line per offending element. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return (violations as AxeViolation[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id} (${v.help}): ${n.target.join(' ')}`));
}

describe.each([
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
])('accessibility at $width px ($name)', ({ width, height }) => {
  it('has no serious or critical axe violation once every section has loaded', async () => {
    const { page } = app;
    await page.setViewportSize({ width, height });
    await app.open();
    await loadEverything(page);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('draws every SVG text with at least 4.5:1 contrast against what lies behind it', async () => {
    const { page } = app;
    await page.setViewportSize({ width, height });
    await app.open();
    await loadEverything(page);
    const { checked, low } = await svgTextContrast(page, 'svg');
    // Axis ticks, labels and callouts of a dozen figures: far more than a hundred texts.
    expect(checked, 'SVG texts measured').toBeGreaterThan(100);
    expect(low).toEqual([]);
  });
});
