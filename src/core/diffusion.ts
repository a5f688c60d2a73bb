import { arrheniusFactor } from './arrhenius';
import { REFERENCE_TEMPERATURE_K } from './constants';
import { sigmaIonic } from './conductivity';
import { FIXED, type DiffusionParams, type IonicParams } from './params';

/**
 * Average Li diffusivity during lithiation (what GITT reports), cm²/s.
 * Lithiation has already expanded the host, so only a fraction φ of the pristine
 * composition-dependent barrier change carries over:
 *   ln D(x) = ln D_Si + φ·ln(σi(x)/σi(0)) at 298 K,
 * and D follows Arrhenius with the barrier of lithiated Li–Si phases.
 */
export function diffusivity(
  xGe: number,
  temperatureK: number,
  d: DiffusionParams,
  ionic: IonicParams,
): number {
  const ratio =
    sigmaIonic(xGe, REFERENCE_TEMPERATURE_K, ionic) / sigmaIonic(0, REFERENCE_TEMPERATURE_K, ionic);
  return (
    10 ** d.log10DiffusivitySi_cm2_per_s *
    ratio ** d.barrierTransferFraction *
    arrheniusFactor(FIXED.diffusionBarrierLithiated_eV, temperatureK)
  );
}
