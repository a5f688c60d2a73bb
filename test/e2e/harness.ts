/**
 * Shared plumbing for the e2e tests: one headless Chromium per test file, a fresh context
 * and page per test, and a watch on everything that would show a broken page (console
 * errors, uncaught exceptions, failed requests, HTTP errors, any request off localhost).
 * After each test the collected problems must be empty.
 *
 * Selectors are the contract between these tests and the UI (see SEL).
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The app's address: a localhost origin plus the sub-path, ending in "/". */
    baseUrl: string;
    chromiumPath: string;
    launchArgs: string[];
  }
}

export const SCREENSHOT_DIR = 'test-results/e2e';

export const SEL = {
  slider: 'input[type=range][data-testid="x-slider"]',
  xNumber: '[data-testid="x-number"]',
  preset: (id: string) => `[data-testid="preset-${id}"]`,
  setting: (key: string) => `[data-testid="input-${key}"]`,
  chart: 'svg[data-testid="conductivity-chart"]',
  series: (name: 'electronic' | 'ionic' | 'ambipolar') => `path[data-series="${name}"]`,
  marker: '[data-testid="current-x-marker"]',
  measuredPoint: '[data-testid="measured-point"]',
  balancedRegion: '[data-testid="balanced-region"]',
  readout: (key: string) => `[data-testid="readout-${key}"]`,
  tooltip: '[role="tooltip"]',
  alert: '[role="alert"]',
  modelStatus: '[data-testid="model-status"]',
  // The kinetics section: four figures, their controls and readouts.
  kineticsChart: (name: 'rate' | 'retention' | 'profile' | 'distribution') =>
    `svg[data-testid="${name}-chart"]`,
  measuredRatePoint: '[data-testid="measured-rate-point"]',
  measuredRetentionPoint: '[data-testid="measured-retention-point"]',
  choice: (key: string, value?: string) =>
    value ? `[data-testid="choice-${key}-${value}"]` : `[data-testid="choice-${key}"]`,
  limitingProcess: '[data-testid="limiting-process"]',
  kineticsStatus: '[data-testid="kinetics-status"]',
  // Where the lithium goes, and the full cell.
  lithiumSection: 'section.lithium',
  inventoryBar: 'svg[data-testid="inventory-bar"]',
  inventoryShare: '[data-testid="inventory-share"]',
  inventoryChart: 'svg[data-testid="inventory-chart"]',
  inventorySentence: '[data-testid="inventory-sentence"]',
  measuredInventoryBar: '[data-testid="measured-inventory-bar"]',
  fullCellChart: (name: 'voltage' | 'rate') => `svg[data-testid="fullcell-${name}-chart"]`,
  platingWarning: '[data-testid="plating-warning"]',
  // Li diffusivity: across x with the GITT points, and through one lithiation.
  diffusivityChart: (name: 'composition' | 'lithiation') =>
    `svg[data-testid="diffusivity-${name}-chart"]`,
  measuredDiffusivityPoint: '[data-testid="measured-diffusivity-point"]',
  diffusivityShape: '[data-testid="diffusivity-shape"]',
} as const;

export const PRESET_IDS = ['Si', 'Si15Ge', 'Si7Ge', 'Si3Ge', 'Ge'] as const;

/** Readouts that depend on the composition x (all must change when x does). */
export const X_DEPENDENT_READOUTS = [
  'xGe',
  'latticeConstant_A',
  'sigmaElectronic_S_per_cm',
  'xrd111TwoTheta_deg',
  'theoreticalCapacity_mAh_per_g',
] as const;

/** Chromium resolves no host but localhost: any request off the machine fails and is reported. */
const LOCALHOST_ONLY =
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1';

export interface AppSession {
  /** The current test's page (a new one for every test). */
  readonly page: Page;
  /** Problems seen so far in this test; must stay empty. */
  readonly problems: readonly string[];
  /** Opens the app at the sub-path with an optional query ("?xGe=0.25") and waits for the chart. */
  open(query?: string): Promise<void>;
  /**
   * Takes the problems matching `pattern` off the list and returns them: for a test that
   * breaks something on purpose (a chunk that fails to load) and expects to see it reported.
   */
  takeProblems(pattern: RegExp): string[];
}

function isLocal(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  try {
    const { hostname } = new URL(url);
    return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
  } catch {
    return false;
  }
}

