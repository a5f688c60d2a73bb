import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { INPUT_SPECS } from '../../src/core/inputs';
import {
  expectShowsX,
  numberAttr,
  readouts,
  SEL,
  settledBox,
  sliderValue,
  withApp,
  waitForRenderedX,
} from './harness';

const app = withApp();

/** Tabs through the page until the slider has focus (proves it is in the tab order). */
async function tabToSlider(page: Page): Promise<void> {
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(
      (selector) => document.activeElement?.matches(selector) === true,
      SEL.slider,
    );
    if (focused) return;
  }
  throw new Error('the x slider was not reached with Tab');
}

interface Ring {
  outlineStyle: string;
  outlineWidth: string;
  boxShadow: string;
  focusVisible: boolean;
}

async function ringOf(page: Page): Promise<Ring> {
  return page.locator(SEL.slider).evaluate((el) => {
    const style = getComputedStyle(el);
    return {
      outlineStyle: style.outlineStyle,
      outlineWidth: style.outlineWidth,
      boxShadow: style.boxShadow,
      focusVisible: el.matches(':focus-visible'),
    };
  });
}

const ringShows = (ring: Ring) =>
  (ring.outlineStyle !== 'none' && parseFloat(ring.outlineWidth) > 0) || ring.boxShadow !== 'none';

describe('the Ge fraction slider', () => {
  it('is labelled and spans 0–1', async () => {
    await app.open();
    const slider = app.page.locator(SEL.slider);
    expect(await slider.getAttribute('aria-label')).toBe('Ge fraction x');
    expect(Number(await slider.getAttribute('min'))).toBe(0);
    expect(Number(await slider.getAttribute('max'))).toBe(1);
  });

  it('follows a mouse drag: marker, readouts and the drawn result move to the final value', async () => {
    await app.open();
    const { page } = app;
    const start = await sliderValue(page);
    await waitForRenderedX(page, start);
    const before = await readouts(page);

    await page.locator(SEL.slider).scrollIntoViewIfNeeded();
    const box = await settledBox(page, SEL.slider);
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width * 0.1, y);
    await page.mouse.down();
    for (let i = 1; i <= 20; i += 1) {
      await page.mouse.move(box.x + box.width * (0.1 + (0.7 * i) / 20), y);
    }
    await page.mouse.up();

    const end = await sliderValue(page);
    expect(end, 'slider value after dragging to 80 % of its width').toBeGreaterThan(0.6);
    expect(end).toBeLessThan(0.95);
    await expectShowsX(page, end);
    expect(await numberAttr(page.locator(SEL.marker), 'data-x')).toBeCloseTo(end, 9);

    const after = await readouts(page);
    for (const key of Object.keys(before)) {
      expect(after[key], `readout-${key} after the drag`).not.toBe(before[key]);
    }
  });

  it('works from the keyboard with a visible focus ring', async () => {
    await app.open();
    const { page } = app;
    const blurred = await ringOf(page);
    await tabToSlider(page);
    const focused = await ringOf(page);
    expect(focused.focusVisible, 'slider matches :focus-visible after Tab').toBe(true);
    expect(ringShows(focused), `focus ring style ${JSON.stringify(focused)}`).toBe(true);
    expect(focused, 'focus ring differs from the unfocused style').not.toEqual({
      ...blurred,
      focusVisible: true,
    });

    const start = await sliderValue(page);
    await page.keyboard.press('ArrowRight');
    const afterArrow = await sliderValue(page);
    const arrowStep = afterArrow - start;
    expect(arrowStep, 'ArrowRight increases x by the declared step').toBeCloseTo(
      INPUT_SPECS.xGe.step,
      9,
    );
    await expectShowsX(page, afterArrow);

    await page.keyboard.press('PageUp');
    const afterPageUp = await sliderValue(page);
    expect(afterPageUp - afterArrow, 'PageUp is a bigger step than ArrowRight').toBeGreaterThan(
      arrowStep * 1.5,
    );
    await expectShowsX(page, afterPageUp);

    await page.keyboard.press('Home');
    expect(await sliderValue(page)).toBe(0);
    await expectShowsX(page, 0);

    await page.keyboard.press('End');
    expect(await sliderValue(page)).toBe(1);
    await expectShowsX(page, 1);
  });
});
