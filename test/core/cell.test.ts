import { describe, expect, it } from 'vitest';
import { CALIBRATED_PARAMS } from '../../src/core/params';
import { coreFraction, describeCell } from '../../src/core/kinetics/cell';
import { openCircuitPotential } from '../../src/core/kinetics/ocp';
import { ionicBarrier } from '../../src/core/conductivity';
import { BOLTZMANN_EV_PER_K } from '../../src/core/constants';

describe('unconverted crystalline core', () => {
  const T = 298.15;
  const fSi = CALIBRATED_PARAMS.kinetics.siliconCoreFraction;

  it('is the fitted fraction for pure Si, a physical share of the particle', () => {
    expect(coreFraction(0, T, CALIBRATED_PARAMS)).toBeCloseTo(fSi, 12);
    expect(fSi).toBeGreaterThan(0);
    expect(fSi).toBeLessThan(0.5);
  });

  it('shrinks as the alloy barrier falls below Si’s, as exp(−ΔE/kT)', () => {
    for (const x of [0.0625, 0.125, 0.25, 1]) {
      const drop =
        ionicBarrier(0, CALIBRATED_PARAMS.ionic) - ionicBarrier(x, CALIBRATED_PARAMS.ionic);
      expect(drop).toBeGreaterThan(0);
      expect(coreFraction(x, T, CALIBRATED_PARAMS)).toBeCloseTo(
        fSi * Math.exp(-drop / (BOLTZMANN_EV_PER_K * T)),
        12,
      );
    }
    // Si7Ge and Ge convert almost fully, as their first lithiations show (98–100 % of Li15M4).
    expect(coreFraction(0.125, T, CALIBRATED_PARAMS)).toBeLessThan(0.03);
    expect(coreFraction(1, T, CALIBRATED_PARAMS)).toBeLessThan(0.01);
  });
});

describe('open-circuit shift of Ge', () => {
  it('puts Ge above Si by the fitted shift, inside its physical range, and alloys in proportion', () => {
    const shift = CALIBRATED_PARAMS.kinetics.geOpenCircuitShift_V;
    // "Ge lithiates at a slightly higher potential than Si": 0.05–0.15 V (docs/model.md §8).
    expect(shift).toBeGreaterThanOrEqual(0.05);
    expect(shift).toBeLessThanOrEqual(0.15);
    const cell = (xGe: number) =>
      describeCell(
        {
          xGe,
          temperatureK: 298.15,
          particleRadiusUm: 0.5,
          thicknessUm: 5,
          porosity: 0.2,
          separatorId: 'Li6PS5Cl',
        },
        CALIBRATED_PARAMS,
      );
    expect(cell(0).ocpShift_V).toBe(0);
    expect(cell(1).ocpShift_V).toBeCloseTo(shift, 12);
    expect(cell(0.125).ocpShift_V).toBeCloseTo(0.125 * shift, 12);
    for (const branch of ['lithiation', 'delithiation'] as const) {
      expect(openCircuitPotential(0.5, cell(1).ocpShift_V, branch)).toBeGreaterThan(
        openCircuitPotential(0.5, cell(0).ocpShift_V, branch),
      );
    }
  });
});
