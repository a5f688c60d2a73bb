// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FIT_FIGURES, fitFiguresOf, type FitFigure } from '../../src/charts/parity/fitFigures';
import { readStoredFit, STORED_FIT } from '../../src/charts/parity/storedFit';
import { verdictText } from '../../src/charts/parity/describeFigure';
import {
  kineticsCalibrationNote,
  UNCOUNTED_NOTE,
} from '../../src/components/kinetics/calibrationNote';
import { ModelVsExperiment } from '../../src/components/modelFit/ModelVsExperiment';
import { convertedPercent } from '../../src/components/modelFit/ModelLimits';
import calibration from '../../src/core/calibration.json';
import { INPUT_SPECS } from '../../src/core/inputs';
import { shortCitation } from '../../src/format/citation';
import { formulaOf } from '../../src/format/formula';
import { formatInputValue } from '../../src/format/number';
import { ABSENT_REASON, FIXTURE_FILE, FIXTURE_FIT, LEGACY_FILE } from '../support/fitFixture';

afterEach(cleanup);

type RawRow = Record<string, unknown>;

/** The stored rows as the file has them, read without the app's accessor. */
function rawRows(file: unknown): { transport: RawRow[]; kinetic: RawRow[] } {
  const f = file as { fit?: { residuals?: RawRow[] }; kineticFit?: { residuals?: RawRow[] } };
  return { transport: f.fit?.residuals ?? [], kinetic: f.kineticFit?.residuals ?? [] };
}

/**
 * Within target, judged from the raw row: 0.1 decade for transport, the stored score
 * otherwise, and never for a figure the calibration did not fit.
 */
