import type { ResolvedAnode } from './anode';
import type { ResolvedCathode } from './cathodes';

/** Li balance of the first 0.1 C cycle, all in mAh/cm². */
export interface FirstCycle {
  readonly charge: number;
  readonly inserted: number;
  /** Plated and lost. */
  readonly plated: number;
  /** Plated at all, lost or stripped back on discharge. */
  readonly platedAny: number;
  readonly returned: number;
  readonly discharge: number;
  readonly cathodeAccepts: number;
}

/**
 * The cathode is charged to its cut-off and gives up its whole first-charge capacity. The anode
 * alloys with up to its own first-lithiation capacity; the rest plates. Of what it took in, the
 * anode gives back what its first-cycle loss leaves (part fixed, part in proportion to the Li
 * inserted); the cathode takes back at most its reversible capacity.
 */
export function firstCycle(
  anode: ResolvedAnode,
  cathode: ResolvedCathode,
  cathodeLoading: number,
): FirstCycle {
  const charge = cathode.firstChargeCapacity_mAh_per_g * cathodeLoading;
  const simulated = simulatedFirstCycle(anode, cathode, cathodeLoading, charge);
  if (simulated) return simulated;
  const anodeRoom = anode.lithiation_mAh_per_g * anode.loading_g_per_cm2;
  const inserted = Math.min(charge, anodeRoom);
  const plated = Math.max(0, charge - anodeRoom);
  const fullLoss =
    (anode.lithiation_mAh_per_g - anode.delithiation_mAh_per_g) * anode.loading_g_per_cm2;
  const fixedLoss = anode.fixedLossShare * fullLoss;
  const scaledLossPerInserted =
    anodeRoom > 0 ? ((1 - anode.fixedLossShare) * fullLoss) / anodeRoom : 0;
  const returned = Math.max(0, inserted - fixedLoss - scaledLossPerInserted * inserted);
  const cathodeAccepts = cathode.reversibleCapacity_mAh_per_g * cathodeLoading;
  return {
    charge,
    inserted,
    plated,
    platedAny: plated,
    returned,
    discharge: Math.min(returned, cathodeAccepts),
    cathodeAccepts,
  };
}

/**
 * The first cycle from the anode simulated through this very charge: Li plated where the
 * separator's electrolyte reaches is lost; Li plated inside the layer strips back first on
 * discharge; of the alloyed Li the anode returns the share its half-cell first cycle did.
 */
function simulatedFirstCycle(
  anode: ResolvedAnode,
  cathode: ResolvedCathode,
  cathodeLoading: number,
  charge: number,
): FirstCycle | null {
  const sim = anode.firstCharge;
  const share = anode.alloyReturn;
  if (!sim || share === null || Math.abs(sim.charge_mAh_per_cm2 - charge) > 1e-6 * charge + 1e-12)
    return null;
  const plated = sim.platedLost_mAh_per_cm2;
  const returned = sim.platedInside_mAh_per_cm2 + share * sim.alloyed_mAh_per_cm2;
  const cathodeAccepts = cathode.reversibleCapacity_mAh_per_g * cathodeLoading;
  return {
    charge,
    inserted: charge - plated,
    plated,
    platedAny: plated + sim.platedInside_mAh_per_cm2,
    returned,
    discharge: Math.min(returned, cathodeAccepts),
    cathodeAccepts,
  };
}

export function platingMessage(cycle: FirstCycle, anode: ResolvedAnode): string {
  const sim = anode.firstCharge;
  if (sim && anode.alloyReturn !== null) {
    return (
      `During the first charge the anode falls to ${sim.lowestPotential_V.toFixed(3)} V vs Li at ` +
      `the separator: ${cycle.platedAny.toFixed(3)} mAh/cm² of Li plates, ` +
      `${sim.platedLost_mAh_per_cm2.toFixed(3)} of it where the electrolyte reaches (lost) and ` +
      `${sim.platedInside_mAh_per_cm2.toFixed(3)} inside the layer (stripped back on discharge). ` +
      'Raise N/P or lower the charge rate.'
    );
  }
  return (
    `The first charge brings ${cycle.charge.toFixed(3)} mAh/cm² of Li but the anode takes only ` +
    `${cycle.inserted.toFixed(3)}: ${cycle.plated.toFixed(3)} mAh/cm² plates as Li metal. ` +
    'Raise N/P.'
  );
}