function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') {
      const where = message.location().url;
      problems.push(`console.error: ${message.text()}${where ? ` (${where})` : ''}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.stack ?? error.message}`));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? '?';
    // The browser cancels what is still loading when the test navigates again (a reload,
    // a new query); that is not a failure of the app.
    if (reason === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${request.url()} (${reason})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('request', (request) => {
    if (!isLocal(request.url())) problems.push(`request off localhost: ${request.url()}`);
  });
  page.on('worker', (worker) =>
    worker.on('console', (message) => {
      if (message.type() === 'error') problems.push(`worker console.error: ${message.text()}`);
    }),
  );
  return problems;
}

function safeName(name: string): string {
  return name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '');
}

/**
 * Registers the hooks for one test file and returns the session the tests use.
 * Each test gets a fresh 1280×900 context; after it, any collected problem fails the test,
 * and a failed test leaves a screenshot in test-results/e2e/.
 */
export function withApp(): AppSession {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let problems: string[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: inject('chromiumPath'),
      args: [...inject('launchArgs'), LOCALHOST_ONLY],
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    if (!browser) throw new Error('browser did not start');
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    problems = watchProblems(page);
  });

  afterEach(async ({ task }) => {
    const seen = [...problems];
    if (task.result?.state === 'fail' && page) {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const path = `${SCREENSHOT_DIR}/failed-${safeName(task.name)}.png`;
      await page.screenshot({ path, fullPage: true }).catch(() => undefined);
    }
    await context?.close();
    context = undefined;
    page = undefined;
    expect(seen, 'console errors, uncaught exceptions or failed requests').toEqual([]);
  });

  return {
    get page() {
      if (!page) throw new Error('no page: use the session inside a test');
      return page;
    },
    get problems() {
      return problems;
    },
    takeProblems(pattern) {
      // In place: the page's listeners keep pushing to this same array.
      const taken = problems.filter((p) => pattern.test(p));
      const kept = problems.filter((p) => !pattern.test(p));
      problems.splice(0, problems.length, ...kept);
      return taken;
    },
    async open(query = '') {
      if (!page) throw new Error('no page: use the session inside a test');
      const response = await page.goto(inject('baseUrl') + query);
      expect(response?.status(), 'status of the page itself').toBe(200);
      await page.locator(SEL.chart).waitFor({ state: 'visible' });
      await page.waitForFunction(
        (selector) => document.querySelector(selector)?.hasAttribute('data-rendered-x') === true,
        SEL.chart,
      );
    },
  };
}

/** The text of the visible alerts, once there is one (a bad link's explanation). */
export async function shownAlertText(page: Page, separator = ' '): Promise<string> {
  const alert = page.locator(SEL.alert).filter({ visible: true });
  await expect.poll(() => alert.count()).toBeGreaterThan(0);
  return (await alert.allInnerTexts()).join(separator);
}

/**
 * Opens a page of a made-up wiki at `path` on the test server's origin, whose HTML body is
 * `body`: how an embed meets a host page that is not ours. Returns the page's address.
 */
export async function openWikiPage(page: Page, path: string, body: string): Promise<string> {
  const host = `${new URL(inject('baseUrl')).origin}${path}`;
  await page.route(host, (route) => route.fulfill({ contentType: 'text/html', body }));
  await page.goto(host);
  return host;
}

/** Waits until the chart draws the result for composition x (within 1e-9). */
export async function waitForRenderedX(page: Page, x: number): Promise<void> {
  await page
    .waitForFunction(
      ([selector, expected]) => {
        const raw = document.querySelector(selector)?.getAttribute('data-rendered-x');
        return raw != null && raw !== '' && Math.abs(Number(raw) - expected) < 1e-9;
      },
      [SEL.chart, x] as const,
      { timeout: 10_000 },
    )
    .catch(async (error: unknown) => {
      const now = await page.locator(SEL.chart).getAttribute('data-rendered-x');
      throw new Error(`chart never drew x = ${x} (data-rendered-x = ${now})`, { cause: error });
    });
}

/** Waits until the kinetics answer the current inputs and the retention curve is complete. */
export async function waitForKinetics(page: Page): Promise<void> {
  await page.waitForFunction(
    ([status, retention]) =>
      document.querySelector(status)?.getAttribute('data-status') === 'ready' &&
      document.querySelector(retention)?.getAttribute('data-status') === 'ready',
    [SEL.kineticsStatus, SEL.kineticsChart('retention')] as const,
    { timeout: 30_000 },
  );
  // The figures render an answer at low priority (deferred), after the status says ready:
  // let two frames and a task pass so they have caught up.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50))),
      ),
  );
}

