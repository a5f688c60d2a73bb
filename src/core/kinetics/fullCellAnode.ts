import type { AnodeHalfCell } from '../fullCell';
import type { CellDescription } from './cell';
import type { ProfilePoint } from './halfCycle';
import type { KineticsResult } from './protocol';

/** Charge-weighted mean potential of a half-cycle profile, V (NaN when it is empty). */
function meanPotential(profile: readonly ProfilePoint[]): number {
  let area = 0;
  for (let i = 1; i < profile.length; i++) {
    const a = profile[i - 1] as ProfilePoint;
    const b = profile[i] as ProfilePoint;
    area += 0.5 * (a.potential_V + b.potential_V) * (b.capacity_mAh_per_g - a.capacity_mAh_per_g);
  }
  const span = (profile.at(-1)?.capacity_mAh_per_g ?? 0) - (profile[0]?.capacity_mAh_per_g ?? 0);
  return span > 0 ? area / span : Number.NaN;
}

/**
 * The half-cell figures the full-cell model needs, from one kinetics evaluation: the first
 * cycle at 0.1 C, the rate curve (1 C = the alloy's Li₁₅M₄ capacity in an hour), and the
 * slowest profile drawn as the potential curve of the anode.
 */
export function anodeHalfCellOf(result: KineticsResult, cell: CellDescription): AnodeHalfCell {
  const slowest = [...result.profiles].sort((a, b) => a.cRate - b.cRate)[0];
  const lithiation = slowest?.lithiation ?? [];
  const delithiation = slowest?.delithiation ?? [];
  const inventory = result.inventory;
  const lost = inventory.quasiReversible_percent + inventory.inactive_percent;
  return {
    lithiation_mAh_per_g: result.formation.lithiation_mAh_per_g,
    delithiation_mAh_per_g: result.formation.delithiation_mAh_per_g,
    rateCurve: result.rateCurve,
    rateCurveBasis_mAh_per_g: cell.capacity_mAh_per_g,
    averageLithiationPotential_V: finiteOr(meanPotential(lithiation), 0.15),
    averageDelithiationPotential_V: finiteOr(meanPotential(delithiation), 0.4),
    loading_g_per_cm2: cell.loading_g_per_cm2,
    lithiationProfile: lithiation,
    delithiationProfile: delithiation,
    // The side reaction's Li is spent whatever the cell; trapped Li scales with depth.
    fixedLossShare: lost > 0 ? inventory.sideReaction_percent / lost : 0,
  };
}

function finiteOr(v: number, fallback: number): number {
  return Number.isFinite(v) ? v : fallback;
}
