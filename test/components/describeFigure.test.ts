import { describe, expect, it } from 'vitest';
import { scoreText, valueText } from '../../src/charts/parity/describeFigure';
import type { FitFigure } from '../../src/charts/parity/fitFigures';

/** A fitted figure; only what the texts read matters. */
function figure(over: Partial<FitFigure>): FitFigure {
  return {
    id: 'f',
    family: 'capacity',
    quantity: 'capacity at 0.5 C',
    kind: 'capacity',
    compositionId: 'Si7Ge',
    xGe: 0.125,
    unit: 'mAh/g',
    measured: 1000,
    model: 1000,
    residual: 0,
    tolerance: 5,
    score: 0,
    status: 'fitted',
    within: true,
    reason: null,
    liInPotentialRange: null,
    liInResistanceRange: null,
    source: 'LiXia2025, Fig. 2',
    ...over,
  } as FitFigure;
}

describe('the fit table’s numbers', () => {
  it('never prints a miss as "+1.00" or a hit as "−1.00" past the line', () => {
    expect(scoreText(figure({ score: 1.004, within: false }))).toBe('+1.004');
    expect(scoreText(figure({ score: -1.0004, within: false }))).toBe('−1.0004');
    expect(scoreText(figure({ score: 0.996, within: true }))).toBe('+1.00');
    expect(scoreText(figure({ score: 1, within: true }))).toBe('+1.00');
    expect(scoreText(figure({ score: 0.42, within: true }))).toBe('+0.42');
    expect(scoreText(figure({ score: -2.5, within: false }))).toBe('−2.50');
  });

  it('gives each family one precision, so a column reads evenly', () => {
    const transport = figure({ family: 'transport', kind: 'diffusivity', unit: 'cm²/s' });
    expect(valueText(transport, 2.98e-5)).toBe('2.98 × 10⁻⁵ cm²/s');
    expect(valueText(transport, 1.3e-5)).toBe('1.30 × 10⁻⁵ cm²/s');
    expect(valueText(transport, 1e-12)).toBe('1.00 × 10⁻¹² cm²/s');
    const capacity = figure({});
    expect(valueText(capacity, 964.49)).toBe('964 mAh/g');
    expect(valueText(capacity, 1133.2)).toBe('1,133 mAh/g');
    const percent = figure({ family: 'percent', kind: 'ICE', unit: '%' });
    expect(valueText(percent, 88)).toBe('88.0 %');
  });
});
