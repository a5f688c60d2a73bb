// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FIT_FIGURES, fitFiguresOf, type FitFigure } from '../../src/charts/parity/fitFigures';
import { readStoredFit } from '../../src/charts/parity/storedFit';
import {
  kineticsCalibrationNote,
  UNCOUNTED_NOTE,
} from '../../src/components/kinetics/calibrationNote';
import { ModelVsExperiment } from '../../src/components/modelFit/ModelVsExperiment';
import { convertedPercent } from '../../src/components/modelFit/ModelLimits';
import calibration from '../../src/core/calibration.json';
import { INPUT_SPECS } from '../../src/core/inputs';
import { shortCitation } from '../../src/format/citation';
import { formatInputValue } from '../../src/format/number';
import { FIXTURE_FILE, FIXTURE_FIT } from './fitFixture';

afterEach(cleanup);

type RawRow = Record<string, unknown>;

/** The stored rows as the file has them, read without the app's accessor. */
function rawRows(file: unknown): { transport: RawRow[]; kinetic: RawRow[] } {
  const f = file as { fit?: { residuals?: RawRow[] }; kineticFit?: { residuals?: RawRow[] } };
  return { transport: f.fit?.residuals ?? [], kinetic: f.kineticFit?.residuals ?? [] };
}

/** Within target, judged from the raw row: 0.1 decade for transport, the stored score otherwise. */
const rawWithin = (r: RawRow) =>
  'log10Error' in r ? Math.abs(Number(r.log10Error)) <= 0.1 : Math.abs(Number(r.score)) <= 1;

const points = () => screen.getAllByTestId('parity-point');
const rows = () => screen.getAllByTestId('residual-row');
const byFigure = (list: HTMLElement[], id: string) =>
  list.filter((el) => el.getAttribute('data-figure') === id);

const FIXTURE_FIGURES = fitFiguresOf(FIXTURE_FIT);
const FIXTURE_RAW = rawRows(FIXTURE_FILE);
const FIXTURE_DRAWABLE = [
  ...FIXTURE_RAW.transport,
  ...FIXTURE_RAW.kinetic.filter((r) => 'score' in r),
];

describe('Model vs experiment: the committed calibration', () => {
  it('reads every stored residual, and draws each as a point and a table row', () => {
    const raw = rawRows(calibration);
    const stored = raw.transport.length + raw.kinetic.length;
    expect(FIT_FIGURES).toHaveLength(stored);
    render(<ModelVsExperiment />);
    expect(screen.queryAllByTestId('parity-point')).toHaveLength(stored);
    expect(screen.queryAllByTestId('residual-row')).toHaveLength(stored);
    for (const f of FIT_FIGURES) {
      expect(byFigure(points(), f.id), f.id).toHaveLength(1);
      expect(byFigure(rows(), f.id), f.id).toHaveLength(1);
    }
    const within = [...raw.transport, ...raw.kinetic].filter(rawWithin).length;
    expect(screen.getByTestId('fit-summary').textContent).toMatch(
      new RegExp(`^${within} of ${stored} figures within their target;`),
    );
    // Beside the fit, how far the model's own numbers can be trusted (npm run convergence).
    expect(screen.getByTestId('numerical-accuracy').textContent).toMatch(
      /0\.5 %.*1\.1 %.*Si and Ge are not converged/,
    );
  });

  it('says what the model adds for Si and what it lacks for Ge, from the fitted parameters', () => {
    render(<ModelVsExperiment />);
    const text = screen.getByTestId('model-limits').textContent ?? '';
    const core = calibration.params.kinetics.siliconCoreFraction;
    // The converted share of pure Si follows the fitted core; the alloys convert more.
    expect(text).toContain(`converts only ${Math.round(100 * (1 - core))} % of each particle`);
    expect(convertedPercent(0.125)).toBeGreaterThan(100 * (1 - core));
    expect(text).toMatch(/Not in the model: Li plating/);
    expect(text).toMatch(/measured 13\.8 %/);
  });

  it('counts the kinetics caveat from the stored electrochemical residuals', () => {
    const { kinetic } = rawRows(calibration);
    const note = kineticsCalibrationNote(FIT_FIGURES);
    if (kinetic.length === 0) expect(note).toBe(UNCOUNTED_NOTE);
    else {
      expect(note).toBe(
        `Calibrated: ${kinetic.filter(rawWithin).length} of ${kinetic.length} measured figures ` +
          'within their target; see Model vs experiment below',
      );
    }
  });
});

