import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openWikiPage, SEL, shownAlertText, withApp } from './harness';

const app = withApp();

const query = (page: Page) => new URL(page.url()).searchParams;

/** Opens the page at a query; unlike app.open it does not expect the conductivity figure. */
async function openAt(page: Page, search: string) {
  const response = await page.goto(inject('baseUrl') + search);
  expect(response?.status(), 'status of the page itself').toBe(200);
}

describe('lesson links', () => {
  it('?lock=xGe disables the slider with its reason, and the address keeps the lock', async () => {
    await app.open('?xGe=0.25&lock=xGe');
    const { page } = app;
    const slider = page.locator(SEL.slider);
    expect(await slider.isDisabled()).toBe(true);
    const reason = await slider.evaluate((el) =>
      (el.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent)
        .find((text) => text?.includes('lesson')),
    );
    expect(reason).toBe('Fixed by this lesson link');
    await expect
      .poll(() => page.getByText('Fixed by this lesson link').first().isVisible())
      .toBe(true);
    expect(await page.locator(SEL.xNumber).isDisabled()).toBe(true);

    // Another setting still moves; the address follows it and keeps the lesson.
    const temperature = page.locator(SEL.setting('temperatureC'));
    await temperature.fill('40');
    await temperature.press('Enter');
    await expect.poll(() => query(page).get('temperatureC')).toBe('40');
    expect(query(page).get('lock')).toBe('xGe');
    expect(query(page).get('xGe')).toBe('0.25');

    // Reset all keeps what the lesson fixed (and the lesson itself).
    await page.locator('[data-testid="reset-all"]').click();
    await expect.poll(() => query(page).get('temperatureC')).toBeNull();
    expect(query(page).get('lock')).toBe('xGe');
    expect(query(page).get('xGe')).toBe('0.25');
    expect(await slider.inputValue()).toBe('0.25');
  });

  it('?show=rate shows only the rate section', async () => {
    const { page } = app;
    await openAt(page, '?show=rate');
    await page.locator(SEL.kineticsChart('rate')).waitFor({ state: 'visible', timeout: 30_000 });
    expect(await page.locator(SEL.chart).count()).toBe(0);
    expect(await page.locator(SEL.diffusivityChart('composition')).count()).toBe(0);
    for (const other of ['retention', 'profile', 'distribution'] as const) {
      expect(await page.locator(SEL.kineticsChart(other)).count()).toBe(0);
    }
    expect(await page.locator(SEL.lithiumSection).count()).toBe(0);
    expect(await page.locator(SEL.alert).filter({ visible: true }).count()).toBe(0);
  });

  it('?view=rate renders only the rate figure and the slider strip', async () => {
    const { page } = app;
    await openAt(page, '?view=rate&xGe=0.25');
    await page.locator(SEL.kineticsChart('rate')).waitFor({ state: 'visible', timeout: 30_000 });
    expect(await page.locator('[data-testid="figure-view"]').getAttribute('data-figure')).toBe(
      'rate',
    );
    expect(await page.locator('svg[data-testid$="-chart"]').count()).toBe(1);
    expect(await page.locator('[data-testid="reset-all"]').count()).toBe(0);
    const slider = page.locator(SEL.slider);
    expect(await slider.inputValue()).toBe('0.25');
    await slider.focus();
    await slider.press('PageUp');
    await expect.poll(() => query(page).get('xGe')).toBe('0.3');
    expect(query(page).get('view')).toBe('rate');
  });

  it('an unknown section or figure gets a notice, like any bad value', async () => {
    const { page } = app;
    await openAt(page, '?view=nothing&lock=banana');
    await page.locator(SEL.chart).waitFor({ state: 'visible' });
    const text = await shownAlertText(page);
    expect(text).toMatch(/nothing/);
    expect(text).toMatch(/banana/);
  });

  it('the script-tag embed takes data-view', async () => {
    const { page } = app;
    const base = inject('baseUrl');
    const host = await openWikiPage(
      page,
      '/wiki/Slide',
      `<!doctype html><html lang="en"><head><title>Slide</title></head><body>
<script type="module" src="${base}embed.js" data-view="rate" data-params="xGe=0.25"></script>
</body></html>`,
    );
    await page.locator(SEL.kineticsChart('rate')).waitFor({ state: 'visible', timeout: 30_000 });
    expect(await page.locator('[data-testid="figure-view"]').getAttribute('data-figure')).toBe(
      'rate',
    );
    expect(await page.locator(SEL.slider).inputValue()).toBe('0.25');
    expect(await page.locator(SEL.chart).count()).toBe(0);
    expect(page.url()).toBe(host);
  });
});
