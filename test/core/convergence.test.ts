import { describe, expect, it } from 'vitest';
import { DEFAULT_CHOICES, DEFAULT_INPUTS } from '../../src/core/inputs';
import { kineticsRequestOf } from '../../src/core/kinetics/api';
import { DEFAULT_RESOLUTION, type Resolution } from '../../src/core/kinetics/electrode';
import { evaluateKinetics } from '../../src/core/kinetics/protocol';
import { CALIBRATED_PARAMS } from '../../src/core/params';

/** First 0.1 C delithiation and the delithiation capacity at 0.2, 1, 2 and 3 C, mAh/g. */
function capacities(xGe: number, resolution: Resolution): number[] {
  const request = kineticsRequestOf({ ...DEFAULT_INPUTS, xGe }, DEFAULT_CHOICES);
  const r = evaluateKinetics(request, CALIBRATED_PARAMS, resolution);
  const at = (c: number) => r.rateCurve.find((p) => p.cRate === c)?.capacity_mAh_per_g ?? NaN;
  return [r.formation.delithiation_mAh_per_g, at(0.2), at(1), at(2), at(3)];
}

describe('particle grid convergence (npm run convergence prints the full table)', () => {
  it('twice the shells move the Si7Ge capacities by < 0.5 %, from 0.1 C to 3 C', () => {
    const base = capacities(0.125, DEFAULT_RESOLUTION);
    const fine = capacities(0.125, {
      ...DEFAULT_RESOLUTION,
      shells: 2 * DEFAULT_RESOLUTION.shells,
    });
    base.forEach((value, i) => {
      expect(value).toBeGreaterThan(0);
      expect(Math.abs((fine[i] ?? 0) / value - 1), `figure ${i}`).toBeLessThan(0.005);
    });
  });
});
