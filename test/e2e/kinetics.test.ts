import { mkdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { KINETICS_CALIBRATION_NOTE } from '../../src/components/kinetics/calibrationNote';
import { findNonFinite, SCREENSHOT_DIR, SEL, waitForKinetics, withApp } from './harness';

const app = withApp();

const CHARTS = ['rate', 'retention', 'profile', 'distribution'] as const;
type ChartName = (typeof CHARTS)[number];

/** The main series of each chart. */
const MAIN_SERIES: Record<ChartName, string> = {
  rate: 'model',
  retention: 'retention',
  profile: 'profile-1-delithiation',
  distribution: 'reaction',
};

const query = (page: Page) => new URL(page.url()).searchParams;

async function renderedKeys(page: Page): Promise<Record<ChartName, string | null>> {
  const entries = await Promise.all(
    CHARTS.map(
      async (name) =>
        [
          name,
          await page.locator(SEL.kineticsChart(name)).getAttribute('data-rendered-key'),
        ] as const,
    ),
  );
  return Object.fromEntries(entries) as Record<ChartName, string | null>;
}

/** Waits until every named chart shows a drawing other than the one recorded. */
async function expectRedrawn(
  page: Page,
  before: Record<ChartName, string | null>,
  names: readonly ChartName[],
) {
  for (const name of names) {
    await expect
      .poll(() => page.locator(SEL.kineticsChart(name)).getAttribute('data-rendered-key'), {
        timeout: 30_000,
        message: `${name} chart redrawn`,
      })
      .not.toBe(before[name]);
  }
}

async function typeInto(page: Page, key: string, value: string) {
  const box = page.locator(SEL.setting(key));
  await box.fill(value);
  await box.press('Enter');
}

describe('electrode kinetics', () => {
  it('draws four figures with measured points, readouts and the caveat, in a second worker', async () => {
    await app.open();
    const { page } = app;
    await waitForKinetics(page);

    for (const name of CHARTS) {
      const svg = page.locator(SEL.kineticsChart(name));
      await svg.waitFor({ state: 'visible' });
      expect(await svg.getAttribute('data-rendered-key'), name).toMatch(/^\w+$/);
      const d = await svg.locator(`path[data-series="${MAIN_SERIES[name]}"]`).getAttribute('d');
      expect(d, `${name} has a drawn series`).toMatch(/^M/);
    }
    expect(await page.locator(SEL.measuredRatePoint).count()).toBe(7);
    expect(await page.locator(SEL.measuredRetentionPoint).count()).toBe(3);
    // Read with the section on screen, as a visitor would: at 1280 × 900 it starts more than
    // 1.5 viewports down, where Chrome skips rendering it (content-visibility) and
    // innerText is empty until a frame after it comes near.
    await page.locator(SEL.limitingProcess).scrollIntoViewIfNeeded();
    await expect
      .poll(() => page.locator(SEL.limitingProcess).innerText())
      .toMatch(/^Limited by [a-z -]+ \(\d+ % of the [\d.]+ V polarisation\)$/);
    expect(await page.locator('[data-testid="calibration-note"]').innerText()).toBe(
      KINETICS_CALIBRATION_NOTE,
    );
    expect(await findNonFinite(page)).toEqual([]);
    // The conductivity figure has a worker of its own; the kinetics run in a pool of one to
    // four more (one per core but one; a second starts only when the first is busy).
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    expect(page.workers().length).toBeGreaterThanOrEqual(2);
    expect(page.workers().length).toBeLessThanOrEqual(1 + Math.max(1, Math.min(4, cores - 1)));

    const point = page.locator(SEL.measuredRatePoint).first();
    await point.focus();
    const tooltip = page.locator(SEL.tooltip).filter({ visible: true });
    await tooltip.first().waitFor({ state: 'visible' });
    expect(await tooltip.first().innerText()).toMatch(/Si₇Ge[\s\S]*LiXia2025 Fig\. 2d–e/);
  });

  it('redraws for a new porosity and a new snapshot; the retention curve only for the former', async () => {
    await app.open();
    const { page } = app;
    await waitForKinetics(page);
    const initial = await renderedKeys(page);

    await typeInto(page, 'porosity', '0.35');
    await expectRedrawn(page, initial, CHARTS);
    await waitForKinetics(page);
    expect(Number(query(page).get('porosity'))).toBe(0.35);

    const afterPorosity = await renderedKeys(page);
    await page.locator(SEL.choice('snapshotBranch', 'delithiation')).check();
    await typeInto(page, 'snapshotDepth', '0.3');
    await expectRedrawn(page, afterPorosity, ['rate', 'profile', 'distribution']);
    await waitForKinetics(page);
    // The figures render their answer at low priority: poll rather than read once. Its text,
    // not innerText: off screen, the figure may be skipped (content-visibility), and then
    // innerText is empty.
    await expect
      .poll(() => page.locator('[data-testid="snapshot-moment"]').textContent(), {
        timeout: 15_000,
      })
      .toBe('Delithiation at 1 C, 30 % of theoretical capacity');
    // The snapshot is not part of the cell: the retention curve was not recomputed.
    expect(
      await page.locator(SEL.kineticsChart('retention')).getAttribute('data-rendered-key'),
    ).toBe(afterPorosity.retention);
    await expect.poll(() => query(page).get('snapshotBranch')).toBe('delithiation');
    expect(await findNonFinite(page)).toEqual([]);

    await page.setViewportSize({ width: 1400, height: 1000 });
    await waitForKinetics(page);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOT_DIR}/kinetics.png`, fullPage: true });
  });

  it('explains itself from the keyboard, and its recipe sets the snapshot it describes', async () => {
    await app.open();
    const { page } = app;
    await waitForKinetics(page);
    const summary = page.locator('[data-testid="kinetics-intro"] summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('[data-testid="kinetics-intro"]').getAttribute('open'))
      .not.toBeNull();
    const button = page.getByRole('button', { name: 'Set this snapshot' });
    await button.focus();
    await page.keyboard.press('Enter');
    // Far below, maybe skipped by content-visibility: its text, not innerText (empty then).
    await expect
      .poll(() => page.locator('[data-testid="snapshot-moment"]').textContent(), {
        timeout: 15_000,
      })
      .toBe('Lithiation at 1 C, 5 % of theoretical capacity');
    await expect.poll(() => query(page).get('snapshotDepth')).toBe('0.05');
  });

  it('hands out the numbers behind a figure as CSV, and the retention curve once it is complete', async () => {
    await app.open('?xGe=0.25');
    const { page } = app;
    await waitForKinetics(page);
    const rate = page.locator('figure', { has: page.locator(SEL.kineticsChart('rate')) });
    const button = rate.getByRole('button', { name: 'Data (CSV)' });
    expect(await button.getAttribute('aria-describedby')).toBe('rate-heading');
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    // The name carries the figure and the settings it was computed at.
    expect(download.suggestedFilename()).toBe('sige-rate-capability_x0.25_25C_r0.5um_L5um.csv');
    const lines = readFileSync((await download.path()) ?? '', 'utf8')
      .trim()
      .split(/\r?\n/);
    // A block of '# key: value' settings first, then the table.
    const settings = lines.filter((l) => l.startsWith('#'));
    expect(settings.join('\n')).toMatch(/# xGe: 0\.25/);
    const text = lines.filter((l) => !l.startsWith('#'));
    expect(text[0]).toBe('xGe,cRate_C,delithiationCapacity_mAh_per_g');
    expect(text).toHaveLength(1 + 9);
    for (const line of text.slice(1)) {
      for (const cell of line.split(',')) expect(Number.isFinite(Number(cell)), line).toBe(true);
    }
    const retention = page.locator('figure', { has: page.locator(SEL.kineticsChart('retention')) });
    await retention.getByRole('button', { name: 'Data (CSV)' }).waitFor();
  });

  it('reproduces kinetics settings from the link and explains unusable ones', async () => {
    await app.open(
      '?porosity=0.3&separator=Li10GeP2S12&snapshotBranch=delithiation&profileRate3=5',
    );
    const { page } = app;
    await waitForKinetics(page);
    expect(await page.locator(SEL.choice('separator')).inputValue()).toBe('Li10GeP2S12');
    expect(await page.locator(SEL.choice('snapshotBranch', 'delithiation')).isChecked()).toBe(true);
    expect(Number(await page.locator(SEL.setting('profileRate3')).inputValue())).toBe(5);
    expect(
      await page
        .locator(`${SEL.kineticsChart('profile')} path[data-series="profile-3-lithiation"]`)
        .getAttribute('data-rate'),
    ).toBe('5');

    await page.goto(new URL('?separator=unobtainium&snapshotBranch=sideways', page.url()).href);
    const alert = page.locator(SEL.alert).filter({ visible: true });
    await expect.poll(() => alert.count()).toBeGreaterThan(0);
    const text = (await alert.allInnerTexts()).join('\n');
    expect(text).toMatch(/unobtainium/);
    expect(text).toMatch(/sideways/);
    expect(await page.locator(SEL.choice('separator')).inputValue()).toBe('Li6PS5Cl');
  });

  it('stays usable 900 px wide: no sideways scrolling, every figure drawn', async () => {
    await app.page.setViewportSize({ width: 900, height: 1000 });
    await app.open();
    const { page } = app;
    await waitForKinetics(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, 'horizontal overflow, px').toBeLessThanOrEqual(0);
    for (const name of CHARTS) {
      const box = await page.locator(SEL.kineticsChart(name)).boundingBox();
      expect(box?.width, `${name} width`).toBeGreaterThan(300);
    }
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOT_DIR}/kinetics-900.png`, fullPage: true });
  });
});
