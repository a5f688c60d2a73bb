import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCREENSHOT_DIR, SEL, unreadableText, waitForKinetics, withApp } from './harness';

const app = withApp();

const PHONE = { width: 390, height: 844 };

/** Every focusable measured mark, in every figure that has one. */
const MEASURED = [
  SEL.measuredPoint,
  SEL.measuredRatePoint,
  SEL.measuredRetentionPoint,
  SEL.measuredDiffusivityPoint,
  SEL.measuredInventoryBar,
  '[data-testid="parity-point"]',
].join(', ');

describe('on a 390 px phone', () => {
  it('opens every measured point’s tooltip inside the screen', async () => {
    const { page } = app;
    await page.setViewportSize(PHONE);
    await app.open();
    await page.locator('[data-testid="model-fit"]').scrollIntoViewIfNeeded();
    await page.locator('[data-testid="parity-point"]').first().waitFor({ state: 'attached' });
    await waitForKinetics(page);

    const points = page.locator(MEASURED);
    const count = await points.count();
    expect(count, 'measured marks on the page').toBeGreaterThan(20);
    const outside: string[] = [];
    for (let i = 0; i < count; i += 1) {
      const point = points.nth(i);
      await point.focus();
      const id = await point.getAttribute('aria-describedby');
      const tooltip = page.locator(`[id="${id}"]`);
      await tooltip.waitFor({ state: 'visible' });
      const box = await tooltip.boundingBox();
      if (!box || box.x < 0 || box.x + box.width > PHONE.width) {
        const label = await point.getAttribute('aria-label');
        outside.push(
          `${label?.slice(0, 60)}: ${box?.x.toFixed(0)}–${box && (box.x + box.width).toFixed(0)} px`,
        );
      }
    }
    expect(outside).toEqual([]);
  });

  it('keeps the figures’ text inside them and apart, and says that the fit table scrolls', async () => {
    const { page } = app;
    await page.setViewportSize(PHONE);
    // Ge: short profiles, where the branch and rate labels used to collide.
    for (const query of ['', '?xGe=1']) {
      await app.open(query);
      await waitForKinetics(page);
      // The profile figure draws its curves and their rate labels once it is on screen.
      const profile = page.locator(SEL.kineticsChart('profile'));
      await profile.scrollIntoViewIfNeeded();
      await profile.locator('.rate-labels text').first().waitFor({ state: 'attached' });
      const charts = [SEL.chart, SEL.kineticsChart('rate'), SEL.kineticsChart('profile')];
      // Not vacuous: every figure has its labels drawn when it is checked.
      for (const chart of charts) {
        expect(await page.locator(`${chart} text`).count(), chart).toBeGreaterThan(5);
      }
      expect(
        await unreadableText(page, charts.join(', ')),
        `text at ${query || 'default'}`,
      ).toEqual([]);
      // The σ callout keeps its unit on a phone (it moves up beside x).
      // The marker is drawn on the overlay above the conductivity figure, the page's first.
      expect(await page.locator(SEL.marker).first().textContent()).toContain('S/cm');
    }
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const profileFigure = page.locator('figure', {
      has: page.locator(SEL.kineticsChart('profile')),
    });
    await profileFigure.scrollIntoViewIfNeeded();
    await profileFigure.screenshot({
      path: `${SCREENSHOT_DIR}/profile-phone-ge.png`,
    });

    const table = page.locator('[data-testid="model-fit"] .scroll-table').first();
    await table.scrollIntoViewIfNeeded();
    const hint = table.locator('.scroll-hint');
    await hint.waitFor({ state: 'visible' });
    expect(await hint.textContent()).toMatch(/scroll sideways/);
    const region = table.locator('[role="region"]');
    expect(await region.getAttribute('tabindex')).toBe('0');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, 'horizontal overflow of the page, px').toBeLessThanOrEqual(0);
  });
});
