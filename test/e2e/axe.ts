/** axe-core in the page, and the page made whole for it: shared by the accessibility tests. */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { waitForKinetics } from './harness';

/** The axe build that ships with the devDependency, injected into the page as a script. */
const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * Every lazy section rendered and the electrode model settled: scroll to the bottom (the
 * kinetics and model-fit chunks load when they near the screen), every <details> opened, then
 * back to the top.
 */
export async function loadEverything(page: Page): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.locator('[data-testid="model-fit"]').waitFor({ state: 'attached' });
  await page.locator('[data-testid="model-fit"]').scrollIntoViewIfNeeded();
  await waitForKinetics(page);
  // The data tables too: a closed <details> hides its table from axe.
  await page.evaluate(() => {
    for (const details of Array.from(document.querySelectorAll('details'))) details.open = true;
  });
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** axe's serious and critical findings, one line per offending element. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return (violations as AxeViolation[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id} (${v.help}): ${n.target.join(' ')}`));
}
