import { describe, expect, it } from 'vitest';
import { DEFAULT_CHOICES, DEFAULT_INPUTS, INPUT_SPECS } from '../../src/core/inputs';
import { cellSettingsOf } from '../../src/core/kinetics/api';
import { formElectrode } from '../../src/core/kinetics/formation';
import { INVENTORY_PROTOCOL, inventoryOf, liInventory } from '../../src/core/kinetics/inventory';
import { holdAt } from '../../src/core/kinetics/voltageHold';
import { CALIBRATED_PARAMS } from '../../src/core/params';

const settings = (over: Partial<typeof DEFAULT_INPUTS>) =>
  cellSettingsOf({ ...DEFAULT_INPUTS, ...over }, DEFAULT_CHOICES);

describe('Li inventory after the first cycle', () => {
  it('accounts for every inserted charge: given back, recovered in the hold, lost to the electrolyte or still in the alloy', () => {
    // The shares are clamped to ≥ 0 and sum to 100 by construction; what can fail is the
    // solver's charge balance behind them, at random settings including the range's ends.
    let s = 11;
    const rand = () => (s = (1664525 * s + 1013904223) >>> 0) / 2 ** 32;
    for (let i = 0; i < 8; i++) {
      const pick = (key: 'xGe' | 'particleRadiusUm' | 'thicknessUm' | 'temperatureC') => {
        const { min, max } = INPUT_SPECS[key];
        const r = rand();
        return r < 0.25 ? min : r > 0.75 ? max : min + (max - min) * rand();
      };
      const formed = formElectrode(
        settings({
          xGe: pick('xGe'),
          particleRadiusUm: pick('particleRadiusUm'),
          thicknessUm: pick('thicknessUm'),
          temperatureC: pick('temperatureC'),
        }),
        CALIBRATED_PARAMS,
      );
      const e = formed.electrode.clone();
      const toCapacity = 1 / (3.6 * e.cell.loading_g_per_cm2);
      const hold = holdAt(
        e,
        e.cell.window.upper,
        INVENTORY_PROTOCOL.holdDuration_s,
        'delithiation',
        {
          steps: e.resolution.holdSteps,
        },
      ).capacity_mAh_per_g;
      const stillIn = e.totalTheta() * e.cell.capacity_mAh_per_g;
      const lost = e.sides.charge * toCapacity;
      const inserted = formed.lithiation_mAh_per_g;
      const outOrKept = formed.delithiation_mAh_per_g + hold + lost + stillIn;
      expect(Math.abs(inserted - outOrKept)).toBeLessThan(1e-3 * Math.max(inserted, 1));
      const inv = inventoryOf(formed);
      if (inserted >= 1) {
        // The inventory's shares are these charges, unclamped.
        expect(inv.reversible_percent).toBeCloseTo(
          (100 * formed.delithiation_mAh_per_g) / inserted,
          6,
        );
        expect(inv.quasiReversible_percent).toBeCloseTo((100 * hold) / inserted, 1);
        expect(inv.sideReaction_percent).toBeCloseTo((100 * lost) / inserted, 1);
      } else {
        // Nothing went in: nothing to account for, so no share at all (not "100 % lost").
        expect([inv.reversible_percent, inv.quasiReversible_percent, inv.inactive_percent]).toEqual(
          [0, 0, 0],
        );
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
