import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatUrlValue } from '../../src/state/urlSync';
import { SEL, settledBox, sliderValue, waitForKinetics, withApp } from './harness';

// The electrode figures follow a drag of x live, and the composition bar above them sets the
// same x as the slider at the top of the page.

declare global {
  interface Window {
    /** Every distinct state of the rate curve and the catch-up badge, one per frame. */
    __frames?: { d: string; badge: string }[];
    __stopFrames?: boolean;
  }
}

const app = withApp();

const BAR_SLIDER = 'input[type=range][data-testid="x-slider-electrode"]';
const BAR_VALUE = '[data-testid="composition-bar-value"]';
const BADGE = '[data-testid="kinetics-catch-up"]';
const RATE_CURVE = `${SEL.kineticsChart('rate')} path[data-series="model"]`;

const queryX = (page: Page) => new URL(page.url()).searchParams.get('xGe');
const readoutX = (page: Page) => page.locator(SEL.readout('xGe')).innerText();

async function showRateFigure(page: Page) {
  await page
    .locator(SEL.kineticsChart('rate'))
    .evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await page.waitForFunction(() => new Promise((resolve) => requestAnimationFrame(resolve)));
}

/** Records, on every animation frame, the rate curve's `d` and the badge's visible text. */
async function recordFrames(page: Page): Promise<() => Promise<{ d: string; badge: string }[]>> {
  await page.evaluate(
    ([curve, badge]) => {
      const frames: { d: string; badge: string }[] = [];
      window.__frames = frames;
      window.__stopFrames = false;
      const tick = () => {
        const el = document.querySelector(badge);
        const frame = {
          d: document.querySelector(curve)?.getAttribute('d') ?? '',
          badge: el && !el.classList.contains('is-idle') ? (el.textContent ?? '') : '',
        };
        const last = frames.at(-1);
        if (!last || last.d !== frame.d || last.badge !== frame.badge) frames.push(frame);
        if (!window.__stopFrames) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    },
    [RATE_CURVE, BADGE] as const,
  );
  return () =>
    page.evaluate(() => {
      window.__stopFrames = true;
      return window.__frames ?? [];
    });
}

describe('the electrode figures during a drag of x', () => {
  it('redraw live with the rate figure in view, and settle on the figure of the final x', async () => {
    await app.open();
    const { page } = app;
    await waitForKinetics(page);
    await showRateFigure(page);
    const box = await settledBox(page, BAR_SLIDER);
    // On screen, above the figure it moves.
    const rate = await page.locator(SEL.kineticsChart('rate')).boundingBox();
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThan(rate?.y ?? 0);
    const y = box.y + box.height / 2;
    const at = (fraction: number) => box.x + box.width * fraction;

    const stop = await recordFrames(page);
    await page.mouse.move(at(0.1), y);
    await page.mouse.down();
    const start = Date.now();
    while (Date.now() - start < 2000) {
      await page.mouse.move(at(0.1 + 0.4 * ((Date.now() - start) / 2000)), y);
      await page.waitForTimeout(16);
    }
    const during = await stop(); // before the release: only what the drag itself drew
    await page.mouse.up();

    const curves = new Set(during.map((f) => f.d));
    expect(curves.size, 'rate curves drawn during a 2 s drag').toBeGreaterThanOrEqual(4);
    // Marked, not hidden, while it catches up: the badge names the x it shows, and says the
    // drawing is a preview on the coarser grid.
    expect(during.some((f) => /^preview at x = 0\.\d+/.test(f.badge))).toBe(true);

    await waitForKinetics(page);
    const x = await sliderValue(page);
    const final = await page.locator(RATE_CURVE).getAttribute('d');
    expect(await page.locator(SEL.kineticsChart('rate')).getAttribute('data-rendered-x')).toBe(
      String(x),
    );
    await expect.poll(() => page.locator(BADGE).getAttribute('class')).toMatch(/is-idle/);
    await expect.poll(() => queryX(page)).toBe(formatUrlValue(x));

    // A fresh load of the link draws the same figure.
    await app.open(`?xGe=${formatUrlValue(x)}`);
    await waitForKinetics(page);
    await showRateFigure(page);
    expect(await page.locator(RATE_CURVE).getAttribute('d')).toBe(final);
  });

  it('the composition bar and the top slider set the same x: address and readouts agree', async () => {
    await app.open();
    const { page } = app;
    // Further down, among the figures, it stays stuck to the top of the screen.
    await page
      .locator(SEL.kineticsChart('distribution'))
      .evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await expect
      .poll(async () => (await page.locator(BAR_SLIDER).boundingBox())?.y)
      .toBeLessThan(40);
    const bar = page.locator(BAR_SLIDER);
    await bar.focus();
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowRight');
    await expect.poll(() => sliderValue(page)).toBeCloseTo(0.135, 9);
    await expect.poll(() => queryX(page)).toBe('0.135');
    // The properties table is throttled (4 Hz): poll.
    await expect.poll(() => readoutX(page)).toContain('0.135');
    expect(await page.locator(BAR_VALUE).getAttribute('data-rendered-x')).toBe('0.135');

    await page.locator(SEL.slider).focus();
    await page.keyboard.press('PageDown');
    await expect.poll(() => bar.inputValue()).toBe('0.085');
    await expect.poll(() => queryX(page)).toBe('0.085');
    // textContent: the section is off screen now, and a skipped element has no innerText.
    expect(await page.locator(BAR_VALUE).textContent()).toContain('0.085');
    await expect.poll(() => readoutX(page)).toContain('0.085');
    expect(await bar.getAttribute('aria-label')).toBe('Ge fraction x, for the electrode figures');
  });

  it('works on a 390 px phone: in reach over the figures, no sideways scrolling', async () => {
    await app.page.setViewportSize({ width: 390, height: 844 });
    await app.open();
    const { page } = app;
    await showRateFigure(page);
    const box = await settledBox(page, BAR_SLIDER);
    expect(box.y).toBeLessThan(120);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(box.width).toBeGreaterThan(250);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, 'horizontal overflow, px').toBeLessThanOrEqual(0);
    await page.locator(BAR_SLIDER).focus();
    await page.keyboard.press('End');
    await expect.poll(() => queryX(page)).toBe('1');
  });
});
