// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createElement, Fragment } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Legend, LineSwatch, SymbolSwatch } from '../../src/charts/kit/Legend';
import { MEASURED_SYMBOL_PATH } from '../../src/charts/rate/measuredRate';
import { RateChart } from '../../src/charts/rate/RateChart';
import { DEFAULT_CHOICES, DEFAULT_INPUTS } from '../../src/core/inputs';
import { computeKinetics, type KineticsView } from '../../src/core/kinetics/api';
import { DownloadFigure } from '../../src/export/DownloadFigure';
import { figureCaption } from '../../src/export/figureCaption';
import { figureFilename } from '../../src/export/figureCsv';
import type { FigureData } from '../../src/export/figureData';
import { rateData } from '../../src/export/kineticsFigureData';
import { figureSvg } from '../../src/export/figureSvg';
import { wrapText } from '../../src/export/svgText';
import { catchDownloads } from '../support/catchDownloads';

// The page's own stylesheets, so that the copy has real computed styles to inline.
const STYLES = ['base', 'chart'].map((name) => readFileSync(`src/styles/${name}.css`, 'utf8'));
const EXPORTED_AT = '2025-06-01T12:00:00.000Z';
const SIZE = { width: 520, height: 340 };

let view: KineticsView;
let data: FigureData;
beforeAll(() => {
  view = computeKinetics({ ...DEFAULT_INPUTS, xGe: 0.25 }, DEFAULT_CHOICES);
  data = rateData(view);
  for (const css of STYLES) {
    const style = document.createElement('style');
    style.textContent = css;
    document.head.append(style);
  }
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** The rate figure as the page has it: a <figure> with its key, the chart and a button. */
function renderRateFigure(extra: ReturnType<typeof createElement> | null = null) {
  return render(
    createElement(
      'figure',
      null,
      createElement('h3', { id: 'rate-heading' }, 'Rate capability'),
      extra,
      createElement(Legend, {
        label: 'Legend: rate capability',
        entries: [
          { key: 'model', swatch: createElement(LineSwatch, { color: '#0072B2' }), label: 'model' },
          {
            key: 'measured',
            swatch: createElement(SymbolSwatch, { d: MEASURED_SYMBOL_PATH, fill: '#D55E00' }),
            label: createElement(Fragment, null, 'measured σ', createElement('sub', null, 'e')),
          },
        ],
      }),
      createElement(RateChart, { curve: view.rateCurve, xGe: 0.25, renderedKey: 'k', ...SIZE }),
    ),
  );
}

/** The file of the rendered figure, parsed as an SVG viewer would. */
function exportedFigure() {
  const figure = document.querySelector('figure')!;
  const svg = figureSvg({
    plots: Array.from(figure.querySelectorAll<SVGSVGElement>('svg.chart')),
    legends: Array.from(figure.querySelectorAll('ul.legend')),
    title: data.title,
    caption: figureCaption(data, data.settings ?? null, EXPORTED_AT),
  });
  const doc = new DOMParser().parseFromString(svg.text, 'image/svg+xml');
  return { svg, doc, root: doc.documentElement };
}

const captionText = (doc: Document) =>
  Array.from(doc.querySelectorAll('#caption text'), (t) => t.textContent ?? '');

describe('a figure as a standalone SVG', () => {
  it('parses as SVG, with its namespace, size, title and a white background', () => {
    renderRateFigure();
    const { svg, doc, root } = exportedFigure();
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(svg.text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    expect(root.localName).toBe('svg');
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(svg.width).toBe(SIZE.width);
    // Taller than the chart: the key above it, the caption below.
    expect(svg.height).toBeGreaterThan(SIZE.height + 100);
    expect(root.getAttribute('width')).toBe(String(svg.width));
    expect(root.getAttribute('height')).toBe(String(svg.height));
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${svg.width} ${svg.height}`);
    expect(root.firstElementChild?.localName).toBe('title');
    expect(root.firstElementChild?.textContent).toBe(data.title);
    const background = root.querySelector(':scope > rect');
    expect(background?.getAttribute('fill')).toBe('#fff');
    expect(background?.getAttribute('height')).toBe(String(svg.height));
    // The page's font stack, named once at the top; no web font is embedded.
    expect(root.getAttribute('style')).toMatch(/font-family:system-ui, -apple-system/);
    expect(svg.text).not.toMatch(/@font-face|url\(/);
  });

  it('holds the drawn curve, the measured points and the key', () => {
    renderRateFigure();
    const model = screen.getByTestId('rate-chart').querySelector('path[data-series="model"]');
    const { doc } = exportedFigure();
    const paths = Array.from(doc.querySelectorAll('path[d]'), (p) => p.getAttribute('d'));
    expect(paths).toContain(model?.getAttribute('d'));
    // Seven measured diamonds in the chart, one in the key.
    expect(paths.filter((d) => d === MEASURED_SYMBOL_PATH)).toHaveLength(7 + 1);
    const texts = Array.from(doc.querySelectorAll('text'), (t) => t.textContent);
    expect(texts).toContain('C-rate (log scale)');
    expect(texts).toContain('model');
    const subscript = doc.querySelector('tspan[baseline-shift="sub"]');
    expect(subscript?.textContent).toBe('e');
    expect(subscript?.parentElement?.textContent).toBe('measured σe');
  });

  it('inlines the stylesheet’s paint where it differs from the inherited one', () => {
    renderRateFigure();
    const { doc } = exportedFigure();
    const title = Array.from(doc.querySelectorAll('text')).find(
      (t) => t.textContent === 'C-rate (log scale)',
    );
    // chart.css: .chart text { font-size: 13px }, .axis-title { font-weight: 600 }
    expect(title?.getAttribute('style')).toMatch(/font-size:13px/);
    expect(title?.getAttribute('style')).toMatch(/font-weight:600/);
    // Not repeated where the parent already says it: the stack is named at the top only.
    expect(title?.getAttribute('style')).not.toMatch(/font-family/);
  });

  it('writes the title, the settings as the CSV states them and every source below', () => {
    renderRateFigure();
    const { doc } = exportedFigure();
    const lines = captionText(doc);
    expect(lines[0]).toBe(data.title);
    const text = lines.join(' ');
    expect(text).toMatch(/app: SiGe Explorer; version: \d+\.\d+\.\d+; exported: 2025-06-01T12:00/);
    expect(text).toMatch(/Settings: xGe: 0\.25; temperatureC \[°C\]: 25;/);
    expect(text).toMatch(/separator: Li6PS5Cl/);
    expect(text).toMatch(/Measured data: LiXia2025 Fig\. 2d–e; Y\. Li, S\. Xia/);
    expect(text).toMatch(/doi:10\.1002\/aenm\.202503265/);
    // A key: value is never split across lines.
    expect(lines.some((l) => l.includes('xGe: 0.25;'))).toBe(true);
    // Every line fits the figure's width at the estimated character width.
    for (const line of lines.slice(1)) expect(line.length).toBeLessThanOrEqual(72);
  });

  it('leaves out what is hidden or only there for the pointer and the keyboard', () => {
    renderRateFigure();
    const chart = screen.getByTestId('rate-chart');
    chart.insertAdjacentHTML(
      'beforeend',
      '<g style="display: none"><text>hidden label</text></g><text style="visibility: hidden">invisible</text>',
    );
    // Dimmed while a new answer is computed: a state of the page, not of the drawing.
    chart.style.opacity = '0.45';
    // The page has focus rings and hit areas on every measured point.
    expect(chart.querySelectorAll('.focus-ring')).toHaveLength(7);
    expect(chart.querySelectorAll('.hit-area')).toHaveLength(7);
    const { svg, doc } = exportedFigure();
    expect(svg.text).not.toMatch(/hidden label|invisible/);
    expect(doc.querySelectorAll('circle[r="10"], circle[r="13"]')).toHaveLength(0);
    expect(doc.querySelector(':root > svg')?.getAttribute('style')).not.toMatch(/opacity/);
    for (const element of Array.from(doc.querySelectorAll('*'))) {
      const names = element.getAttributeNames();
      expect(names.filter((n) => /^(class|tabindex|role|aria-|data-)/.test(n))).toEqual([]);
      expect(element.getAttribute('style') ?? '').not.toMatch(/display:\s*none/);
    }
  });

  it('names the files as the CSV, with .svg and .png', () => {
    expect(figureFilename(data, data.settings!, 'svg')).toBe(
      'sige-rate-capability_x0.25_25C_r0.5um_L5um.svg',
    );
    expect(figureFilename(data, data.settings!, 'png')).toBe(
      'sige-rate-capability_x0.25_25C_r0.5um_L5um.png',
    );
  });
});

describe('the keys of an exported figure', () => {
  /** A key as the page renders one: swatch and label per entry, and whatever else it holds. */
  function key(entries: readonly string[]): HTMLUListElement {
    const list = document.createElement('ul');
    list.className = 'legend';
    list.innerHTML = entries.join('');
    document.body.append(list);
    return list;
  }
  const swatch = '<svg width="34" height="16"><line x1="2" x2="32" y1="8" y2="8"></line></svg>';

  it('keys the pins and the shown imported sets too, and leaves out buttons and hidden sets', () => {
    const own = key([`<li>${swatch}<span>model</span></li>`]);
    const pins = key([
      `<li>${swatch}<span>pinned x = 0 (Si)</span><button type="button">×</button></li>`,
    ]);
    const imported = key([
      `<li><label><input type="checkbox" checked>${swatch}<span>cell A</span></label><button type="button">×</button></li>`,
      `<li><label><input type="checkbox">${swatch}<span>cell B</span></label></li>`,
    ]);
    renderRateFigure();
    const plots = Array.from(document.querySelectorAll<SVGSVGElement>('svg.chart'));
    const svg = figureSvg({ plots, legends: [own, pins, imported], title: 't', caption: [] });
    const doc = new DOMParser().parseFromString(svg.text, 'image/svg+xml');
    const texts = Array.from(doc.querySelectorAll('text'), (t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(['model', 'pinned x = 0 (Si)', 'cell A']));
    expect(texts).not.toContain('cell B');
    expect(texts.join(' ')).not.toContain('×');
    for (const list of [own, pins, imported]) list.remove();
  });
});

describe('wrapping the caption', () => {
  it('breaks after "; " before it breaks between words, and never past the line', () => {
    const text = 'a: 1; bb: 22; a long value with words; c: 3';
    expect(wrapText(text, 14)).toEqual(['a: 1; bb: 22;', 'a long value', 'with words;', 'c: 3']);
    expect(wrapText('short', 14)).toEqual(['short']);
  });
});

describe('the SVG and PNG buttons', () => {
  it('save the figure they sit in under the CSV’s name, described by its heading', async () => {
    const saved = catchDownloads();
    renderRateFigure(createElement(DownloadFigure, { data, describedBy: 'rate-heading' }));
    const button = screen.getByRole('button', { name: 'Figure as SVG' });
    expect(button.textContent).toBe('SVG');
    expect(button.getAttribute('aria-describedby')).toBe('rate-heading');
    expect(button.getAttribute('data-testid')).toBe('download-sige-rate-capability.svg');
    expect(screen.getByRole('button', { name: 'Figure as PNG' }).getAttribute('data-testid')).toBe(
      'download-sige-rate-capability.png',
    );
    fireEvent.click(button);
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toBe('sige-rate-capability_x0.25_25C_r0.5um_L5um.svg');
    expect(saved[0]!.blob.type).toBe('image/svg+xml;charset=utf-8');
    const doc = new DOMParser().parseFromString(await saved[0]!.blob.text(), 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(captionText(doc)[0]).toBe(data.title);
  });

  it('say why when the figure cannot be saved, and throw nothing', async () => {
    const saved = catchDownloads();
    render(
      createElement(
        'figure',
        null,
        createElement(DownloadFigure, { data, describedBy: 'h' }),
        createElement('div', { className: 'chart-placeholder' }, 'Computing…'),
      ),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Figure as SVG' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Could not save the SVG: the figure is not drawn yet.');
    expect(saved).toHaveLength(0);
  });
});
