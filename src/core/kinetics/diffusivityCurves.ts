import { compositionGrid } from '../conductivitySweep';
import type { ModelChoices, ModelInputs } from '../inputs';
import { CALIBRATED_PARAMS, type ModelParams } from '../params';
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
 * D(x) and D(θ) from the electrode model's own diffusivity law (the one its particles use),
 * so the figure shows what the kinetics compute with, not a separate curve.
 */
export function diffusivityCurves(
  inputs: ModelInputs,
  choices: ModelChoices,
  params: ModelParams = CALIBRATED_PARAMS,
): DiffusivityCurves {
  const lawAt = (xGe: number) =>
    describeCell(cellSettingsOf({ ...inputs, xGe }, choices), params).diffusivityLaw;
  const current = lawAt(inputs.xGe);
  return {
    composition: compositionGrid().map((xGe) => ({
      xGe,
      D_cm2_per_s: lawAt(xGe).mean_cm2_per_s,
    })),
    lithiation: THETAS.map((theta) => ({ theta, D_cm2_per_s: current.at(theta) })),
  };
}
