// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { lab } from 'd3-color';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  CONVERTIBLE_SHOWN_BELOW,
  DistributionChart,
} from '../../src/charts/distribution/DistributionChart';
import { snapshotMoment } from '../../src/charts/distribution/moment';
import { rateColors } from '../../src/charts/profiles/palette';
import { ProfileChart } from '../../src/charts/profiles/ProfileChart';
import { RateChart } from '../../src/charts/rate/RateChart';
import { RetentionChart } from '../../src/charts/retention/RetentionChart';
import { DEFAULT_CHOICES, DEFAULT_INPUTS } from '../../src/core/inputs';
import { computeKinetics, type KineticsView } from '../../src/core/kinetics/api';
import { shortCitation } from '../../src/format/citation';
import { fakeRetention } from '../support/kineticsFakes';

afterEach(cleanup);

// The real model, once: these tests check structure, never the (uncalibrated) values.
let view: KineticsView;
beforeAll(() => {
  view = computeKinetics(DEFAULT_INPUTS, DEFAULT_CHOICES);
});

const SIZE = { width: 520, height: 360 };

/** Tick label texts of one axis, in drawing order. */
const tickLabels = (svg: Element, axis: string) =>
  [...svg.querySelectorAll(`${axis} g text`)].map((t) => t.textContent ?? '');

/** The translate() offsets of an axis's ticks along it. */
const tickPositions = (svg: Element, axis: string, index: 0 | 1) =>
  [...svg.querySelectorAll(`${axis} > g`)]
    .filter((g) => g.querySelector('text'))
    .map((g) =>
      Number(
        /translate\(([-\d.e]+),([-\d.e]+)\)/.exec(g.getAttribute('transform') ?? '')?.[index + 1],
      ),
    );

const increasing = (xs: readonly number[]) =>
  xs.every((v, i) => i === 0 || v > (xs[i - 1] ?? -Infinity));
const decreasing = (xs: readonly number[]) => increasing([...xs].reverse());

function expectFinite(svg: Element) {
  expect(svg.outerHTML).not.toMatch(/NaN|Infinity/);
}

