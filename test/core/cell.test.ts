import { describe, expect, it } from 'vitest';
import { CALIBRATED_PARAMS } from '../../src/core/params';
import { coreFraction } from '../../src/core/kinetics/cell';
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
