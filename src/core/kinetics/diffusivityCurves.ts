import { compositionGrid } from '../conductivitySweep';
import { diffusivity } from '../diffusion';
import type { ModelChoices, ModelInputs } from '../inputs';
import { CALIBRATED_PARAMS, type ModelParams } from '../params';
import { temperatureKOf } from '../properties';
import type { SweepConditions } from '../sweepConditions';
import { cellSettingsOf } from './cellSettings';
import { describeCell } from './cell';

/** What the diffusivity figure draws: D across compositions, and D across one lithiation. */
export interface DiffusivityCurves {
  /** The GITT-average diffusivity D(x) at the current temperature, cm²/s. */
  readonly composition: readonly { readonly xGe: number; readonly D_cm2_per_s: number }[];
  /** D(θ) of the current composition through a lithiation, θ = 0 … 1 of Li₁₅M₄, cm²/s. */
  readonly lithiation: readonly { readonly theta: number; readonly D_cm2_per_s: number }[];
}

const THETAS = Array.from({ length: 101 }, (_, i) => i / 100);

/**
 * D(x): the level of the law each particle of the electrode model is given (`describeCell`
 * builds it from the same `diffusivity` call), so the figure shows what the kinetics compute
 * with; test/core/diffusivityCurves.test.ts holds the two together.
 */
export function diffusivityAcrossX(
  conditions: SweepConditions,
  params: ModelParams = CALIBRATED_PARAMS,
): DiffusivityCurves['composition'] {
  const T = temperatureKOf(conditions);
  const scales = { electronic: conditions.electronicScale, ionic: conditions.ionicScale };
  return compositionGrid().map((xGe) => ({
    xGe,
    D_cm2_per_s: diffusivity(xGe, T, params, scales),
  }));
}

/** D(θ) of the current composition, from the electrode model's own law. */
export function diffusivityThroughLithiation(
  inputs: ModelInputs,
  choices: ModelChoices,
  params: ModelParams = CALIBRATED_PARAMS,
): DiffusivityCurves['lithiation'] {
  const law = describeCell(cellSettingsOf(inputs, choices), params).diffusivityLaw;
  return THETAS.map((theta) => ({ theta, D_cm2_per_s: law.at(theta) }));
}
