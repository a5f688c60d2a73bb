// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ConductivityChart } from '../../src/charts/conductivity/ConductivityChart';
import { decadeDomain } from '../../src/charts/conductivity/useConductivityScales';
import { compute } from '../../src/core/api';
import type { ConductivityPoint } from '../../src/core/conductivitySweep';
import { DEFAULT_INPUTS } from '../../src/core/inputs';
import { formatDuration, formatPublished, formatScientific } from '../../src/format/number';

afterEach(cleanup);

function renderChart(
  temperatureC: number,
  mutate?: (p: ConductivityPoint[]) => ConductivityPoint[],
) {
  const result = compute({ ...DEFAULT_INPUTS, temperatureC });
  const sweep = mutate ? mutate([...result.conductivity]) : result.conductivity;
  const p = result.properties;
  render(
    <ConductivityChart
      sweep={sweep}
      balanced={result.balanced}
      xGe={p.xGe}
      values={{
        electronic: p.sigmaElectronic_S_per_cm,
        ionic: p.sigmaIonic_S_per_cm,
        ambipolar: p.sigmaAmbipolar_S_per_cm,
      }}
      temperatureC={temperatureC}
      width={640}
    />,
  );
  return { result, svg: screen.getByTestId('conductivity-chart') };
}

describe('ConductivityChart', () => {
  it('labels the log axis with powers of ten and leaves minor ticks unlabelled', () => {
    const { svg } = renderChart(25);
    const labels = [...svg.querySelectorAll('.axis-y text')].map((t) => t.textContent);
    expect(labels).toContain('10⁻⁶');
    expect(labels).toContain('10⁰');
    expect(labels.filter((l) => l?.startsWith('10'))).toHaveLength(labels.length - 1); // + title
    const minorTicks = [...svg.querySelectorAll('.axis-y g line')].filter(
      (l) => l.getAttribute('x2') === '-3',
    );
    expect(minorTicks.length).toBeGreaterThan(20);
  });

  it('shades one region per balanced interval, at every temperature', () => {
    for (const t of [-20, 25, 80]) {
      const { result, svg } = renderChart(t);
      expect(svg.querySelectorAll('[data-testid="balanced-region"]')).toHaveLength(
        result.balanced.length,
      );
      expect(svg.outerHTML).not.toContain('NaN');
      cleanup();
    }
  });

  it('never draws NaN when the model returns zeros, negatives or non-finite values', () => {
    const { svg } = renderChart(25, (points) =>
      points.map((p, i) =>
        i % 7 === 0 ? { ...p, electronic: 0, ionic: Number.NaN, ambipolar: -1 } : p,
      ),
    );
    const d = svg.querySelector('path[data-series="electronic"]')?.getAttribute('d') ?? '';
    expect(d).not.toContain('NaN');
    // Broken into separate runs rather than joined across the gaps.
    expect(d.match(/M/g)?.length).toBeGreaterThan(10);
    expect(svg.outerHTML).not.toContain('NaN');
    expect(svg.outerHTML).not.toContain('Infinity');
  });

  it('names the chart and describes it in text', () => {
    const { svg } = renderChart(25);
    const title = document.getElementById(svg.getAttribute('aria-labelledby')!);
    expect(title?.textContent).toMatch(/Conductivity .* 25 °C/);
    const desc = document.getElementById(svg.getAttribute('aria-describedby')!);
    expect(desc?.textContent).toMatch(/within one decade \(balanced\) for x from 0\.07/);
  });

  it('writes the σ values at the marker', () => {
    const { result } = renderChart(25);
    const text = screen.getByTestId('current-x-marker').textContent ?? '';
    expect(text).toContain(formatScientific(result.properties.sigmaIonic_S_per_cm));
    expect(text).toContain(formatScientific(result.properties.sigmaAmbipolar_S_per_cm));
    expect(text).toContain('x = 0.125');
  });
});

describe('chart helpers', () => {
  it('spans whole decades and ignores values a log axis cannot show', () => {
    const sweep = [{ xGe: 0, electronic: 2e-8, ionic: 0, ambipolar: Number.NaN }];
    expect(decadeDomain(sweep, [0.11])).toEqual([-8, 0]);
    expect(decadeDomain([], [])).toEqual([-8, 0]);
  });

  it('formats numbers as a printed figure would', () => {
    expect(formatScientific(2.976e-5)).toBe('2.98 × 10⁻⁵');
    // A computed value keeps its precision, so a column reads 1.30 beside 2.98 …
    expect(formatScientific(1.3e-5)).toBe('1.30 × 10⁻⁵');
    expect(formatScientific(0.11)).toBe('0.110');
    // … and a measured one is printed as published, with no zeros the source did not give.
    expect(formatPublished(1e-6)).toBe('10⁻⁶');
    expect(formatPublished(3.4e-5)).toBe('3.4 × 10⁻⁵');
    expect(formatScientific(Number.NaN)).toBe('—');
    expect(formatDuration(30)).toBe('30 s');
    expect(formatDuration(276040)).toBe('3.2 days');
  });
});
