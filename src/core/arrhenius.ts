import { BOLTZMANN_EV_PER_K, REFERENCE_TEMPERATURE_K } from './constants';

/**
 * Factor by which a thermally activated quantity changes from the reference
 * temperature to T: exp(−Ea/k·(1/T − 1/T_ref)). Values calibrated at 298 K are
 * multiplied by this, so the fitted prefactors keep their meaning at room temperature.
 */
export function arrheniusFactor(activation_eV: number, temperatureK: number): number {
  return Math.exp(
    (-activation_eV / BOLTZMANN_EV_PER_K) * (1 / temperatureK - 1 / REFERENCE_TEMPERATURE_K),
  );
}
