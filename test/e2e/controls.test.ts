import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { PRESETS } from '../../src/core/presets';
import { expectShowsX, numberAttr, PRESET_IDS, SEL, sliderValue, withApp } from './harness';

const app = withApp();

const presetX = (id: string): number => {
  const preset = PRESETS.find((p) => p.id === id);
  if (!preset) throw new Error(`no preset ${id}`);
  return preset.xGe;
};

async function pressedPresets(page: Page): Promise<string[]> {
  const pressed: string[] = [];
  for (const id of PRESET_IDS) {
    const value = await page.locator(SEL.preset(id)).getAttribute('aria-pressed');
    expect(value, `preset-${id} aria-pressed`).toMatch(/^(true|false)$/);
    if (value === 'true') pressed.push(id);
  }
  return pressed;
}

/** Text of the alerts on the page and of whatever the box points to as its description. */
async function messagesAbout(box: Locator): Promise<string> {
  return box.evaluate((el) => {
    const ids =
      `${el.getAttribute('aria-describedby') ?? ''} ${el.getAttribute('aria-errormessage') ?? ''}`
        .split(/\s+/)
        .filter(Boolean);
    const texts = ids.map((id) => document.getElementById(id)?.textContent ?? '');
    for (const alert of Array.from(document.querySelectorAll('[role="alert"]'))) {
      texts.push(alert.textContent ?? '');
    }
    return texts.join(' | ').trim();
  });
}

describe('composition presets', () => {
  it('move the marker to the preset x and show which one is pressed', async () => {
    await app.open();
    const { page } = app;

    expect(presetX('Si7Ge')).toBe(0.125);
    expect(presetX('Ge')).toBe(1);

    await page.locator(SEL.preset('Ge')).click();
    await expectShowsX(page, 1);
    expect(await pressedPresets(page)).toEqual(['Ge']);

    await page.locator(SEL.preset('Si7Ge')).click();
    await expectShowsX(page, 0.125);
    expect(await numberAttr(page.locator(SEL.marker), 'data-x')).toBe(0.125);
    expect(await sliderValue(page)).toBe(0.125);
    expect(await pressedPresets(page)).toEqual(['Si7Ge']);

    for (const id of PRESET_IDS) {
      await page.locator(SEL.preset(id)).click();
      await expectShowsX(page, presetX(id));
      expect(await pressedPresets(page)).toEqual([id]);
    }
  });
});

describe('typed composition', () => {
  it('accepts a number on Enter and rejects text with a message, keeping what was typed', async () => {
    await app.open();
    const { page } = app;
    const box = page.locator(SEL.xNumber);

    await box.fill('0.0625');
    await box.press('Enter');
    await expectShowsX(page, 0.0625);
    expect(await sliderValue(page)).toBe(0.0625);

    await box.fill('abc');
    await box.press('Enter');
    await expect.poll(() => messagesAbout(box)).toMatch(/not a number|"abc"/i);
    expect(await box.inputValue(), 'the rejected text stays in the box').toBe('abc');
    expect(await box.getAttribute('aria-invalid')).toBe('true');
    // The model keeps the last good value.
    expect(await numberAttr(page.locator(SEL.marker), 'data-x')).toBe(0.0625);
    expect(await sliderValue(page)).toBe(0.0625);

    await box.fill('0.25');
    await box.press('Enter');
    await expectShowsX(page, 0.25);
    await expect.poll(() => messagesAbout(box)).not.toMatch(/not a number|"abc"/i);
    expect(await box.getAttribute('aria-invalid')).not.toBe('true');
  });
});
