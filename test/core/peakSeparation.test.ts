import { describe, expect, it } from 'vitest';
import { DEFAULT_CHOICES, DEFAULT_INPUTS } from '../../src/core/inputs';
import { computeKinetics } from '../../src/core/kinetics/api';
import type { ProfilePoint } from '../../src/core/kinetics/halfCycle';
import { isotonic, monotoneBranch, peakSeparation } from '../../src/core/kinetics/peakSeparation';

/** A plateau at v0: Q rises by `total` across it, a logistic step of width w in V. */
function branch(from: number, to: number, v0: number, total: number, w = 0.015): ProfilePoint[] {
  const n = 400;
  return Array.from({ length: n }, (_, i) => {
    const v = from + ((to - from) * i) / (n - 1);
    const sign = to < from ? -1 : 1;
    return {
      potential_V: v,
      capacity_mAh_per_g: total / (1 + Math.exp((-sign * (v - v0)) / w)),
    };
  });
}

describe('peak separation of a cycle', () => {
  it('finds the plateaus of a synthetic cycle within a bin', () => {
    const cycle = {
      lithiation: branch(0.6, 0.0, 0.21, 3000),
      delithiation: branch(0.0, 0.8, 0.46, 2800),
    };
    const peaks = peakSeparation(cycle, { binWidth_mV: 5, smoothWindow: 3 });
    expect(peaks?.lithiation_V).toBeCloseTo(0.21, 2);
    expect(peaks?.delithiation_V).toBeCloseTo(0.46, 2);
    expect(peaks?.separation_V).toBeCloseTo(0.25, 2);
  });

  it('has no peaks when nothing was inserted', () => {
    expect(peakSeparation({ lithiation: [], delithiation: [] })).toBeNull();
  });

  it('gives the model’s first cycle a separation of a few tenths of a volt, in the window', () => {
    const view = computeKinetics(DEFAULT_INPUTS, DEFAULT_CHOICES);
    const peaks = peakSeparation(view.formation.profile, { binWidth_mV: 5, smoothWindow: 3 });
    expect(peaks).not.toBeNull();
    expect(peaks?.lithiation_V).toBeGreaterThan(0);
    expect(peaks?.delithiation_V).toBeLessThan(0.8);
    expect(peaks?.separation_V).toBeGreaterThan(0.05);
    expect(peaks?.separation_V).toBeLessThan(0.5);
  });
});

describe('the monotone branch', () => {
  it('pools a run that breaks the order into its mean (pool adjacent violators)', () => {
    expect(isotonic([1, 3, 2, 4, 0, 5])).toEqual([1, 2.25, 2.25, 2.25, 2.25, 5]);
    expect(isotonic([1, 2, 3])).toEqual([1, 2, 3]);
  });

  it('makes a lithiation fall and a delithiation rise, keeping the charges', () => {
    const dip = [0.3, 0.17, 0.25, 0.27, 0.26, 0.2, 0.1].map((v, i) => ({
      capacity_mAh_per_g: 100 * i,
      potential_V: v,
    }));
    const down = monotoneBranch(dip, 'lithiation');
    down
      .slice(1)
      .forEach((p, i) => expect(p.potential_V).toBeLessThanOrEqual(down[i]!.potential_V));
    expect(down.map((p) => p.capacity_mAh_per_g)).toEqual(dip.map((p) => p.capacity_mAh_per_g));
    const up = monotoneBranch(dip.slice().reverse(), 'delithiation');
    up.slice(1).forEach((p, i) => expect(p.potential_V).toBeGreaterThanOrEqual(up[i]!.potential_V));
  });
});