describe('Model vs experiment: drawing', () => {
  it('leaves out rows it cannot draw, and tolerates a file without residuals', () => {
    expect(FIXTURE_FIGURES).toHaveLength(FIXTURE_DRAWABLE.length);
    expect(readStoredFit({})).toEqual({ transport: [], kinetic: [] });
    expect(readStoredFit({ fit: { points: 12 }, kineticFit: null })).toEqual({
      transport: [],
      kinetic: [],
    });
    render(<ModelVsExperiment figures={[]} />);
    expect(screen.queryAllByTestId('parity-point')).toHaveLength(0);
    expect(screen.getAllByText(/No residuals stored yet/)).toHaveLength(3);
  });

  it('marks a missed target by fill and in words, in the plot and the table', () => {
    render(<ModelVsExperiment figures={FIXTURE_FIGURES} />);
    expect(points()).toHaveLength(FIXTURE_DRAWABLE.length);
    expect(rows()).toHaveLength(FIXTURE_DRAWABLE.length);
    const raw = [...FIXTURE_RAW.transport, ...FIXTURE_RAW.kinetic];
    for (const f of FIXTURE_FIGURES) {
      const row = raw.find((r) => r.quantity === f.quantity && r.compositionId === f.compositionId);
      const expected = rawWithin(row!);
      const [point] = byFigure(points(), f.id);
      const [tableRow] = byFigure(rows(), f.id);
      expect(point?.getAttribute('data-within'), f.id).toBe(String(expected));
      // Hollow when missed: not colour alone.
      expect(point?.querySelector('path')?.getAttribute('fill'), f.id).toBe(
        expected ? '#0072B2' : '#fff',
      );
      expect(within(tableRow!).getByText(expected ? 'within' : 'misses')).toBeTruthy();
    }
    // The fixture exercises both outcomes in every panel.
    for (const family of ['transport', 'capacity', 'percent'] as const) {
      const inPanel = screen.getByTestId(`parity-chart-${family}`);
      const states = [...inPanel.querySelectorAll('[data-testid="parity-point"]')].map((p) =>
        p.getAttribute('data-within'),
      );
      expect(new Set(states), family).toEqual(new Set(['true', 'false']));
    }
  });

  it('opens a tooltip with quantity, values, residual, target and source on focus', () => {
    render(<ModelVsExperiment figures={FIXTURE_FIGURES} />);
    for (const f of FIXTURE_FIGURES) {
      const [point] = byFigure(points(), f.id);
      expect(point?.getAttribute('tabindex')).toBe('0');
      fireEvent.focus(point!);
      const tooltip = screen.getByRole('tooltip');
      expect(point?.getAttribute('aria-describedby')).toBe(tooltip.id);
      const [key = '', ...rest] = f.source.split(',');
      const cite = shortCitation({ sourceKey: key, sourceDetail: rest.join(',') });
      const text = tooltip.textContent ?? '';
      expect(text, f.id).toContain(cite);
      expect(text, f.id).toContain(f.compositionId);
      expect(text, f.id).toMatch(/Measured.*Model.*Residual.*Target/);
      expect(text, f.id).toContain(f.within ? 'within' : 'misses');
      expect(point?.getAttribute('aria-label'), f.id).toContain(cite);
      fireEvent.keyDown(point!, { key: 'Escape' });
      expect(screen.queryByRole('tooltip')).toBeNull();
    }
  });

  it('shows each target: bands where a panel shares one, a whisker per point otherwise', () => {
    render(<ModelVsExperiment figures={FIXTURE_FIGURES} />);
    const panel = (family: string) => screen.getByTestId(`parity-chart-${family}`);
    const count = (family: string, testId: string) =>
      panel(family).querySelectorAll(`[data-testid="${testId}"]`).length;
    const percent = FIXTURE_FIGURES.filter((f) => f.family === 'percent');
    expect(new Set(percent.map((f) => f.tolerance)).size).toBeGreaterThan(1);
    expect(count('percent', 'tolerance-whisker')).toBe(percent.length);
    expect(count('transport', 'tolerance-band')).toBe(1);
    expect(count('capacity', 'tolerance-band')).toBe(1);
    for (const family of ['transport', 'capacity', 'percent']) {
      expect(count(family, 'parity-line'), family).toBe(1);
      expect(panel(family).outerHTML, family).not.toMatch(/NaN|Infinity/);
    }
    // Log–log for conductivity and diffusivity: decade labels on both axes.
    const labels = [...panel('transport').querySelectorAll('.axis-x g text')].map(
      (t) => t.textContent,
    );
    expect(labels.length).toBeGreaterThan(1);
    for (const label of labels) expect(label).toMatch(/^10[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+$/);
  });

  it('puts a figure the model hits exactly on the y = x line', () => {
    render(<ModelVsExperiment figures={FIXTURE_FIGURES} />);
    const exact = FIXTURE_FIGURES.filter((f) => f.model === f.measured);
    expect(exact.length).toBeGreaterThan(0);
    for (const f of exact) {
      const panel = screen.getByTestId(`parity-chart-${f.family}`);
      const line = panel.querySelector('[data-testid="parity-line"]')!;
      const [point] = byFigure(points(), f.id);
      const [, px, py] = /translate\(([-\d.e]+),([-\d.e]+)\)/
        .exec(point!.getAttribute('transform') ?? '')!
        .map(Number);
      const [x1, y1, x2, y2] = ['x1', 'y1', 'x2', 'y2'].map((a) => Number(line.getAttribute(a)));
      // On the segment from (x1, y1) to (x2, y2): the cross product vanishes.
      expect((x2! - x1!) * (py! - y1!) - (y2! - y1!) * (px! - x1!)).toBeCloseTo(0, 3);
    }
  });

  it('summarises the count and the electrode the fit assumed, from the data and the input table', () => {
    render(<ModelVsExperiment figures={FIXTURE_FIGURES} />);
    const within = FIXTURE_DRAWABLE.filter(rawWithin).length;
    const text = screen.getByTestId('fit-summary').textContent ?? '';
    expect(text).toMatch(
      new RegExp(`^${within} of ${FIXTURE_DRAWABLE.length} figures within their target;`),
    );
    const spec = (k: keyof typeof INPUT_SPECS) => formatInputValue(INPUT_SPECS[k].default);
    expect(text).toContain(`r = ${spec('particleRadiusUm')} µm`);
    expect(text).toContain(`L = ${spec('thicknessUm')} µm`);
    expect(text).toContain(`ε = ${spec('porosity')}`);
    expect(text).toMatch(/25\s°C/);
  });

  it('counts only the electrochemical figures in the kinetics caveat', () => {
    const kinetic = FIXTURE_RAW.kinetic.filter((r) => 'score' in r);
    expect(kineticsCalibrationNote(FIXTURE_FIGURES)).toMatch(
      new RegExp(
        `^Calibrated: ${kinetic.filter(rawWithin).length} of ${kinetic.length} measured figures within their target`,
      ),
    );
    const transportOnly: FitFigure[] = FIXTURE_FIGURES.filter((f) => f.family === 'transport');
    expect(kineticsCalibrationNote(transportOnly)).toBe(UNCOUNTED_NOTE);
  });
});