describe('RateChart', () => {
  it('draws the model on a log C-rate axis with seven focusable measured points', () => {
    render(<RateChart curve={view.rateCurve} xGe={0.125} renderedKey="k1" {...SIZE} />);
    const svg = screen.getByTestId('rate-chart');
    expect(svg.getAttribute('data-rendered-key')).toBe('k1');
    expect(svg.querySelector('path[data-series="model"]')?.getAttribute('d')).toMatch(
      /^M[\d.]+,[\d.]+L/,
    );
    expect(tickLabels(svg, '.axis-x')).toEqual(['0.05', '0.1', '0.2', '0.5', '1', '2', '5', '10']);
    const xs = tickPositions(svg, '.axis-x', 0);
    expect(increasing(xs)).toBe(true);
    // Log axis: 0.1→1 spans as much as 1→10.
    expect(xs[4]! - xs[1]!).toBeCloseTo(xs[7]! - xs[4]!, 6);
    expect(decreasing(tickPositions(svg, '.axis-left', 1))).toBe(true);
    expect(screen.getAllByTestId('measured-rate-point')).toHaveLength(7);
    expectFinite(svg);
  });

  it('opens a tooltip naming value, composition and source on focus, and closes on Escape', () => {
    render(<RateChart curve={view.rateCurve} xGe={0.125} renderedKey="k" {...SIZE} />);
    const point = screen
      .getAllByTestId('measured-rate-point')
      .find((p) => p.getAttribute('data-rate') === '3');
    expect(point?.getAttribute('tabindex')).toBe('0');
    expect(point?.getAttribute('aria-label')).toMatch(/2,024 mAh\/g at 3 C, Si₇Ge \(x = 0\.125\)/);
    fireEvent.focus(point!);
    const tooltip = screen.getByRole('tooltip');
    expect(point?.getAttribute('aria-describedby')).toBe(tooltip.id);
    expect(tooltip.textContent).toMatch(/2,024 mAh\/g/);
    expect(tooltip.textContent).toMatch(/Si₇Ge, x = 0\.125/);
    expect(tooltip.textContent).toMatch(/LiXia2025 Fig\. 2d–e/);
    fireEvent.keyDown(point!, { key: 'Escape' });
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('never writes NaN for zero, negative or missing capacities', () => {
    const curve = view.rateCurve.map((p, i) =>
      i % 2 ? { ...p, capacity_mAh_per_g: Number.NaN } : p,
    );
    render(<RateChart curve={curve} xGe={0.5} renderedKey="k" {...SIZE} />);
    expectFinite(screen.getByTestId('rate-chart'));
  });
});

describe('RetentionChart', () => {
  it('draws the points so far, the previous curve, the marker and three measured points', () => {
    render(
      <RetentionChart
        points={fakeRetention([0, 0.02, 0.04, 0.06])}
        previous={fakeRetention([0, 0.5, 1])}
        total={52}
        status="computing"
        marker={{ xGe: 0.125, retention: 60 }}
        renderedKey="r1"
        {...SIZE}
      />,
    );
    const svg = screen.getByTestId('retention-chart');
    expect(svg.getAttribute('data-rendered-key')).toBe('r1');
    expect(svg.getAttribute('data-points')).toBe('4');
    expect(svg.querySelector('path[data-series="retention"]')?.getAttribute('d')).toMatch(/^M/);
    expect(svg.querySelector('path[data-series="previous"]')?.getAttribute('d')).toMatch(/^M/);
    expect(svg.textContent).toContain('computing… 4 of 52');
    expect(screen.getByTestId('retention-marker').getAttribute('data-x')).toBe('0.125');
    const measured = screen.getAllByTestId('measured-retention-point');
    expect(measured.map((m) => m.getAttribute('data-composition'))).toEqual(['Si', 'Si7Ge', 'Ge']);
    fireEvent.mouseEnter(measured[1]!);
    expect(screen.getByRole('tooltip').textContent).toMatch(/83\.8 %.*Si₇Ge.*LiXia2025/);
    expect(increasing(tickPositions(svg, '.axis-x', 0))).toBe(true);
    expectFinite(svg);
  });

  it('draws axes and measured points before the first chunk arrives', () => {
    render(
      <RetentionChart
        points={[]}
        previous={null}
        total={52}
        status="computing"
        marker={null}
        renderedKey="r0"
        {...SIZE}
      />,
    );
    const svg = screen.getByTestId('retention-chart');
    expect(screen.getAllByTestId('measured-retention-point')).toHaveLength(3);
    expect(screen.queryByTestId('retention-marker')).toBeNull();
    expectFinite(svg);
  });
});

describe('ProfileChart', () => {
  it('draws both branches per rate in rate-ordered colours, with twin potential axes', () => {
    render(<ProfileChart profiles={view.profiles} renderedKey="p1" {...SIZE} />);
    const svg = screen.getByTestId('profile-chart');
    expect(svg.getAttribute('data-rendered-key')).toBe('p1');
    for (const i of [1, 2, 3]) {
      for (const branch of ['lithiation', 'delithiation']) {
        const path = svg.querySelector(`path[data-series="profile-${i}-${branch}"]`);
        expect(path?.getAttribute('d'), `profile ${i} ${branch}`).toMatch(/^M[\d.]+,[\d.]+L/);
      }
    }
    const titles = [...svg.querySelectorAll('.axis-title')].map((t) => t.textContent);
    expect(titles).toEqual(['Capacity (mAh/g)', 'E vs Li/Li⁺ (V)', 'E vs Li–In (V)']);
    // Same heights: a tick at E vs Li/Li⁺ = v sits where v − 0.62 would on the Li–In axis.
    expect(decreasing(tickPositions(svg, '.axis-left', 1))).toBe(true);
    expect(decreasing(tickPositions(svg, '.axis-right', 1))).toBe(true);
    expect(svg.querySelectorAll('[data-cutoff]')).toHaveLength(2);
    expectFinite(svg);
  });

  it('colours rates by rank: equal rates alike, the order of lightness that of the rates', () => {
    const [slow, fast, same, middle] = rateColors([0.2, 3, 0.2, 1]);
    expect(slow).toBe(same);
    const lightness = [slow, middle, fast].map((c) => lab(c!).l);
    expect(increasing(lightness)).toBe(true);
  });
});

describe('DistributionChart', () => {
  it('draws rate and θ through the thickness, names both faces and the moment', () => {
    const moment = snapshotMoment(view);
    expect(moment).toBe('lithiation at 1 C, 50 % of theoretical capacity');
    render(
      <DistributionChart
        distribution={view.distribution}
        moment={moment}
        renderedKey="d1"
        {...SIZE}
      />,
    );
    const svg = screen.getByTestId('distribution-chart');
    expect(svg.getAttribute('data-rendered-key')).toBe('d1');
    expect(svg.querySelector('path[data-series="reaction"]')?.getAttribute('d')).toMatch(/^M/);
    expect(svg.querySelector('path[data-series="theta"]')?.getAttribute('d')).toMatch(/^M/);
    expect(svg.textContent).toContain('current collector');
    expect(svg.textContent).toContain('separator');
    expect(svg.querySelector('title')?.textContent).toContain(moment);
    expect(increasing(tickPositions(svg, '.axis-x', 0))).toBe(true);
    expectFinite(svg);
    // The core line is drawn exactly when a visible share of each particle stays unconverted.
    const shown = view.distribution.convertible < CONVERTIBLE_SHOWN_BELOW;
    expect(screen.queryByTestId('convertible-limit') !== null).toBe(shown);
  });

  it('marks how far θ can go where the first lithiation leaves a crystalline core (pure Si)', () => {
    const si = computeKinetics({ ...DEFAULT_INPUTS, xGe: 0 }, DEFAULT_CHOICES);
    const limit = si.distribution.convertible;
    expect(limit).toBeLessThan(0.9);
    render(
      <DistributionChart
        distribution={si.distribution}
        moment={snapshotMoment(si)}
        renderedKey="si"
        {...SIZE}
      />,
    );
    const line = screen.getByTestId('convertible-limit');
    expect(line.textContent).toContain(limit.toFixed(2));
    // Every layer's θ stays at or below the line (BDF2 may overshoot a full shell by its
    // error tolerance, a few 10⁻⁴: invisible on the chart).
    for (const theta of si.distribution.theta) expect(theta).toBeLessThanOrEqual(limit + 1e-3);
    const svg = screen.getByTestId('distribution-chart');
    expect(svg.querySelector('desc')?.textContent).toContain('unconverted cores');
    expectFinite(svg);
  });
});

describe('citations', () => {
  it('shortens a source to key and figure, with an en dash in ranges', () => {
    expect(
      shortCitation({ sourceKey: 'LiXia2025', sourceDetail: 'Fig. 2d-e; three cells agree' }),
    ).toBe('LiXia2025 Fig. 2d–e');
  });
});
