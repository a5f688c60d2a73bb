import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectShowsX, SEL, sliderValue, withApp } from './harness';

const app = withApp();

const RESET = '[data-testid="reset-all"]';
const DIALOG = '[data-testid="shortcuts-dialog"]';

/** Starts recording every sentence the polite region receives (each is a new node). */
async function listen(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const heard: string[] = [];
    (window as unknown as { heard: string[] }).heard = heard;
    const region = document.querySelector('[data-testid="announcer"]');
    if (!region) throw new Error('no live region');
    new MutationObserver((records) => {
      for (const r of records) r.addedNodes.forEach((n) => heard.push(n.textContent ?? ''));
    }).observe(region, { childList: true });
  });
  return () => page.evaluate(() => [...(window as unknown as { heard: string[] }).heard]);
}

describe('Reset all', () => {
  it('puts every setting back, empties the address and says so once; Alt+R does the same', async () => {
    await app.open('?xGe=0.5&temperatureC=60&cathode=lco');
    const { page } = app;
    const heard = await listen(page);
    await page.locator(RESET).click();
    expect(await sliderValue(page)).toBe(0.125);
    await expectShowsX(page, 0.125);
    expect(await page.locator(SEL.setting('temperatureC')).inputValue()).toBe('25');
    expect(new URL(page.url()).search).toBe('');
    expect(new URL(page.url()).pathname).toBe('/lab/wiki/sige/');
    expect(await heard()).toEqual(['All settings reset to their defaults.']);

    // The shortcut, from the slider after a change.
    const slider = page.locator(SEL.slider);
    await slider.focus();
    await page.keyboard.press('PageUp');
    await expect.poll(() => new URL(page.url()).searchParams.get('xGe')).toBe('0.175');
    await page.keyboard.press('Alt+r');
    expect(await sliderValue(page)).toBe(0.125);
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await expect
      .poll(heard)
      .toEqual(['All settings reset to their defaults.', 'All settings reset to their defaults.']);
  });
});

describe('the keyboard shortcuts dialog', () => {
  it('opens with ?, holds focus inside, and closes with Escape back on the slider', async () => {
    await app.open();
    const { page } = app;
    const dialog = page.locator(DIALOG);
    await page.locator(SEL.slider).focus();
    await page.keyboard.press('?');
    await dialog.waitFor({ state: 'visible' });
    expect(await dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    // Modal: the page behind is inert. Tab goes round the dialog's controls and, past the
    // last, out to the browser's own UI (the document then has no focused element), never
    // to a control behind the dialog.
    const focusAt = () =>
      page.evaluate((sel) => {
        const active = document.activeElement;
        if (!active || active === document.body) return 'outside the page';
        return document.querySelector(sel)?.contains(active) ? 'dialog' : 'behind';
      }, DIALOG);
    expect(await focusAt()).toBe('dialog');
    const seen = new Set<string>();
    for (let i = 0; i < 4; i += 1) {
      await page.keyboard.press('Tab');
      seen.add(await focusAt());
    }
    expect(seen.has('behind')).toBe(false);
    expect(seen.has('dialog')).toBe(true);
    expect(await dialog.innerText()).toContain('Alt');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'x-slider',
    );
  });
});

describe('context responses', () => {
  it('says "balanced" once when arrow keys bring x into the band, and not on every step', async () => {
    await app.open('?xGe=0');
    const { page } = app;
    const heard = await listen(page);
    const slider = page.locator(SEL.slider);
    await slider.focus();
    expect(await slider.getAttribute('aria-valuetext')).toBe('x = 0, Si, electron-poor');
    // 0 → 0.125 in steps of 0.0025: the band's lower edge lies near 0.07.
    for (let i = 0; i < 50; i += 1) await page.keyboard.press('ArrowRight');
    expect(await sliderValue(page)).toBe(0.125);
    expect(await slider.getAttribute('aria-valuetext')).toBe('x = 0.125, Si₇Ge, balanced');
    const said = await heard();
    expect(said.filter((s) => /balanced/i.test(s))).toHaveLength(1);
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/^Balanced at x = 0\.0\d+/);
    await expect
      .poll(() => page.locator('[data-testid="screen-summary"]').innerText())
      .toMatch(/^Si₇Ge \(x = 0\.125\) .* is balanced/);
  });
});
