/** Shapes of a refit: plain objects, so a result crosses a worker boundary and JSON unchanged. */
import type { KineticParameterSpec } from '../calibration/kineticParameters';
import type { ParameterUncertainty } from '../calibration/uncertainty';
import type { ModelChoices, ModelInputs } from '../inputs';
import type { KineticParams } from '../params';

export type ParameterKey = KineticParameterSpec['key'];

/** One measured figure of the user's cell that the model is compared with. */
export interface RefitTarget {
  readonly label: string;
  readonly kind: 'rate' | 'first lithiation' | 'first delithiation';
  /** The rate test's C-rate (model's definition: Li₁₅M₄ in one hour); absent for the first cycle. */
  readonly cRate?: number;
  /** Measured capacity, mAh/g. */
  readonly data: number;
}

export interface RefitResidual {
  readonly label: string;
  readonly data: number;
  /** NaN when the model gave no value (scored as a large finite penalty, see `relative`). */
  readonly model: number;
  /** (model − data)/data; RESIDUAL_PENALTY when the model has no value. */
  readonly relative: number;
}

/** A refit parameter: the calibration's uncertainty record, with σ NaN if the refit was stopped. */
export interface FittedParameter extends ParameterUncertainty {
  /** Whether the data fix the value: sigma finite, at most half the range, and off the bounds. */
  readonly pinned: boolean;
  /** Why not, in words. */
  readonly warning?: string;
}

export interface RefitOptions {
  /** The user's cell: composition, electrode, temperature (as the page and CLI set them). */
  readonly inputs: ModelInputs;
  readonly choices: ModelChoices;
  /** Keys of KINETIC_PARAMETERS to fit; every other parameter stays at `start`'s value. */
  readonly params: readonly ParameterKey[];
  /** Where the search starts, all seven values; the calibration's when not given. */
  readonly start?: KineticParams;
  /** Active mass, mg, for a data set whose half-cycles carry mAh but not mAh/g. */
  readonly activeMass_mg?: number;
  /** Capacity error taken as one standard deviation, % (default: the calibration's 5 %). */
  readonly tolerance_percent?: number;
  /** Model evaluations allowed to the search (default EVALUATIONS_PER_PARAMETER per key, + base). */
  readonly maxEvaluations?: number;
  /**
   * After every model evaluation: how many so far, the best least squares yet and where it
   * is (a caller that may end the search from outside keeps it as the best so far).
   */
  readonly onProgress?: (evaluations: number, bestScore: number, best: KineticParams) => void;
  /** Asked between evaluations; true ends the search with the best point so far. */
  readonly shouldStop?: () => boolean;
}

export interface RefitResult {
  /** All seven kinetic parameters: the fitted ones, and the rest as they started. */
  readonly params: KineticParams;
  readonly fitted: readonly FittedParameter[];
  readonly residuals: readonly RefitResidual[];
  /** Model evaluations, the uncertainty's included. */
  readonly evaluations: number;
  /** The caller's shouldStop ended the search: the values are the best so far, no uncertainty. */
  readonly stopped: boolean;
  /** Least squares of the scores (relative errors in units of the tolerance) at `params`. */
  readonly score: number;
  /** What was left out of the data, and whether the search ran out of evaluations. */
  readonly notes: readonly string[];
}
