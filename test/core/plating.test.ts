import { describe, expect, it } from 'vitest';
import { DEFAULT_CHOICES, DEFAULT_INPUTS } from '../../src/core/inputs';
import { cellSettingsOf, computeKinetics } from '../../src/core/kinetics/api';
import { describeCell } from '../../src/core/kinetics/cell';
import { fullCellFirstCharge, PLATING_ONSET_V } from '../../src/core/kinetics/plating';
import { CALIBRATED_PARAMS } from '../../src/core/params';

describe('Li plating on a full cell’s first charge', () => {
  it('plates nothing when the anode has room (N/P 1.1), and plates when it is overfilled (N/P 0.8)', () => {
    const at = (npRatio: number) =>
      computeKinetics(
        { ...DEFAULT_INPUTS, xGe: 1, npRatio },
        { ...DEFAULT_CHOICES, cathode: 'lco' },
      ).fullCell;
    const roomy = at(1.1);
    expect(roomy.platingRisk).toBe(false);
    const tight = at(0.8);
    expect(tight.platingRisk).toBe(true);
    const message = tight.issues.find((i) => i.code === 'plating')?.message ?? '';
    expect(message).toMatch(/V vs Li at the separator/);
    // Overfilled, the cell loses more of its first charge.
    expect(tight.ice_percent).toBeLessThan(roomy.ice_percent);
  }, 30_000);

  it('plates only below the nucleation overpotential, and splits what plated into lost and recoverable', () => {
    const settings = cellSettingsOf({ ...DEFAULT_INPUTS, xGe: 1 }, DEFAULT_CHOICES);
    // 1.3 times the anode's Li₁₅Ge₄ capacity at 0.1 C: it must plate.
    const cell = describeCell(settings, CALIBRATED_PARAMS);
    const charge = 1.3 * cell.capacity_mAh_per_g * cell.loading_g_per_cm2;
    const run = fullCellFirstCharge(settings, CALIBRATED_PARAMS, charge, 0.1);
    expect(run.lowestPotential_V).toBeLessThan(-PLATING_ONSET_V + 0.01);
    const plated = run.platedLost_mAh_per_cm2 + run.platedInside_mAh_per_cm2;
    expect(plated).toBeGreaterThan(0);
    // Everything that passed is accounted for.
    const sum = run.alloyed_mAh_per_cm2 + run.sideReaction_mAh_per_cm2 + plated;
    expect(sum).toBeCloseTo(run.charge_mAh_per_cm2, 6);
  }, 30_000);
});
