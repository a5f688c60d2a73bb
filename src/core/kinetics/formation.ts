import type { ModelParams } from '../params';
import { describeCell, type CellSettings } from './cell';
import { Electrode } from './electrode';
import { runHalfCycle, type ProfilePoint } from './halfCycle';
import { DEFAULT_RESOLUTION, type Resolution } from './resolution';

export { MIN_CAPACITY_MAH_PER_G, percentOf } from './nothingInserted';

/** Formation cycle before every test, as in the study's first cycle. */
export const FORMATION_RATE = 0.1;

/** A formation cycle's charges, and the electrode it leaves behind. */
export interface Formed {
  readonly electrode: Electrode;
  readonly lithiation_mAh_per_g: number;
  readonly delithiation_mAh_per_g: number;
  /** The first cycle's voltage curves (its dQ/dV peaks are the cell's fingerprint). */
  readonly profile: FirstCycleProfile;
}

export interface FirstCycleProfile {
  readonly lithiation: readonly ProfilePoint[];
  readonly delithiation: readonly ProfilePoint[];
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
    profile: { lithiation: lithiation.profile, delithiation: delithiation.profile },
  };
}
