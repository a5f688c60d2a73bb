import { arrheniusFactor } from './arrhenius';
import { REFERENCE_TEMPERATURE_K } from './constants';
import { sigmaAmbipolar, sigmaElectronic, sigmaIonic } from './conductivity';
import { FIXED, type ModelParams } from './params';

/** What-if multipliers of σe and σi (1 for the calibrated model). */
export interface ConductivityScales {
  readonly electronic: number;
  readonly ionic: number;
}

const UNSCALED: ConductivityScales = { electronic: 1, ionic: 1 };

/**
 * Average Li diffusivity during lithiation (what GITT reports), cm²/s.
 * Li moves through a mixed conductor as Li⁺ with its electron, so its chemical diffusivity
 * scales with the ambipolar conductivity σe·σi/(σe + σi) (Weppner & Huggins, JES 124, 1569,
 * 1977): the poorer carrier sets it. Lithiation has already changed the host, so only a
 * power φ of the pristine ambipolar ratio carries over:
 *   ln D(x) = ln D_Si + φ·ln(σ_amb(x)/σ_amb(Si)) at 298 K,
 * and D follows Arrhenius with the barrier of lithiated Li–Si phases. The what-if scales act
 * here too: they change σ_amb.
 */
export function diffusivity(
  xGe: number,
  temperatureK: number,
  params: Pick<ModelParams, 'diffusion' | 'electronic' | 'ionic'>,
  scales: ConductivityScales = UNSCALED,
): number {
  const ambipolar = (x: number, s: ConductivityScales) =>
    sigmaAmbipolar(
      sigmaElectronic(x, REFERENCE_TEMPERATURE_K, params.electronic) * s.electronic,
      sigmaIonic(x, REFERENCE_TEMPERATURE_K, params.ionic) * s.ionic,
    );
  const ratio = ambipolar(xGe, scales) / ambipolar(0, UNSCALED);
  const d = params.diffusion;
  return (
    10 ** d.log10DiffusivitySi_cm2_per_s *
    ratio ** d.barrierTransferFraction *
    arrheniusFactor(FIXED.diffusionBarrierLithiated_eV, temperatureK)
  );
}
