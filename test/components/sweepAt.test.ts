import { describe, expect, it } from 'vitest';
import { sweepAt } from '../../src/charts/conductivity/sweepAt';
import { conductivitySweep } from '../../src/core/conductivitySweep';
import { conductivities } from '../../src/core/properties';

describe('reading σ off the sweep between answers', () => {
  const sweep = conductivitySweep(298.15);

  it('is exact on grid points and within 2 % of the model between them', () => {
    for (const x of [0, 0.0625, 0.125, 0.25, 1]) {
      const v = sweepAt(sweep, x);
      const exact = conductivities(x, 298.15);
      expect(v.electronic / exact.electronic).toBeCloseTo(1, 9);
    }
    for (let x = 0.001; x < 1; x += 0.0137) {
      const v = sweepAt(sweep, x);
      const exact = conductivities(x, 298.15);
      for (const k of ['electronic', 'ionic', 'ambipolar'] as const) {
        expect(Math.abs(v[k] / exact[k] - 1), `${k} at ${x}`).toBeLessThan(0.02);
      }
    }
  });

  it('clamps outside the sweep instead of extrapolating', () => {
    expect(sweepAt(sweep, 1.5).electronic).toBeCloseTo(sweepAt(sweep, 1).electronic, 12);
  });
});
