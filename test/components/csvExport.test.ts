// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHOICE_KEYS, DEFAULT_CHOICES, DEFAULT_INPUTS, INPUT_KEYS } from '../../src/core/inputs';
import { electrodeSizeOf } from '../../src/core/electrodeSize';
import { APP_NAME, APP_VERSION } from '../../src/export/appInfo';
import {
  formatCsvNumber,
  parseCsvWithHeader,
  quoteCsvField,
  writeCsvWithHeader,
} from '../../src/export/csv';
import { bareMetaKey, inputMetaKey, type ExportSettings } from '../../src/export/exportSettings';
import { figureCsv, figureFilename } from '../../src/export/figureCsv';
import type { FigureData } from '../../src/export/figureData';
import pkg from '../../package.json';
import { DownloadCsv } from '../../src/export/DownloadCsv';
import { DownloadParameters } from '../../src/export/DownloadParameters';
import { StoreContext } from '../../src/state/context';
import type { AppStore } from '../../src/state/store';
import { catchDownloads } from '../support/catchDownloads';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const EXPORTED_AT = '2025-06-01T12:00:00.000Z';
const settings: ExportSettings = {
  inputs: { ...DEFAULT_INPUTS, xGe: 0.0875, temperatureC: -20, electronicScale: 10 },
  choices: { ...DEFAULT_CHOICES, separator: 'Li10GeP2S12' },
};

/** A figure with awkward values: float noise, a non-finite value, text needing quotes. */
const awkward: FigureData = {
  id: 'sige-test-figure',
  title: 'A test figure, with a comma',
  rows: () => [
    { label: 'plain', x_um: 0.1 + 0.2, y_S_per_cm: 0.08750000000000001 },
    { label: 'a, b', x_um: Number.NaN, y_S_per_cm: 1e-21 },
    { label: 'say "hi"', x_um: Number.POSITIVE_INFINITY, y_S_per_cm: -0 },
    { label: 'two\nlines', x_um: -1234.5678901234567, y_S_per_cm: 6.02214076e23 },
  ],
};

describe('the CSV writer', () => {
  it('writes numbers without float noise, to 12 significant digits', () => {
    expect(formatCsvNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatCsvNumber(0.08750000000000001)).toBe('0.0875');
    expect(formatCsvNumber(1 / 3)).toBe('0.333333333333');
    expect(formatCsvNumber(-0)).toBe('0');
    expect(formatCsvNumber(1e-21)).toBe('1e-21');
  });

  it('leaves NaN and ±Infinity as empty cells', () => {
    for (const v of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(formatCsvNumber(v)).toBe('');
    }
    const text = figureCsv(awkward, null, EXPORTED_AT);
    expect(text).not.toMatch(/NaN|Infinity/);
    const parsed = parseCsvWithHeader(text);
    expect(parsed.rows[1]![1]).toBe('');
    expect(parsed.rows[2]![1]).toBe('');
  });

  it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
    expect(quoteCsvField('plain')).toBe('plain');
    expect(quoteCsvField('a, b')).toBe('"a, b"');
    expect(quoteCsvField('say "hi"')).toBe('"say ""hi"""');
    expect(quoteCsvField('two\nlines')).toBe('"two\nlines"');
    const text = writeCsvWithHeader({
      meta: [],
      columns: ['name, with comma', 'v'],
      rows: [['a, b', 1]],
    });
    expect(text).toBe('"name, with comma",v\n"a, b",1\n');
  });

  it('reads back what it writes: meta, columns and every number exactly as written', () => {
    const text = figureCsv(awkward, settings, EXPORTED_AT);
    const parsed = parseCsvWithHeader(text);
    expect(parsed.columns).toEqual(['label', 'x_um', 'y_S_per_cm']);
    expect(parsed.rows.map((r) => r[0])).toEqual(['plain', 'a, b', 'say "hi"', 'two\nlines']);
    const rows = awkward.rows();
    rows.forEach((row, i) => {
      for (const [j, column] of ['x_um', 'y_S_per_cm'].entries()) {
        const v = row[column] as number;
        const read = parsed.rows[i]![j + 1];
        if (!Number.isFinite(v)) expect(read).toBe('');
        else {
          expect(read).toBe(Number(v.toPrecision(12)));
          expect(Math.abs((read as number) - v)).toBeLessThanOrEqual(Math.abs(v) * 5e-12);
        }
      }
    });
    expect(parsed.rows[2]![2]).toBe(0);
    expect(parsed.rows[3]![2]).toBe(6.02214076e23);
    // Written again, the parsed table gives the same text: nothing is lost on a round trip.
    const again = writeCsvWithHeader({
      meta: Object.entries(parsed.meta),
      columns: parsed.columns,
      rows: parsed.rows.map((r) => r.map((c, j) => (j === 0 ? c : c === '' ? Number.NaN : c))),
    });
    expect(again).toBe(text);
  });

  it('parses CRLF files and a byte-order mark too', () => {
    const parsed = parseCsvWithHeader('\uFEFF# a: 1\r\nx,y\r\n1,"q\r\nr"\r\n');
    expect(parsed).toEqual({ meta: { a: '1' }, columns: ['x', 'y'], rows: [[1, 'q\r\nr']] });
  });
});

