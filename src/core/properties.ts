import { bandGap } from './bandGap';
import { geWeightFraction, molarMass, theoreticalCapacity } from './composition';
import { ZERO_CELSIUS_K } from './constants';
import { sigmaAmbipolar, sigmaElectronic, sigmaIonic } from './conductivity';
import { diffusivity } from './diffusion';
import { electrodeSizeOf } from './electrodeSize';
import { DEFAULT_CHOICES, type ModelInputs } from './inputs';
import { CALIBRATED_PARAMS, type ModelParams } from './params';
import { density, latticeConstant, xrd111TwoTheta } from './structure';
import { conductivityToDiffusivity, diffusionTime, midStateLiConcentration } from './timeConstants';

/** Every figure for one composition and setting; the unit is part of each key. */
export interface Properties {
  readonly xGe: number;
  readonly temperature_K: number;
  readonly geWeightFraction: number;
  readonly molarMass_g_per_mol: number;
  readonly theoreticalCapacity_mAh_per_g: number;
  readonly density_g_per_cm3: number;
  readonly latticeConstant_A: number;
  readonly xrd111TwoTheta_deg: number;
  readonly bandGap_eV: number;
  readonly sigmaElectronic_S_per_cm: number;
  readonly sigmaIonic_S_per_cm: number;
  readonly sigmaAmbipolar_S_per_cm: number;
  /** σe/σi: > 1 electron-rich, < 1 ion-rich. */
  readonly electronicToIonicRatio: number;
  readonly diffusivity_cm2_per_s: number;
  /** r²/D: Li diffusion across one particle. */
  readonly tauParticle_s: number;
  /** L²/D_σe: electrons alone across the electrode layer. */
  readonly tauElectronic_s: number;
  /** L²/D_σi: Li⁺ alone across the electrode layer. */
  readonly tauIonic_s: number;
  /** L²/D̃: coupled (ambipolar) transport across the layer. */
  readonly tauAmbipolar_s: number;
}

export function temperatureKOf(inputs: Pick<ModelInputs, 'temperatureC'>): number {
  return inputs.temperatureC + ZERO_CELSIUS_K;
}

/** The what-if multipliers of σe and σi (inputs carry them). */
export type TransportScales = Pick<ModelInputs, 'electronicScale' | 'ionicScale'>;

/** The calibrated model, no what-if. */
export const CALIBRATED_SCALES: TransportScales = { electronicScale: 1, ionicScale: 1 };

/** Conductivities of one composition at one temperature, times the what-if multipliers. */
export function conductivities(
  xGe: number,
  temperatureK: number,
  scales: TransportScales = CALIBRATED_SCALES,
  params = CALIBRATED_PARAMS,
) {
  const electronic = sigmaElectronic(xGe, temperatureK, params.electronic) * scales.electronicScale;
  const ionic = sigmaIonic(xGe, temperatureK, params.ionic) * scales.ionicScale;
  return { electronic, ionic, ambipolar: sigmaAmbipolar(electronic, ionic) };
}

/**
 * The figures of one composition and setting. `basis` says whether the thickness or the
 * loading input sets the layer whose transport times are given.
 */
export function evaluateProperties(
  inputs: ModelInputs,
  basis: string = DEFAULT_CHOICES.electrodeBasis,
  params: ModelParams = CALIBRATED_PARAMS,
): Properties {
  const x = inputs.xGe;
  const T = temperatureKOf(inputs);
  const sigma = conductivities(x, T, inputs, params);
  const D = diffusivity(x, T, params, {
    electronic: inputs.electronicScale,
    ionic: inputs.ionicScale,
  });
  const c = midStateLiConcentration(x);
  const { thicknessUm } = electrodeSizeOf(inputs, basis);
  const layerTime = (s: number) => diffusionTime(thicknessUm, conductivityToDiffusivity(s, T, c));
  return {
    xGe: x,
    temperature_K: T,
    geWeightFraction: geWeightFraction(x),
    molarMass_g_per_mol: molarMass(x),
    theoreticalCapacity_mAh_per_g: theoreticalCapacity(x),
    density_g_per_cm3: density(x),
    latticeConstant_A: latticeConstant(x),
    xrd111TwoTheta_deg: xrd111TwoTheta(x),
    bandGap_eV: bandGap(x),
    sigmaElectronic_S_per_cm: sigma.electronic,
    sigmaIonic_S_per_cm: sigma.ionic,
    sigmaAmbipolar_S_per_cm: sigma.ambipolar,
    electronicToIonicRatio: sigma.electronic / sigma.ionic,
    diffusivity_cm2_per_s: D,
    tauParticle_s: diffusionTime(inputs.particleRadiusUm, D),
    tauElectronic_s: layerTime(sigma.electronic),
    tauIonic_s: layerTime(sigma.ionic),
    tauAmbipolar_s: layerTime(sigma.ambipolar),
  };
}
