import { describe, expect, it } from 'vitest';
import { loadEverything, seriousViolations } from './axe';
import { svgTextContrast } from './svgContrast';
import { withApp } from './harness';

const app = withApp();

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
