import { describe, expect, it } from 'vitest';
import { computeKinetics, paramsWith } from '../../src/core/kinetics/api';
import { evaluateKinetics, FormedCellCache, RATE_GRID } from '../../src/core/kinetics/protocol';
import { DEFAULT_RESOLUTION } from '../../src/core/kinetics/resolution';
import { DEFAULT_CHOICES, DEFAULT_INPUTS } from '../../src/core/inputs';
import { cellSettingsOf } from '../../src/core/kinetics/cellSettings';
import { CALIBRATED_PARAMS, type KineticParams } from '../../src/core/params';

/** A refit's kinetic parameters: the calibration with a slower ionic gain on lithiation. */
const refitted: KineticParams = {
  ...CALIBRATED_PARAMS.kinetics,
  ionicLithiationGain_decades: 0.5,
};

const request = {
  cell: cellSettingsOf(DEFAULT_INPUTS, DEFAULT_CHOICES),
  profileRates: [0.2, 1, 3],
  snapshot: { cRate: 1, branch: 'lithiation' as const, depth: 0.5 },
};

describe('kinetics with a refit’s parameters in place of the calibration’s', () => {
  it('draws other figures than the calibration, and the calibration’s again without them', () => {
    const calibrated = computeKinetics(DEFAULT_INPUTS, DEFAULT_CHOICES);
    const override = computeKinetics(DEFAULT_INPUTS, DEFAULT_CHOICES, paramsWith(refitted));
    expect(override.rateCurve).not.toEqual(calibrated.rateCurve);
    // No override is the calibration itself, by identity (what the cache checks first).
    expect(paramsWith(null)).toBe(CALIBRATED_PARAMS);
    expect(paramsWith(undefined)).toBe(CALIBRATED_PARAMS);
    expect(computeKinetics(DEFAULT_INPUTS, DEFAULT_CHOICES, paramsWith(null))).toEqual(calibrated);
  });

  it('forms the cell once for parameters equal by value, as a worker receives them each call', () => {
    const cache = new FormedCellCache();
    const run = (kinetics: KineticParams | null) =>
      evaluateKinetics(request, paramsWith(kinetics), DEFAULT_RESOLUTION, cache);
    const first = run(refitted);
    expect(cache.work).toEqual({ formations: 1, rateTests: RATE_GRID.length });
    // A structured clone (what crosses the worker boundary): a new object, the same values.
    expect(run(structuredClone(refitted))).toEqual(first);
    expect(run(structuredClone(refitted))).toEqual(first);
    expect(cache.work).toEqual({ formations: 1, rateTests: RATE_GRID.length });
    // Other values, or back to the calibration: formed afresh, with their own results.
    const other = run({ ...refitted, ionicLithiationGain_decades: 0.6 });
    expect(cache.work.formations).toBe(2);
    expect(other.rateCurve).not.toEqual(first.rateCurve);
    run(null);
    expect(cache.work.formations).toBe(3);
    expect(run(null)).toEqual(evaluateKinetics(request, CALIBRATED_PARAMS));
    expect(cache.work.formations).toBe(3);
  });
});
