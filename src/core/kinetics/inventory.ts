import type { ModelParams } from '../params';
import { describeCell, type CellSettings } from './cell';
import { Electrode, type Resolution, DEFAULT_RESOLUTION } from './electrode';
import { runHalfCycle } from './halfCycle';
import { VOLTAGE_WINDOW_V_VS_LI } from './ocp';
import { holdAt } from './voltageHold';

/** The study's Li-inventory protocol (LiXia2025, Fig. 3d–f). */
export const INVENTORY_PROTOCOL = {
  cRate: 0.1,
  /** Hold at the upper cut-off (1.4 V vs Li–In), 16 h. */
  holdPotential_V: VOLTAGE_WINDOW_V_VS_LI.upper,
  holdDuration_s: 16 * 3600,
} as const;

/** Where the Li inserted in the first lithiation went, as shares of it. */
export interface LiInventory {
  readonly inserted_mAh_per_g: number;
  /** Recovered by the constant-current delithiation (RA-Li). */
  readonly reversible_percent: number;
  /** Recovered only during the constant-voltage hold (QA-Li). */
  readonly quasiReversible_percent: number;
  /** Never recovered (I-Li). */
  readonly inactive_percent: number;
  /** First-cycle efficiency: constant-current delithiation over lithiation. */
  readonly ice_percent: number;
}

/**
 * Lithiate at 0.1 C, delithiate at 0.1 C to the upper cut-off, hold there for 16 h: the
 * three shares follow from the charge of each step. The percentages are clamped to be
 * non-negative and made to sum to exactly 100.
 */
export function liInventory(
  settings: CellSettings,
  params: ModelParams,
  resolution: Resolution = DEFAULT_RESOLUTION,
): LiInventory {
  const e = new Electrode(describeCell(settings, params), resolution);
  const { cRate, holdPotential_V, holdDuration_s } = INVENTORY_PROTOCOL;
  const inserted = runHalfCycle(e, cRate, 'lithiation').capacity_mAh_per_g;
  const cc = runHalfCycle(e, cRate, 'delithiation').capacity_mAh_per_g;
  const hold = holdAt(e, holdPotential_V, holdDuration_s, 'delithiation').capacity_mAh_per_g;
  if (!(inserted > 0)) {
    return {
      inserted_mAh_per_g: 0,
      reversible_percent: 0,
      quasiReversible_percent: 0,
      inactive_percent: 100,
      ice_percent: 0,
    };
  }
  const reversible = Math.min(100, Math.max(0, (100 * cc) / inserted));
  const quasi = Math.min(100 - reversible, Math.max(0, (100 * hold) / inserted));
  return {
    inserted_mAh_per_g: inserted,
    reversible_percent: reversible,
    quasiReversible_percent: quasi,
    inactive_percent: 100 - reversible - quasi,
    ice_percent: reversible,
  };
}