describe('the settings block of a downloaded figure', () => {
  const parsed = parseCsvWithHeader(figureCsv(awkward, settings, EXPORTED_AT));
  const keys = new Map(Object.keys(parsed.meta).map((k) => [bareMetaKey(k), k]));

  it('names the app, its version from package.json, the date and the figure', () => {
    expect(parsed.meta.app).toBe(APP_NAME);
    expect(APP_VERSION).toBe(pkg.version);
    expect(parsed.meta.version).toBe(pkg.version);
    expect(parsed.meta.exported).toBe(EXPORTED_AT);
    expect(parsed.meta.figure).toBe('A test figure, with a comma');
  });

  it('lists every input with its unit and every choice (a new one without a line fails)', () => {
    for (const key of INPUT_KEYS) {
      expect(keys.get(key), key).toBe(inputMetaKey(key));
    }
    for (const key of CHOICE_KEYS) {
      expect(keys.has(key), key).toBe(true);
      expect(parsed.meta[key]!.startsWith(settings.choices[key]), key).toBe(true);
    }
    expect(parsed.meta['temperatureC [°C]']).toBe('-20');
    expect(parsed.meta['particleRadiusUm [µm]']).toBe('0.5');
    expect(parsed.meta.xGe).toBe('0.0875');
    expect(parsed.meta.separator).toBe('Li10GeP2S12');
    expect(parsed.meta.electronicScale).toBe('10');
    expect(parsed.meta.whatIf).toMatch(/σe ×10/);
  });

  it('states the simulated layer: the held quantity and the one that follows', () => {
    const byLoading: ExportSettings = {
      inputs: { ...DEFAULT_INPUTS, loadingMgCm2: 2 },
      choices: { ...DEFAULT_CHOICES, electrodeBasis: 'loading' },
    };
    const meta = parseCsvWithHeader(figureCsv(awkward, byLoading, EXPORTED_AT)).meta;
    const size = electrodeSizeOf(byLoading.inputs, 'loading');
    expect(meta['loadingMgCm2 [mg/cm²]']).toBe('2');
    expect(Number(meta['thicknessUm [µm]'])).toBeCloseTo(size.thicknessUm, 9);
    expect(meta.electrode).toMatch(/^loading held/);
    expect(figureFilename(awkward, byLoading)).toBe(
      'sige-test-figure_x0.125_25C_r0.5um_m2mgcm2.csv',
    );
  });

  it('names the file by the figure and its key settings, file-system safe', () => {
    expect(figureFilename(awkward, settings)).toBe('sige-test-figure_x0.0875_-20C_r0.5um_L5um.csv');
    expect(figureFilename({ ...awkward, tags: ['a b/c'] }, null)).toBe(
      'sige-test-figure_a-b-c.csv',
    );
  });
});

/** Just enough of the app's store for the buttons: they read it when clicked. */
const fakeStore = (s: ExportSettings) => ({ getState: () => s }) as unknown as AppStore;

describe('the download buttons', () => {
  it('head the CSV with the page’s settings, read from the store when clicked', async () => {
    const saved = catchDownloads();
    render(
      createElement(
        StoreContext.Provider,
        { value: fakeStore(settings) },
        createElement(DownloadCsv, { data: awkward, describedBy: 'h' }),
      ),
    );
    const button = screen.getByRole('button', { name: 'Data (CSV)' });
    expect(button.getAttribute('data-testid')).toBe('download-sige-test-figure.csv');
    fireEvent.click(button);
    // The file-writing code is a chunk of its own: the first click may wait for it.
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toBe('sige-test-figure_x0.0875_-20C_r0.5um_L5um.csv');
    const parsed = parseCsvWithHeader(await saved[0]!.blob.text());
    expect(parsed.meta.separator).toBe('Li10GeP2S12');
    expect(Date.parse(parsed.meta.exported!)).not.toBeNaN();
  });

  it('prefer the settings a figure was computed for, and work without a store', async () => {
    const saved = catchDownloads();
    render(createElement(DownloadCsv, { data: { ...awkward, settings }, describedBy: 'h' }));
    fireEvent.click(screen.getByRole('button', { name: 'Data (CSV)' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(parseCsvWithHeader(await saved[0]!.blob.text()).meta.xGe).toBe('0.0875');
  });

  it('save both parameter sets as JSON, and show nothing outside the app', async () => {
    const saved = catchDownloads();
    const { container } = render(createElement(DownloadParameters));
    expect(container.textContent).toBe('');
    cleanup();
    render(
      createElement(
        StoreContext.Provider,
        { value: fakeStore(settings) },
        createElement(DownloadParameters),
      ),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Parameters (BPX JSON)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Parameters (PyBaMM JSON)' }));
    expect(saved.map((f) => f.name)).toEqual([
      'sige-parameters-bpx_x0.0875_-20C_r0.5um_L5um.json',
      'sige-parameters-pybamm_x0.0875_-20C_r0.5um_L5um.json',
    ]);
    const bpx = JSON.parse(await saved[0]!.blob.text());
    expect(bpx.Header.Model).toBe('Partial');
    const pybamm = JSON.parse(await saved[1]!.blob.text());
    expect(pybamm.Parameters['Ambient temperature [K]']).toBe(253.15);
  });
});
