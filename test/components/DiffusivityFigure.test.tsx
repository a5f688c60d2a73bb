// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DiffusivityFigure } from '../../src/charts/diffusivity/DiffusivityFigure';
import { compute } from '../../src/core/api';
import { DEFAULT_INPUTS } from '../../src/core/inputs';
import type { DiffusivityCurves } from '../../src/core/kinetics/diffusivityCurves';

afterEach(cleanup);

const result = compute(DEFAULT_INPUTS);
const thetas = Array.from({ length: 101 }, (_, i) => i / 100);
/** D(θ) from log10 D as a function of θ. */
const curveOf = (log10D: (theta: number) => number): DiffusivityCurves['lithiation'] =>
  thetas.map((theta) => ({ theta, D_cm2_per_s: 10 ** log10D(theta) }));

async function renderFigure(
  lithiation: DiffusivityCurves['lithiation'] = result.diffusivityLithiation,
) {
  render(
    <DiffusivityFigure
      composition={result.diffusivity}
      marker={{ xGe: 0.125, D: result.properties.diffusivity_cm2_per_s }}
      lithiation={{ xGe: 0.125, curve: lithiation }}
      temperatureC={25}
    />,
  );
  // The charts' code is a chunk of its own, fetched once the figure has data to draw.
  const right = await screen.findByTestId('diffusivity-lithiation-chart');
  return {
    left: screen.getByTestId('diffusivity-composition-chart'),
    right,
    shape: screen.getByTestId('diffusivity-shape'),
  };
}

describe('DiffusivityFigure', () => {
  it('draws both panels with finite path data and describes each in text', async () => {
    const { left, right } = await renderFigure();
    for (const svg of [left, right]) {
      const paths = [...svg.querySelectorAll('path[data-series]')];
      expect(paths).toHaveLength(1);
      expect(paths[0]?.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);
      for (const path of svg.querySelectorAll('path')) {
        expect(path.getAttribute('d') ?? '').not.toMatch(/NaN|Infinity/);
      }
      const desc = document.getElementById(svg.getAttribute('aria-describedby')!);
      expect(desc?.textContent).toMatch(/cm²\/s/);
    }
    expect(screen.getByTestId('diffusivity-marker').getAttribute('data-x')).toBe('0.125');
    expect(left.textContent).toContain('no measurements between x = 0.25 and 1');
    expect(screen.getByRole('button', { name: 'Data (CSV)' })).toBeTruthy();
  });

  it('never writes NaN into a path when the model returns zeros or non-finite values', async () => {
    const broken = curveOf((t) => -12 + t).map((p, i) =>
      i % 9 === 0 ? { ...p, D_cm2_per_s: i % 2 ? 0 : Number.NaN } : p,
    );
    const { right } = await renderFigure(broken);
    expect(right.outerHTML).not.toMatch(/NaN|Infinity/);
  });

  it('has two focusable GITT points whose tooltip names value and source', async () => {
    const { left } = await renderFigure();
    const points = screen.getAllByTestId('measured-diffusivity-point');
    expect(points.map((p) => p.getAttribute('data-composition'))).toEqual(['Si', 'Si7Ge']);
    for (const point of points) {
      expect(left.contains(point)).toBe(true);
      expect(point.getAttribute('tabindex')).toBe('0');
      expect(point.getAttribute('aria-label')).toMatch(/LiXia2025/);
    }
    fireEvent.focus(points[1]!);
    const tooltip = screen.getByRole('tooltip');
    expect(tooltip.textContent).toContain('4.51 × 10⁻¹² cm²/s');
    expect(tooltip.textContent).toContain('Si₇Ge');
    expect(tooltip.textContent).toContain('LiXia2025 Fig. S11');
    expect(tooltip.textContent).toContain('Adv. Energy Mater. 2025');
    expect(points[1]!.getAttribute('aria-describedby')).toBe(tooltip.id);
    fireEvent.keyDown(points[1]!, { key: 'Escape' });
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it("says the model agrees when its D(θ) falls, then rises, as the study's did", async () => {
    const { shape } = await renderFigure(curveOf((t) => -12 + 3 * (t - 0.3) ** 2));
    expect(shape.textContent).toContain(
      'D first decreases, then increases during lithiation (GITT, LiXia2025)',
    );
    expect(shape.textContent).toMatch(/falls to its lowest at θ = 0\.30, then rises, as observed/);
    expect(shape.getAttribute('data-agrees')).toBe('true');
  });

  it('says it disagrees when the model only rises, or only falls', async () => {
    const { shape } = await renderFigure(curveOf((t) => -13 + 3 * t));
    expect(shape.textContent).toMatch(/D only rises, by 3\.0 decades/);
    expect(shape.textContent).toMatch(/does not reproduce/);
    expect(shape.getAttribute('data-agrees')).toBe('false');
    cleanup();
    const falling = (await renderFigure(curveOf((t) => -11 - 2 * t))).shape;
    expect(falling.textContent).toMatch(/D only falls/);
    expect(falling.getAttribute('data-agrees')).toBe('false');
  });
});
