import { describe, expect, it } from 'vitest';
import { DEFAULT_CHOICES, DEFAULT_INPUTS, INPUT_SPECS } from '../../src/core/inputs';
import { cellSettingsOf } from '../../src/core/kinetics/api';
import { liInventory } from '../../src/core/kinetics/inventory';
import { CALIBRATED_PARAMS } from '../../src/core/params';

const settings = (over: Partial<typeof DEFAULT_INPUTS>) =>
  cellSettingsOf({ ...DEFAULT_INPUTS, ...over }, DEFAULT_CHOICES);

describe('Li inventory after the first cycle', () => {
  it('splits the inserted Li into shares that are ≥ 0 and sum to 100, anywhere', () => {
    let s = 11;
    const rand = () => (s = (1664525 * s + 1013904223) >>> 0) / 2 ** 32;
    for (let i = 0; i < 12; i++) {
      const pick = (key: 'xGe' | 'particleRadiusUm' | 'thicknessUm' | 'temperatureC') => {
        const { min, max } = INPUT_SPECS[key];
        const r = rand();
        return r < 0.25 ? min : r > 0.75 ? max : min + (max - min) * rand();
      };
      const inv = liInventory(
        settings({
          xGe: pick('xGe'),
          particleRadiusUm: pick('particleRadiusUm'),
          thicknessUm: pick('thicknessUm'),
          temperatureC: pick('temperatureC'),
        }),
        CALIBRATED_PARAMS,
      );
      const shares = [inv.reversible_percent, inv.quasiReversible_percent, inv.inactive_percent];
      for (const v of shares) {
        expect(Number.isFinite(v)).toBe(true);
        expect(v).toBeGreaterThanOrEqual(0);
      }
      if (inv.inserted_mAh_per_g > 0) {
        expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 9);
        expect(inv.sideReaction_percent).toBeLessThanOrEqual(inv.inactive_percent + 1e-9);
      } else {
        // Nothing went in: nothing to account for, so no share at all (not "100 % lost").
        expect(shares).toEqual([0, 0, 0]);
      }
    }
  });

  it('loses Li to the electrolyte only where the separator touches the layer: a thicker layer loses a smaller share', () => {
    const side = (thicknessUm: number) =>
      liInventory(settings({ xGe: 0.125, thicknessUm }), CALIBRATED_PARAMS).sideReaction_percent;
    expect(side(3)).toBeGreaterThan(0);
    // Same exposed face (one particle diameter), more alloy behind it.
    expect(side(10)).toBeLessThan(0.6 * side(3));
  });

  it('recovers in the voltage hold what slow solid diffusion left behind', () => {
    const small = liInventory(settings({ xGe: 0, particleRadiusUm: 0.3 }), CALIBRATED_PARAMS);
    const large = liInventory(settings({ xGe: 0, particleRadiusUm: 2 }), CALIBRATED_PARAMS);
    expect(large.quasiReversible_percent).toBeGreaterThan(small.quasiReversible_percent);
    expect(large.quasiReversible_percent).toBeGreaterThan(1);
    expect(large.ice_percent).toBeLessThan(small.ice_percent);
  });
});
