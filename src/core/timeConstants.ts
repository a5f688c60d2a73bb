import { FARADAY_C_PER_MOL, GAS_CONSTANT_J_PER_MOL_K, LI_PER_HOST_LI15M4 } from './constants';
import { molarVolume } from './structure';

/**
 * Li concentration (mol/cm³ of host) halfway to Li15M4: the state at which the
 * transport times below are quoted.
 */
export function midStateLiConcentration(xGe: number): number {
  return (0.5 * LI_PER_HOST_LI15M4) / molarVolume(xGe);
}

/**
 * Nernst–Einstein diffusivity equivalent of a conductivity, cm²/s:
 * D_σ = σ·R·T/(F²·c), taking the thermodynamic factor as 1.
 */
export function conductivityToDiffusivity(
  sigma_S_per_cm: number,
  temperatureK: number,
  concentration_mol_per_cm3: number,
): number {
  return (
    (sigma_S_per_cm * GAS_CONSTANT_J_PER_MOL_K * temperatureK) /
    (FARADAY_C_PER_MOL ** 2 * concentration_mol_per_cm3)
  );
}

/** Diffusion time L²/D in seconds, for a length in µm and D in cm²/s. */
export function diffusionTime(length_um: number, diffusivity_cm2_per_s: number): number {
  const lengthCm = length_um * 1e-4;
  return (lengthCm * lengthCm) / diffusivity_cm2_per_s;
}