/** A numeric attribute of the first match (NaN when absent). */
export async function numberAttr(locator: Locator, name: string): Promise<number> {
  const raw = await locator.first().getAttribute(name);
  return raw == null || raw === '' ? Number.NaN : Number(raw);
}

/**
 * The box of the first match once the layout has settled: the same across two animation
 * frames, with the element itself under its centre. Lazy sections and banners arriving
 * after load can move a control between measuring it and pressing the mouse on it.
 */
export async function settledBox(
  page: Page,
  selector: string,
): Promise<{ x: number; y: number; width: number; height: number }> {
  const handle = await page.waitForFunction(
    async (sel) => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const el = document.querySelector(sel);
      if (!el) return null;
      const a = el.getBoundingClientRect();
      await frame();
      await frame();
      const b = el.getBoundingClientRect();
      const same = a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
      const hit = document.elementFromPoint(b.x + b.width / 2, b.y + b.height / 2);
      return same && hit !== null && (hit === el || el.contains(hit))
        ? { x: b.x, y: b.y, width: b.width, height: b.height }
        : null;
    },
    selector,
    { timeout: 10_000 },
  );
  return (await handle.jsonValue()) as { x: number; y: number; width: number; height: number };
}

export async function sliderValue(page: Page): Promise<number> {
  return Number(await page.locator(SEL.slider).inputValue());
}

/** Text of every x-dependent readout, keyed by readout name. */
export async function readouts(page: Page): Promise<Record<string, string>> {
  const entries = await Promise.all(
    X_DEPENDENT_READOUTS.map(
      async (key) => [key, (await page.locator(SEL.readout(key)).innerText()).trim()] as const,
    ),
  );
  return Object.fromEntries(entries);
}

/** Marker and chart both show composition x. */
export async function expectShowsX(page: Page, x: number): Promise<void> {
  await waitForRenderedX(page, x);
  await expect.poll(() => numberAttr(page.locator(SEL.marker), 'data-x')).toBeCloseTo(x, 9);
}

/**
 * Every attribute of every element inside the page's SVGs (and the readouts' text) that
 * contains "NaN" or "Infinity" — a chart fed a bad number draws nothing or garbage.
 */
export async function findNonFinite(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bad: string[] = [];
    const describe = (el: Element) =>
      `<${el.tagName.toLowerCase()}${el.getAttribute('data-testid') ? ` data-testid=${el.getAttribute('data-testid')}` : ''}${el.getAttribute('data-series') ? ` data-series=${el.getAttribute('data-series')}` : ''}>`;
    for (const svg of Array.from(document.querySelectorAll('svg'))) {
      for (const el of [svg, ...Array.from(svg.querySelectorAll('*'))]) {
        for (const attr of Array.from(el.attributes)) {
          if (/NaN|Infinity/.test(attr.value)) {
            bad.push(`${describe(el)} ${attr.name}="${attr.value.slice(0, 80)}"`);
          }
        }
        if (el.children.length === 0 && /\bNaN\b/.test(el.textContent ?? '')) {
          bad.push(`${describe(el)} text "${el.textContent}"`);
        }
      }
    }
    for (const el of Array.from(document.querySelectorAll('[data-testid^="readout-"]'))) {
      if (/\bNaN\b|Infinity/.test(el.textContent ?? '')) {
        bad.push(`${describe(el)} text "${el.textContent}"`);
      }
    }
    return bad;
  });
}

/**
 * Text of a figure that cannot be read: any <text> of the SVGs matching `selector` that
 * pokes out of its own SVG (the frame clips it) or overlaps another text of the same SVG.
 */
export async function unreadableText(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const problems: string[] = [];
    for (const svg of Array.from(document.querySelectorAll(sel))) {
      const frame = svg.getBoundingClientRect();
      const boxes = Array.from(svg.querySelectorAll('text'))
        .map((t) => ({ text: t.textContent ?? '', box: t.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0);
      for (const { text, box } of boxes) {
        const inside =
          box.left >= frame.left - 0.5 &&
          box.right <= frame.right + 0.5 &&
          box.top >= frame.top - 0.5 &&
          box.bottom <= frame.bottom + 0.5;
        if (!inside) problems.push(`clipped: "${text}"`);
      }
      boxes.forEach((a, i) => {
        for (const b of boxes.slice(i + 1)) {
          const apart =
            a.box.right <= b.box.left ||
            b.box.right <= a.box.left ||
            a.box.bottom <= b.box.top ||
            b.box.bottom <= a.box.top;
          if (!apart) problems.push(`overlap: "${a.text}" / "${b.text}"`);
        }
      });
    }
    return problems;
  }, selector);
}
