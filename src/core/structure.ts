import { AVOGADRO_PER_MOL, CU_K_ALPHA_A } from './constants';
import { molarMass } from './composition';

/** Diamond cubic: eight host atoms per conventional cell. */
const ATOMS_PER_CELL = 8;

/**
 * Relaxed lattice constant of Si(1−x)Ge(x) in Å: Vegard's line between Si and Ge
 * with the small measured bowing term (D. J. Paul's compilation; Dismukes et al. 1964).
 */
export function latticeConstant(xGe: number): number {
  return 5.431 + 0.1992 * xGe + 0.02733 * xGe * xGe;
}

/** X-ray density from the cell volume and the mean host mass, g/cm³. */
export function density(xGe: number): number {
  const aCm = latticeConstant(xGe) * 1e-8;
  return (ATOMS_PER_CELL * molarMass(xGe)) / (AVOGADRO_PER_MOL * aCm ** 3);
}

/** Molar volume of host atoms, cm³ per mol of Si+Ge. */
export function molarVolume(xGe: number): number {
  const aCm = latticeConstant(xGe) * 1e-8;
  return (aCm ** 3 * AVOGADRO_PER_MOL) / ATOMS_PER_CELL;
}

/** Bragg angle 2θ of the (111) reflection, degrees, for the given wavelength (Å). */
export function xrd111TwoTheta(xGe: number, wavelengthA = CU_K_ALPHA_A): number {
  const d111 = latticeConstant(xGe) / Math.sqrt(3);
  return (2 * Math.asin(wavelengthA / (2 * d111)) * 180) / Math.PI;
}
