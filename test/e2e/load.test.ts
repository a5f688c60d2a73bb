import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findNonFinite, SCREENSHOT_DIR, SEL, unreadableText, withApp } from './harness';

const app = withApp();

describe('the built app served under a sub-path', () => {
  it('draws the chart with three series and the ten measured points, without errors', async () => {
    const consoleLines: string[] = [];
    app.page.on('console', (message) => consoleLines.push(message.text()));
    await app.open();
    const { page } = app;
    expect(new URL(page.url()).pathname).toBe('/lab/wiki/sige/');

    for (const name of ['electronic', 'ionic', 'ambipolar'] as const) {
      const d = await page.locator(`${SEL.chart} ${SEL.series(name)}`).getAttribute('d');
      expect(d, `series "${name}" has a path`).toMatch(/^M/);
      expect(d!.length, `series "${name}" path length`).toBeGreaterThan(20);
    }
    await expect.poll(() => page.locator(SEL.measuredPoint).count()).toBe(10);
    await expect(page.locator(SEL.marker).count()).resolves.toBe(1);
    expect(await page.locator(SEL.balancedRegion).count()).toBeGreaterThan(0);
    expect(await page.locator(SEL.modelStatus).count()).toBe(1);
    for (const key of ['temperatureC', 'particleRadiusUm', 'thicknessUm']) {
      expect(await page.locator(SEL.setting(key)).count(), `input-${key}`).toBe(1);
    }
    expect(await findNonFinite(page)).toEqual([]);

    // Every resource (icon, styles, worker chunk) arrived; the harness checks for failures.
    await page.waitForLoadState('networkidle');
    // A production bundle: React's development build greets the console.
    expect(consoleLines.filter((line) => /React DevTools/.test(line))).toEqual([]);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOT_DIR}/overview.png`, fullPage: true });
  });

  it('shows the Li diffusivity figure with its GITT points, readable at 1280 and 390 px', async () => {
    await app.open();
    const { page } = app;
    const figure = page.locator('figure.diffusivity-figure');
    await page.locator(SEL.diffusivityChart('lithiation')).waitFor({ state: 'visible' });
    for (const name of ['composition', 'lithiation'] as const) {
      const d = await page
        .locator(`${SEL.diffusivityChart(name)} path[data-series]`)
        .getAttribute('d');
      expect(d, `${name} curve`).toMatch(/^M[\d.]+,[\d.]+L/);
      expect(d, `${name} curve`).not.toMatch(/NaN|Infinity/);
    }
    const points = page.locator(SEL.measuredDiffusivityPoint);
    await expect.poll(() => points.count()).toBe(2);
    await points.last().focus();
    const tooltip = page.locator(SEL.tooltip).filter({ visible: true });
    await tooltip.first().waitFor({ state: 'visible' });
    expect(await tooltip.first().innerText()).toMatch(/Si₇Ge[\s\S]*LiXia2025/);
    await points.last().blur();
    expect(await page.locator(SEL.diffusivityShape).innerText()).toMatch(
      /Observed: D first decreases, then increases .* Model at x = 0\.125: D /,
    );
    await figure.getByRole('button', { name: 'Data (CSV)' }).waitFor();

    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const charts = `${SEL.diffusivityChart('composition')}, ${SEL.diffusivityChart('lithiation')}`;
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      // Let the figures take their new width (ResizeObserver, then a render).
      await page.waitForFunction((selector) => {
        const svg = document.querySelector(selector);
        const frame = svg?.closest('.chart-container');
        return !!frame && Number(svg?.getAttribute('width')) === Math.round(frame.clientWidth);
      }, SEL.diffusivityChart('composition'));
      expect(await unreadableText(page, charts), `text at ${width} px`).toEqual([]);
      await figure.screenshot({ path: `${SCREENSHOT_DIR}/diffusivity-${width}.png` });
    }
  });

  it('keeps the controls where they are while the sections below load (no layout shift)', async () => {
    const { page } = app;
    // Hold the lazily loaded sections back, so their placeholder is surely on screen first.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/KineticsSection-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await app.open();
    await page.locator('.section-loading').waitFor({ state: 'visible' });
    const before = await page.locator(SEL.slider).boundingBox();
    const placeholder = await page.locator('.section-loading').boundingBox();
    // The placeholder sits below the controls, where the sections will come.
    expect(placeholder?.y ?? 0).toBeGreaterThan(before?.y ?? Infinity);
    release();
    await page.locator(SEL.kineticsStatus).waitFor({ state: 'attached', timeout: 15_000 });
    await expect(page.locator('.section-loading').count()).resolves.toBe(0);
    const after = await page.locator(SEL.slider).boundingBox();
    expect(after?.y, 'slider top before and after the sections arrive').toBe(before?.y);
    await page.unrouteAll();
  });

  it('shows the source of a measured point on hover and on keyboard focus', async () => {
    await app.open();
    const { page } = app;
    const points = page.locator(SEL.measuredPoint);
    await expect.poll(() => points.count()).toBe(10);

    await points.first().hover();
    const tooltip = page.locator(SEL.tooltip).filter({ visible: true });
    await tooltip.first().waitFor({ state: 'visible' });
    expect(await tooltip.first().innerText()).toContain('LiXia2025');

    // Move away: the tooltip goes; focus (keyboard users) brings it back.
    await page.mouse.move(2, 2);
    await expect.poll(() => tooltip.count()).toBe(0);

    const last = points.last();
    expect(await last.evaluate((el) => (el as HTMLElement | SVGElement).tabIndex)).toBe(0);
    await last.focus();
    await tooltip.first().waitFor({ state: 'visible' });
    expect(await tooltip.first().innerText()).toContain('LiXia2025');
  });
});