const rawWithin = (r: RawRow) => {
  if ('log10Error' in r) return Math.abs(Number(r.log10Error)) <= 0.1;
  return (r.status ?? 'fitted') === 'fitted' && Math.abs(Number(r.score)) <= 1;
};

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
    const summary = screen.getByTestId('fit-summary').textContent ?? '';
    const kineticWithin = raw.kinetic.filter(rawWithin).length;
    expect(summary).toMatch(
      new RegExp(`^${kineticWithin} of ${raw.kinetic.length} electrochemical figures within`),
    );
    expect(summary).toContain(
      `${raw.transport.filter(rawWithin).length} of ${raw.transport.length} conductivities`,
    );
    // The app counts as the calibration script does, where the file states its count.
    const stated = (calibration as { kineticFit?: { withinTarget?: number; points?: number } })
      .kineticFit;
    if (stated?.withinTarget !== undefined) expect(kineticWithin).toBe(stated.withinTarget);
    if (stated?.points !== undefined) expect(raw.kinetic).toHaveLength(stated.points);
    // Where the convergence figures are printed, with no number of its own to go stale.
    const accuracy = screen.getByTestId('numerical-accuracy').textContent ?? '';
    expect(accuracy).toContain('npm run convergence');
    expect(accuracy).not.toMatch(/\d/);
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
    const empty = {
      transport: [],
      kinetic: [],
      mechanismAbsent: {},
      uncertainty: [],
      crossValidation: [],
      normalisedRate: [],
      objective: null,
    };
    expect(readStoredFit({})).toEqual(empty);
    expect(readStoredFit({ fit: { points: 12 }, kineticFit: null, uncertainty: 3 })).toEqual(empty);
    render(<ModelVsExperiment fit={readStoredFit({})} />);
    expect(screen.queryAllByTestId('parity-point')).toHaveLength(0);
    expect(screen.getAllByText(/No residuals stored yet/)).toHaveLength(3);
  });

  it('marks a missed target by fill and in words, in the plot and the table', () => {
    render(<ModelVsExperiment fit={FIXTURE_FIT} />);
    expect(points()).toHaveLength(FIXTURE_DRAWABLE.length);
    expect(rows()).toHaveLength(FIXTURE_DRAWABLE.length);
    const raw = [...FIXTURE_RAW.transport, ...FIXTURE_RAW.kinetic];
    for (const f of FIXTURE_FIGURES) {
      const row = raw.find((r) => r.quantity === f.quantity && r.compositionId === f.compositionId);
      const expected = rawWithin(row!);
      const [point] = byFigure(points(), f.id);
      const [tableRow] = byFigure(rows(), f.id);
      expect(point?.getAttribute('data-within'), f.id).toBe(String(expected));
      // Hollow when missed, grey for a trend: not colour alone.
      const fill = f.status === 'trend' ? '#d0d7de' : expected ? '#0072B2' : '#fff';
      expect(point?.querySelector('path')?.getAttribute('fill'), f.id).toBe(fill);
      const verdict = f.status === 'fitted' ? (expected ? 'within' : 'misses') : f.status;
      expect(within(tableRow!).getByText(verdict)).toBeTruthy();
      expect(tableRow!.getAttribute('data-status')).toBe(row!.status ?? 'fitted');
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
    render(<ModelVsExperiment fit={FIXTURE_FIT} />);
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
      expect(text, f.id).toContain(formulaOf(f.compositionId));
      expect(text, f.id).toMatch(/Measured.*Model.*Residual.*Target/);
      expect(text, f.id).toContain(verdictText(f));
      expect(point?.getAttribute('aria-label'), f.id).toContain(cite);
      fireEvent.keyDown(point!, { key: 'Escape' });
      expect(screen.queryByRole('tooltip')).toBeNull();
    }
  });

  it('shows each target: bands where a panel shares one, a whisker per point otherwise', () => {
    render(<ModelVsExperiment fit={FIXTURE_FIT} />);
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
    render(<ModelVsExperiment fit={FIXTURE_FIT} />);
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
    render(<ModelVsExperiment fit={FIXTURE_FIT} />);
    const kinetic = FIXTURE_DRAWABLE.filter((r) => 'score' in r);
    const transport = FIXTURE_DRAWABLE.filter((r) => 'log10Error' in r);
    const count = (rows: RawRow[]) => `${rows.filter(rawWithin).length} of ${rows.length}`;
    const text = screen.getByTestId('fit-summary').textContent ?? '';
    // The figure without a mechanism is within ±1 of its target, yet counted as a miss.
    expect(text.startsWith(`${count(kinetic)} electrochemical figures within their target `)).toBe(
      true,
    );
    expect(text).toContain(
      '(1 without a mechanism in the model, counted as a miss; 1 trend only, not counted within)',
    );
    expect(text).toContain(`, ${count(transport)} conductivities and diffusivities within`);
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

describe('Model vs experiment: what the calibration says about itself', () => {
  const section = () => screen.getByTestId('model-fit');
  const rowOf = (testId: string, attribute: string, value: string) =>
    screen.getAllByTestId(testId).find((r) => r.getAttribute(attribute) === value)!;

  it('greys a figure without a mechanism, and gives its reason on focus and in a footnote', () => {
    render(<ModelVsExperiment fit={FIXTURE_FIT} />);
    const absent = FIXTURE_FIGURES.find((f) => f.status === 'mechanism absent')!;
    const [row] = byFigure(rows(), absent.id);
    expect(row!.className).toBe('is-absent');
    const word = within(row!).getByText('mechanism absent').parentElement!;
    expect(word.getAttribute('tabindex')).toBe('0');
    expect(within(word).getByTestId('verdict-reason').textContent).toBe(ABSENT_REASON);
    // A screen reader hears the footnote the verdict points at.
    const note = document.getElementById(word.getAttribute('aria-describedby') ?? '');
    expect(note?.textContent).toContain(ABSENT_REASON);
    expect(screen.getByTestId('residual-notes').textContent).toContain(ABSENT_REASON);
    // The plot draws it apart from a miss and says why in its label.
    const [point] = byFigure(points(), absent.id);
    expect(point!.getAttribute('data-status')).toBe('mechanism absent');
    expect(point!.getAttribute('aria-label')).toContain(ABSENT_REASON);
    expect(screen.getAllByText('no mechanism in the model (a miss)')).toHaveLength(1);
  });

  it('gives the model at both ends of the Li–In counter electrode’s potential', () => {
    render(<ModelVsExperiment fit={FIXTURE_FIT} />);
    const header = screen.getByRole('columnheader', { name: /Li–In 0\.60–0\.64 V/ });
    const column = [...header.parentElement!.children].indexOf(header);
    const [row] = byFigure(rows(), 'capacity-capacity at 0.5 C-Si7Ge');
    expect(row!.children[column]!.textContent).toBe('2,420…2,380 mAh/g');
  });

  it('flags a parameter at its bound, and says "unidentified" where σ is null', () => {
    render(<ModelVsExperiment fit={FIXTURE_FIT} />);
    const table = screen.getByTestId('parameter-table');
    expect(within(table).getAllByTestId('parameter-row')).toHaveLength(3);
    const atBound = rowOf('parameter-row', 'data-key', 'siliconCoreFraction');
    expect(atBound.textContent).toContain('at its upper bound — the bound, not the data, sets it');
    expect(within(atBound).getByRole('rowheader').textContent).toBe('unconverted core of pure Si');
    const free = rowOf('parameter-row', 'data-key', 'ionicLithiationGain_decades');
    expect(free.textContent).not.toMatch(/bound/);
    // Value to three significant figures, σ to two.
    expect(free.textContent).toContain('0.616');
    expect(free.textContent).toContain('± 0.12');
    const unidentified = rowOf('parameter-row', 'data-key', 'coreTransportExponent');
    expect(within(unidentified).getByText('unidentified')).toBeTruthy();
  });

  it('marks a held-out 3 C retention outside ±15 points as a miss', () => {
    render(<ModelVsExperiment fit={FIXTURE_FIT} />);
    const table = screen.getByTestId('cv-table');
    const ge = rowOf('cv-row', 'data-held-out', 'Ge');
    const si = rowOf('cv-row', 'data-held-out', 'Si');
    expect(ge.getAttribute('data-retention-within')).toBe('false');
    expect(ge.textContent).toContain('misses (+35.0 pt)');
    expect(si.getAttribute('data-retention-within')).toBe('true');
    expect(si.textContent).toContain('within (−7.3 pt)');
    expect(within(ge).getByText('no')).toBeTruthy();
    expect(screen.getByTestId('cv-summary').textContent).toBe(
      '3 C retention predicted within ±15 points for 1 of 2 compositions left out; ' +
        'Si₇Ge predicted highest in 1 of 2 rounds.',
    );
    // Each header cell names its column or column group for a screen reader.
    for (const th of table.querySelectorAll('thead th')) {
      expect(['col', 'colgroup']).toContain(th.getAttribute('scope'));
    }
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((th) => th.textContent),
    ).toEqual(['Si', 'Ge']);
  });

  it('shows the rate curve’s shape over its 0.2 C value, leaving out a point it cannot draw', () => {
    render(<ModelVsExperiment fit={FIXTURE_FIT} />);
    const shape = screen.getAllByTestId('rate-shape-row').map((r) => r.textContent);
    expect(shape).toEqual(['0.2 C100.0100.0+0.0', '3 C83.674.3−9.3']);
  });

  it('still renders a file without the new fields: no NaN, and no empty parts', () => {
    render(<ModelVsExperiment fit={readStoredFit(LEGACY_FILE)} />);
    expect(rows().every((r) => r.getAttribute('data-status') === 'fitted')).toBe(true);
    for (const gone of ['parameter-table', 'cv-table', 'rate-shape-table', 'residual-notes']) {
      expect(screen.queryByTestId(gone), gone).toBeNull();
    }
    expect(screen.queryByRole('columnheader', { name: /Li–In/ })).toBeNull();
    expect(screen.getByTestId('fit-summary').textContent).not.toMatch(/mechanism|trend/);
    expect(section().outerHTML).not.toMatch(/NaN|Infinity|undefined|null/);
  });

  it('shows every part for the committed calibration, with no NaN', () => {
    render(<ModelVsExperiment />);
    const parts = {
      'parameter-table': STORED_FIT.uncertainty,
      'cv-table': STORED_FIT.crossValidation,
      'rate-shape-table': STORED_FIT.normalisedRate,
    };
    for (const [testId, stored] of Object.entries(parts)) {
      expect(screen.queryByTestId(testId) !== null, testId).toBe(stored.length > 0);
    }
    expect(section().outerHTML).not.toMatch(/NaN|Infinity|undefined/);
  });
});
