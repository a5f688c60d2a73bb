/**
 * The model's value of each target for one parameter set: the protocol of computeKinetics
 * (a 0.1 C formation, then each rate test from the formed electrode) run at the data's own
 * C-rates rather than at its fixed rate grid, so nothing is interpolated.
 */
import type { CellSettings } from '../kinetics/cell';
import { formElectrode } from '../kinetics/formation';
import { rateTest } from '../kinetics/protocol';
import type { ModelParams } from '../params';
import type { RefitTarget } from './types';

export function modelFigures(
  targets: readonly RefitTarget[],
  cell: CellSettings,
  params: ModelParams,
): number[] {
  const formation = formElectrode(cell, params);
  const atRate = new Map<number, number>();
  const capacityAt = (cRate: number): number => {
    let capacity = atRate.get(cRate);
    if (capacity === undefined) {
      capacity = rateTest(formation.electrode, cRate).delithiation.capacity_mAh_per_g;
      atRate.set(cRate, capacity);
    }
    return capacity;
  };
  return targets.map((t) => {
    switch (t.kind) {
      case 'first lithiation':
        return formation.lithiation_mAh_per_g;
      case 'first delithiation':
        return formation.delithiation_mAh_per_g;
      case 'rate':
        return capacityAt(t.cRate ?? Number.NaN);
    }
  });
}
