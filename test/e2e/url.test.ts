import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEFAULT_INPUTS } from '../../src/core/inputs';
import { expectShowsX, findNonFinite, SEL, shownAlertText, sliderValue, withApp } from './harness';

const app = withApp();

const query = (page: Page) => new URL(page.url()).searchParams;

describe('state in the URL', () => {
  it('reproduces ?xGe=0.25&temperatureC=40 and keeps the query up to date', async () => {
    await app.open('?xGe=0.25&temperatureC=40');
    const { page } = app;
    expect(await sliderValue(page)).toBe(0.25);
    await expectShowsX(page, 0.25);
    expect(Number(await page.locator(SEL.setting('temperatureC')).inputValue())).toBe(40);
    expect(await page.locator(SEL.preset('Si3Ge')).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator(SEL.alert).filter({ visible: true }).count()).toBe(0);

    const historyLength = await page.evaluate(() => history.length);
    await page.locator(SEL.preset('Ge')).click();
    await expectShowsX(page, 1);
    await expect.poll(() => Number(query(page).get('xGe'))).toBe(1);
    expect(Number(query(page).get('temperatureC'))).toBe(40);

    const temperature = page.locator(SEL.setting('temperatureC'));
    await temperature.fill('60');
    await temperature.press('Enter');
    await expect.poll(() => Number(query(page).get('temperatureC'))).toBe(60);
    expect(Number(query(page).get('xGe'))).toBe(1);
    expect(new URL(page.url()).pathname).toBe('/lab/wiki/sige/');
    // replaceState, not pushState: dragging a slider must not flood the history.
    expect(await page.evaluate(() => history.length)).toBe(historyLength);

    // The updated URL reproduces the state in a fresh page.
    const shared = page.url();
    await page.goto(shared);
    await page.locator(SEL.chart).waitFor();
    await expectShowsX(page, 1);
    expect(Number(await page.locator(SEL.setting('temperatureC')).inputValue())).toBe(60);
  });

  it('reproduces a what-if multiplier and an electrode set by loading, and keeps them', async () => {
    await app.open('?electronicScale=10&loadingMgCm2=2');
    const { page } = app;
    expect(await page.locator(SEL.alert).filter({ visible: true }).count()).toBe(0);
    expect(await page.locator(SEL.setting('loadingMgCm2')).inputValue()).toBe('2');
    expect(await page.locator(SEL.choice('electrodeBasis', 'loading')).isChecked()).toBe(true);
    expect(await page.locator('[data-testid="conductivity-what-if"]').innerText()).toBe(
      'what-if: σe ×10',
    );
    // The link is written back with the basis it implied, and reproduces the same view.
    await expect.poll(() => query(page).get('electrodeBasis')).toBe('loading');
    expect(Number(query(page).get('electronicScale'))).toBe(10);
    expect(Number(query(page).get('loadingMgCm2'))).toBe(2);

    const scale = page.locator(SEL.setting('ionicScale'));
    await scale.fill('0.1');
    await scale.press('Enter');
    await expect.poll(() => Number(query(page).get('ionicScale'))).toBe(0.1);
    await page.goto(page.url());
    await page.locator(SEL.chart).waitFor();
    expect(await page.locator(SEL.setting('ionicScale')).inputValue()).toBe('0.1');
    expect(await page.locator(SEL.choice('electrodeBasis', 'loading')).isChecked()).toBe(true);
    expect(await page.locator('[data-testid="conductivity-what-if"]').innerText()).toBe(
      'what-if: σe ×10, σi ×0.1',
    );
    expect(await findNonFinite(page)).toEqual([]);
  });

  it('explains bad parameters, falls back to the defaults and still draws a finite chart', async () => {
    await app.open('?xGe=banana&thicknessUm=9999');
    const { page } = app;
    const text = await shownAlertText(page, '\n');
    expect(text, 'alert names the bad x').toMatch(/banana/);
    expect(text, 'alert names the bad thickness').toMatch(/9999/);
    expect(text).toMatch(/thickness/i);

    expect(await sliderValue(page)).toBe(DEFAULT_INPUTS.xGe);
    await expectShowsX(page, DEFAULT_INPUTS.xGe);
    expect(Number(await page.locator(SEL.setting('thicknessUm')).inputValue())).toBe(
      DEFAULT_INPUTS.thicknessUm,
    );

    for (const name of ['electronic', 'ionic', 'ambipolar'] as const) {
      const d = await page.locator(`${SEL.chart} ${SEL.series(name)}`).getAttribute('d');
      expect(d, `series "${name}"`).toMatch(/^M/);
    }
    expect(await findNonFinite(page)).toEqual([]);
  });
});
