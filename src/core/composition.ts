import {
  FARADAY_C_PER_MOL,
  LI_PER_HOST_LI15M4,
  MOLAR_MASS_GE_G_PER_MOL,
  MOLAR_MASS_SI_G_PER_MOL,
} from './constants';

/** Mean host molar mass of Si(1−x)Ge(x). */
export function molarMass(xGe: number): number {
  return (1 - xGe) * MOLAR_MASS_SI_G_PER_MOL + xGe * MOLAR_MASS_GE_G_PER_MOL;
}

/** Mass fraction of Ge for a given atom fraction. */
export function geWeightFraction(xGe: number): number {
  return (xGe * MOLAR_MASS_GE_G_PER_MOL) / molarMass(xGe);
}

/**
 * Specific capacity Q = n·F/(3.6·M) in mAh per gram of host, for n Li per host atom.
 * The default n is Li15M4, reached at room temperature.
 */
export function theoreticalCapacity(xGe: number, liPerHost = LI_PER_HOST_LI15M4): number {
  return (liPerHost * FARADAY_C_PER_MOL) / (3.6 * molarMass(xGe));
}
