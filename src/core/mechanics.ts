import { other_si_based_anodes_in_ASSBs } from '../data/sige-anodes.json';
import { theoreticalCapacity } from './composition';
import { AVOGADRO_PER_MOL } from './constants';
import { MIN_CAPACITY_MAH_PER_G } from './kinetics/nothingInserted';
import type { LiInventory } from './kinetics/inventory';
import { molarVolume } from './structure';

/**
 * Swelling and cracking of the alloy particles: context for the electrode model, which does
 * not simulate either (its particles keep their radius and never break).
 */

/**
 * Li15Si4, the phase room-temperature lithiation ends in: cubic, a = 10.685 Å, 16 Si per
 * cell (physics notes). Its volume per Si atom is ~3.8 × that of diamond Si.
 */
const LI15SI4_LATTICE_A = 10.685;
const LI15SI4_HOSTS_PER_CELL = 16;

/**
 * Li15Ge4 swells by about +250 % per Ge atom (physics notes; its lattice constant is not
 * confirmed there, so this is the weaker of the two end points).
 */
const LI15GE4_EXPANSION = 2.5;

/** Volume of fully lithiated Li15Si4 per mol of Si, cm³/mol. */
function lithiatedSiMolarVolume(): number {
  const aCm = LI15SI4_LATTICE_A * 1e-8;
  return (aCm ** 3 * AVOGADRO_PER_MOL) / LI15SI4_HOSTS_PER_CELL;
}

/**
 * Volume of Li15(Si,Ge)4 per mol of host atoms, cm³/mol. Assumption: the lithiated phases mix
 * ideally (a straight line between the end members), as the pristine alloy nearly does.
 */
export function lithiatedMolarVolume(xGe: number): number {
  const ge = (1 + LI15GE4_EXPANSION) * molarVolume(1);
  return (1 - xGe) * lithiatedSiMolarVolume() + xGe * ge;
}

/**
 * Relative volume change of one particle, ΔV/V, when a fraction `lithiated` (0–1) of Li15M4
 * is inserted. Assumption: each Li adds the same volume whatever the Li content, so the change
 * grows linearly with the charge (amorphous Li–Si roughly behaves so).
 */
export function particleVolumeChange(xGe: number, lithiated = 1): number {
  const share = Math.min(1, Math.max(0, lithiated));
  return share * (lithiatedMolarVolume(xGe) / molarVolume(xGe) - 1);
}

/** Growth of a particle's radius for a volume change ΔV/V (isotropic swelling). */
export const radiusChange = (volumeChange: number): number => Math.cbrt(1 + volumeChange) - 1;

/**
 * Thickness change of a layer with porosity ε whose particles swell by ΔV/V. Assumptions
 * (upper bound for an electrolyte-free layer in a pressed cell): the pores take up the
 * swelling first, and what they cannot take goes into the thickness only, because the cell
 * holds the layer laterally.
 */
export function electrodeThicknessChange(porosity: number, volumeChange: number): number {
  return Math.max(0, (1 - porosity) * (1 + volumeChange) - 1);
}

/** The porosity that would just take up a particle volume change without the layer growing. */
export const absorbingPorosity = (volumeChange: number): number =>
  volumeChange / (1 + volumeChange);

/**
 * Particle diameters above which Si cracks on lithiation (Zhang2025, Sec. 4.1): crystalline
 * 150 nm, amorphous 870 nm. Assumption: Ge-bearing alloys are treated like Si (the reference
 * gives no figure for Ge, which is known to be more forgiving).
 */
const { crystalline_Si, amorphous_Si } =
  other_si_based_anodes_in_ASSBs.critical_fracture_diameter_nm;
export const CRITICAL_FRACTURE_DIAMETER_NM = {
  crystalline: crystalline_Si,
  amorphous: amorphous_Si,
} as const;

/** Which particles of this radius are expected to crack on lithiation. */
export type FractureRisk = 'none' | 'crystalline' | 'all';

export function fractureRisk(radiusUm: number): FractureRisk {
  const diameterNm = 2000 * radiusUm;
  if (diameterNm > CRITICAL_FRACTURE_DIAMETER_NM.amorphous) return 'all';
  if (diameterNm > CRITICAL_FRACTURE_DIAMETER_NM.crystalline) return 'crystalline';
  return 'none';
}

/** The swelling of one first lithiation, for the readout. */
export interface Swelling {
  /** Share of Li15M4 the alloy took (the side reaction's Li is not in the particles). */
  readonly lithiated: number;
  /** ΔV/V of a particle at the end of the lithiation, and when full (Li15M4). */
  readonly particle: number;
  readonly particleFull: number;
  /** Its radius change. */
  readonly radius: number;
  /** Thickness change of the layer at its porosity (see electrodeThicknessChange). */
  readonly electrode: number;
  /** The porosity that would take up the particle's swelling. */
  readonly absorbingPorosity: number;
}

/**
 * How much the particles and the layer swell in a first lithiation that inserted
 * `inserted_mAh_per_g`, a `sideReaction_percent` of it lost to the electrolyte; null when
 * nothing went in.
 */
export function firstLithiationSwelling(
  xGe: number,
  porosity: number,
  inventory: Pick<LiInventory, 'inserted_mAh_per_g' | 'sideReaction_percent'>,
): Swelling | null {
  if (!(inventory.inserted_mAh_per_g >= MIN_CAPACITY_MAH_PER_G)) return null;
  const alloy = inventory.inserted_mAh_per_g * (1 - inventory.sideReaction_percent / 100);
  const lithiated = Math.min(1, alloy / theoreticalCapacity(xGe));
  const particle = particleVolumeChange(xGe, lithiated);
  return {
    lithiated,
    particle,
    particleFull: particleVolumeChange(xGe),
    radius: radiusChange(particle),
    electrode: electrodeThicknessChange(porosity, particle),
    absorbingPorosity: absorbingPorosity(particle),
  };
}
