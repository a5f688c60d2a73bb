import type { ConductivityPoint } from '../core/conductivitySweep';
import type { KineticsView, RetentionPoint } from '../core/kinetics/api';
import type { DiffusivityCurves } from '../core/kinetics/diffusivityCurves';

/** One row of a figure's table: column name (with its unit) to value. */
export type DataRow = Readonly<Record<string, number | string>>;

/** What a figure offers for download: a file name and the rows of what it draws. */
export interface FigureData {
  readonly filename: string;
  /** Built on demand (a click), not on every render. */
  readonly rows: () => readonly DataRow[];
}

const at = (xGe: number) => `x${Number(xGe.toPrecision(6))}`;

// Column names follow the CLI's JSON keys: the unit is part of the name.

export const conductivityData = (sweep: readonly ConductivityPoint[]): FigureData => ({
  filename: 'sige-conductivity.csv',
  rows: () =>
    sweep.map((p) => ({
      xGe: p.xGe,
      sigmaElectronic_S_per_cm: p.electronic,
      sigmaIonic_S_per_cm: p.ionic,
      sigmaAmbipolar_S_per_cm: p.ambipolar,
    })),
});

/**
 * Both diffusivity curves in one table, told apart by `curve`: across compositions (each
 * the average over a lithiation, so no lithiation fraction) and through one lithiation of
 * the composition xGe.
 */
export const diffusivityData = (
  composition: DiffusivityCurves['composition'],
  lithiation: DiffusivityCurves['lithiation'],
  xGe: number,
): FigureData => ({
  filename: `sige-li-diffusivity-${at(xGe)}.csv`,
  rows: () => [
    ...composition.map((p) => ({
      curve: 'acrossComposition',
      xGe: p.xGe,
      lithiationFraction: '',
      diffusivity_cm2_per_s: p.D_cm2_per_s,
    })),
    ...lithiation.map((p) => ({
      curve: 'acrossLithiation',
      xGe,
      lithiationFraction: p.theta,
      diffusivity_cm2_per_s: p.D_cm2_per_s,
    })),
  ],
});

export const rateData = (k: KineticsView): FigureData => ({
  filename: `sige-rate-capability-${at(k.inputs.xGe)}.csv`,
  rows: () =>
    k.rateCurve.map((p) => ({
      xGe: k.inputs.xGe,
      cRate_C: p.cRate,
      delithiationCapacity_mAh_per_g: p.capacity_mAh_per_g,
    })),
});

export const retentionData = (points: readonly RetentionPoint[]): FigureData => ({
  filename: 'sige-retention-3c.csv',
  rows: () => points.map((p) => ({ xGe: p.xGe, retention3C_percent: p.retention3C_percent })),
});

export const profileData = (k: KineticsView): FigureData => ({
  filename: `sige-voltage-profiles-${at(k.inputs.xGe)}.csv`,
  rows: () =>
    k.profiles.flatMap((profile) =>
      (['lithiation', 'delithiation'] as const).flatMap((halfCycle) =>
        profile[halfCycle].map((p) => ({
          cRate_C: profile.cRate,
          halfCycle,
          capacity_mAh_per_g: p.capacity_mAh_per_g,
          potential_V_vs_Li: p.potential_V,
        })),
      ),
    ),
});

export const distributionData = (k: KineticsView): FigureData => ({
  filename: `sige-reaction-distribution-${at(k.inputs.xGe)}.csv`,
  rows: () => {
    const d = k.distribution;
    return d.position.map((position, i) => ({
      halfCycle: d.branch,
      passed_mAh_per_g: d.capacity_mAh_per_g,
      position_fraction_from_collector: position,
      reactionRate_relative_to_mean: d.reaction[i] ?? Number.NaN,
      lithiationFraction: d.theta[i] ?? Number.NaN,
    }));
  },
});

export const inventoryData = (points: readonly RetentionPoint[]): FigureData => ({
  filename: 'sige-li-inventory.csv',
  rows: () =>
    points.map((p) => ({
      xGe: p.xGe,
      reversible_percent: p.inventory.reversible_percent,
      quasiReversible_percent: p.inventory.quasiReversible_percent,
      inactive_percent: p.inventory.inactive_percent,
    })),
});

export const fullCellVoltageData = (k: KineticsView): FigureData => ({
  filename: `sige-full-cell-first-cycle-${k.fullCell.cathode}-${at(k.inputs.xGe)}.csv`,
  rows: () =>
    (['charge', 'discharge'] as const).flatMap((halfCycle) =>
      k.fullCell.voltageCurve[halfCycle].map((p) => ({
        halfCycle,
        capacity_mAh_per_g_cathode: p.capacity_mAh_per_g_cathode,
        voltage_V: p.voltage_V,
      })),
    ),
});

export const fullCellRateData = (k: KineticsView): FigureData => ({
  filename: `sige-full-cell-rate-${k.fullCell.cathode}-${at(k.inputs.xGe)}.csv`,
  rows: () =>
    k.fullCell.rateCurve.map((p) => ({
      cRate_C: p.cRate,
      dischargeCapacity_mAh_per_g_cathode: p.capacity_mAh_per_g_cathode,
    })),
});
