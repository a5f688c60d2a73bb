import type { ModelParams } from '../params';
import type { CellSettings } from './cell';
import { DEFAULT_RESOLUTION, type Resolution } from './resolution';
import { formElectrode, MIN_CAPACITY_MAH_PER_G, type Formed } from './formation';
import { holdAt } from './voltageHold';

/** The study's Li-inventory protocol (LiXia2025, Fig. 3d–f) after the 0.1 C first cycle. */
export const INVENTORY_PROTOCOL = {
  /** Hold at the upper cut-off (1.4 V vs Li–In, the cell's window), 16 h. */
  holdDuration_s: 16 * 3600,
} as const;

/** Where the Li inserted in the first lithiation went, as shares of it. */
export interface LiInventory {
  readonly inserted_mAh_per_g: number;
  /** Recovered by the constant-current delithiation (RA-Li). */
  readonly reversible_percent: number;
  /** Recovered only during the constant-voltage hold (QA-Li). */
  readonly quasiReversible_percent: number;
  /** Never recovered (I-Li): the side reaction's share plus Li still held after the hold. */
  readonly inactive_percent: number;
  /** Of the inactive share: consumed by the low-potential side reaction. */
  readonly sideReaction_percent: number;
  /** First-cycle efficiency: constant-current delithiation over lithiation. */
  readonly ice_percent: number;
}

const EMPTY: LiInventory = {
  inserted_mAh_per_g: 0,
  reversible_percent: 0,
  quasiReversible_percent: 0,
  inactive_percent: 0,
  sideReaction_percent: 0,
  ice_percent: 0,
};

/**
 * The inventory of a formed electrode: its first cycle gives the inserted and the
 * constant-current charge, then a 16 h hold at the upper cut-off (on a copy) gives what
 * slow transport had trapped. Shares are clamped to ≥ 0 and sum to exactly 100 — or are all 0
 * when nothing went in (there is nothing to account for, and no share to draw).
 */
export function inventoryOf(formed: Formed): LiInventory {
  const inserted = formed.lithiation_mAh_per_g;
  if (!(inserted >= MIN_CAPACITY_MAH_PER_G)) return EMPTY;
  const e = formed.electrode.clone();
  const hold = holdAt(e, e.cell.window.upper, INVENTORY_PROTOCOL.holdDuration_s, 'delithiation', {
    steps: e.resolution.holdSteps,
  }).capacity_mAh_per_g;
  const toCapacity = 1 / (3.6 * e.cell.loading_g_per_cm2);
  const reversible = clamp((100 * formed.delithiation_mAh_per_g) / inserted, 0, 100);
  const quasi = clamp((100 * hold) / inserted, 0, 100 - reversible);
  const inactive = 100 - reversible - quasi;
  const side = clamp((100 * e.sides.charge * toCapacity) / inserted, 0, inactive);
  return {
    inserted_mAh_per_g: inserted,
    reversible_percent: reversible,
    quasiReversible_percent: quasi,
    inactive_percent: inactive,
    sideReaction_percent: side,
    ice_percent: reversible,
  };
}

/** Lithiate at 0.1 C, delithiate at 0.1 C to the upper cut-off, hold there for 16 h. */
export function liInventory(
  settings: CellSettings,
  params: ModelParams,
  resolution: Resolution = DEFAULT_RESOLUTION,
): LiInventory {
  return inventoryOf(formElectrode(settings, params, resolution));
}

function clamp(v: number, lo: number, hi: number): number {
  return Number.isFinite(v) ? Math.min(hi, Math.max(lo, v)) : lo;
}
