import type { ModelParams } from '../params';
import { describeCell, type CellSettings } from './cell';
import { Electrode } from './electrode';
import { runHalfCycle } from './halfCycle';
import { DEFAULT_RESOLUTION, type Resolution } from './resolution';

/** Formation cycle before every test, as in the study's first cycle. */
export const FORMATION_RATE = 0.1;

/**
 * Below this much charge, mAh/g, nothing counts as inserted or delivered: a ratio of two
 * such traces (a retention, a share of the inventory) is numerical noise, not physics,
 * and jumped between 0 and 68 % for neighbouring x at extreme settings.
 */
export const MIN_CAPACITY_MAH_PER_G = 1;

/** high / low in per cent, or NaN when low is below MIN_CAPACITY_MAH_PER_G (nothing to compare). */
export const percentOf = (high: number, low: number): number =>
  low >= MIN_CAPACITY_MAH_PER_G ? (100 * Math.max(0, high)) / low : Number.NaN;

/** A formation cycle's charges, and the electrode it leaves behind. */
export interface Formed {
  readonly electrode: Electrode;
  readonly lithiation_mAh_per_g: number;
  readonly delithiation_mAh_per_g: number;
}

/** The study's first cycle: lithiation and delithiation at 0.1 C from the pristine layer. */
export function formElectrode(
  settings: CellSettings,
  params: ModelParams,
  resolution: Resolution = DEFAULT_RESOLUTION,
): Formed {
  const electrode = new Electrode(describeCell(settings, params), resolution);
  const lithiation = runHalfCycle(electrode, FORMATION_RATE, 'lithiation');
  const delithiation = runHalfCycle(electrode, FORMATION_RATE, 'delithiation');
  return {
    electrode,
    lithiation_mAh_per_g: lithiation.capacity_mAh_per_g,
    delithiation_mAh_per_g: delithiation.capacity_mAh_per_g,
  };
}
