import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Download, Locator, Page } from 'playwright-core';
import { SCREENSHOT_DIR, SEL, waitForKinetics, withApp } from './harness';

const app = withApp();

/** Clicks a download button; returns the suggested name and the saved file's bytes. */
async function download(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [saved]: [Download, void] = await Promise.all([
    page.waitForEvent('download'),
    button.click(),
  ]);
  const path = (await saved.path()) ?? '';
  // Kept beside the screenshots, to be looked at.
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  copyFileSync(path, `${SCREENSHOT_DIR}/${saved.suggestedFilename()}`);
  return { name: saved.suggestedFilename(), bytes: readFileSync(path) };
}

/** What an SVG viewer finds in the file: parsed by the browser's own XML parser. */
function parseSvg(page: Page, text: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const root = doc.documentElement;
    const size = (el: Element | null) => ({
      width: Number(el?.getAttribute('width')),
      height: Number(el?.getAttribute('height')),
    });
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      name: root.localName,
      namespace: root.namespaceURI,
      style: root.getAttribute('style') ?? '',
      ...size(root),
      title: root.querySelector(':scope > title')?.textContent ?? null,
      /** The drawings inside, each at its size on the page. */
      plots: Array.from(root.querySelectorAll(':scope > svg'), size),
      paths: Array.from(doc.querySelectorAll('path[d]'), (p) => p.getAttribute('d') ?? ''),
      caption: Array.from(doc.querySelectorAll('#caption text'), (t) => t.textContent ?? ''),
      pageOnly: doc.querySelectorAll('[class], [tabindex], [role], [style*="display"]').length,
    };
  }, text);
}

/** Width and height from a PNG's header: the IHDR chunk right after the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The PNG decoded by the browser: its corner pixel and how much of it is not white. */
function pngPixels(page: Page, bytes: Buffer) {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas');
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) {
      if ((data[i] ?? 255) < 200 || (data[i + 1] ?? 255) < 200 || (data[i + 2] ?? 255) < 200) {
        inked += 1;
      }
    }
    return { corner: Array.from(data.subarray(0, 4)), inkedShare: inked / (data.length / 4) };
  }, bytes.toString('base64'));
}

describe('figure images', () => {
  it('saves the rate figure as SVG with its curve and caption, and as PNG at twice its size', async () => {
    await app.open('?xGe=0.25');
    const { page } = app;
    await waitForKinetics(page);
    const chart = page.locator(SEL.kineticsChart('rate'));
    const figure = page.locator('figure', { has: chart });
    const svgButton = figure.getByRole('button', { name: 'Figure as SVG' });
    expect(await svgButton.getAttribute('aria-describedby')).toBe('rate-heading');
    expect(await svgButton.textContent()).toBe('SVG');

    const svgFile = await download(page, svgButton);
    expect(svgFile.name).toBe('sige-rate-capability_x0.25_25C_r0.5um_L5um.svg');
    const svg = await parseSvg(page, svgFile.bytes.toString('utf8'));
    expect(svg.error).toBeNull();
    expect([svg.name, svg.namespace]).toEqual(['svg', 'http://www.w3.org/2000/svg']);
    expect(svg.title).toBe('Rate capability (delithiation capacity against C-rate)');
    // The curve exactly as drawn, and the seven measured diamonds.
    const curve = await chart.locator('path[data-series="model"]').getAttribute('d');
    expect(curve).toMatch(/^M/);
    expect(svg.paths).toContain(curve);
    expect(svg.paths.length).toBeGreaterThanOrEqual(1 + 7);
    // The caption: title, settings (the Ge fraction among them) and the source of the points.
    // Lines as wrapped to the figure's width: a narrow figure breaks even the title.
    const caption = svg.caption.join(' ');
    expect(caption.startsWith(`${svg.title} app: SiGe Explorer;`)).toBe(true);
    expect(caption).toMatch(/xGe: 0\.25;/);
    expect(caption).toMatch(/temperatureC \[°C\]: 25;/);
    expect(caption).toMatch(/Measured data: LiXia2025 Fig\. 2d–e; Y\. Li, S\. Xia/);
    // Self-contained: the page's font stack, and nothing that only the page needed.
    expect(svg.style).toMatch(/font-family:system-ui/);
    expect(svg.pageOnly).toBe(0);

    // Sizes: the drawing at its CSS size on the page, the file as wide and taller (caption).
    const box = await chart.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { width: Math.round(r.width), height: Math.round(r.height) };
    });
    expect(svg.plots).toEqual([box]);
    expect(svg.width).toBe(box.width);
    expect(svg.height).toBeGreaterThan(box.height);

    const pngFile = await download(page, figure.getByRole('button', { name: 'Figure as PNG' }));
    expect(pngFile.name).toBe('sige-rate-capability_x0.25_25C_r0.5um_L5um.png');
    // Twice the CSS size in pixels, whatever the screen's pixel ratio.
    expect(pngSize(pngFile.bytes)).toEqual({ width: 2 * box.width, height: 2 * svg.height });
    const pixels = await pngPixels(page, pngFile.bytes);
    expect(pixels.corner).toEqual([255, 255, 255, 255]);
    expect(pixels.inkedShare).toBeGreaterThan(0.01);
    expect(pixels.inkedShare).toBeLessThan(0.5);
  });

  it('saves the conductivity and diffusivity figures, every layer and panel, with their sources', async () => {
    await app.open();
    const { page } = app;
    const conductivity = await download(page, page.getByTestId('download-sige-conductivity.svg'));
    const cond = await parseSvg(page, conductivity.bytes.toString('utf8'));
    expect(cond.error).toBeNull();
    // The chart and the layer with the current-x marker over it, at the same place.
    expect(cond.plots).toHaveLength(2);
    expect(cond.caption.join('\n')).toMatch(/Measured data: LiXia2025 Fig\. 1g–i/);

    const figure = page.locator('figure', {
      has: page.locator(SEL.diffusivityChart('lithiation')),
    });
    await figure.scrollIntoViewIfNeeded();
    const button = page.getByTestId('download-sige-li-diffusivity.svg');
    await button.waitFor();
    const diffusivity = await parseSvg(page, (await download(page, button)).bytes.toString('utf8'));
    expect(diffusivity.error).toBeNull();
    // Two panels, one with its marker layer.
    expect(diffusivity.plots).toHaveLength(3);
    expect(diffusivity.caption.join('\n')).toMatch(/Measured data: LiXia2025 Fig\. S11/);
  });

  it('says why when the browser cannot make the PNG, and the page carries on', async () => {
    await app.open();
    const { page } = app;
    // A browser that gives no 2D canvas (out of memory, a privacy setting).
    await page.evaluate(() => {
      HTMLCanvasElement.prototype.getContext = () => null;
    });
    const figure = page.locator('figure', { has: page.locator(SEL.chart) });
    await figure.getByRole('button', { name: 'Figure as PNG' }).click();
    const alert = figure.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe(
      'Could not save the PNG: the browser gave no canvas to draw it on.',
    );
    // The figure is still there and still answers the slider.
    await page.locator(SEL.preset('Si3Ge')).click();
    await expect.poll(() => page.locator(SEL.chart).getAttribute('data-rendered-x')).toBe('0.25');
  });
});
