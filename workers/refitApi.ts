import * as Comlink from 'comlink';
import type { CellDataSet } from '../src/core/cellData';
import type { ModelChoices, ModelInputs } from '../src/core/inputs';
import type { KineticParams } from '../src/core/params';
import {
  BASE_EVALUATIONS,
  EVALUATIONS_PER_PARAMETER,
  refit,
  RefitError,
  type ParameterKey,
  type RefitResult,
} from '../src/core/refit';

/** What the page asks of one refit: the data set and the cell it was measured on. */
export interface RefitRequest {
  readonly data: CellDataSet;
  readonly activeMass_mg?: number;
  readonly inputs: ModelInputs;
  readonly choices: ModelChoices;
  readonly params: readonly ParameterKey[];
  /** Where the search starts; the calibration's when absent. */
  readonly start?: KineticParams;
  /**
   * Evaluate `start` once and stop: the residuals of a best-so-far point whose search was
   * cut short (the page ends a refit by ending its worker, see refitClient.ts).
   */
  readonly evaluateOnly?: boolean;
}

/** After each model evaluation: how far, out of how many at most, and the best point yet. */
export interface RefitProgress {
  readonly evaluations: number;
  readonly budget: number;
  readonly score: number;
  readonly best: KineticParams;
}

/** A RefitError as data: an Error thrown across a worker keeps only its message anyway. */
export type RefitAnswer =
  | { readonly ok: true; readonly result: RefitResult }
  | { readonly ok: false; readonly message: string; readonly refused: boolean };

/**
 * Model evaluations a refit of `n` parameters may take: the search's budget, then two per
 * parameter for the uncertainty (the Jacobian's centre is the optimum, already known).
 */
export const refitBudget = (n: number) => BASE_EVALUATIONS + (EVALUATIONS_PER_PARAMETER + 2) * n;

/** Runs one refit and turns a failure into data; the worker and the in-page fallback share it. */
export function refitToAnswer(
  request: RefitRequest,
  onProgress?: (progress: RefitProgress) => void,
  shouldStop?: () => boolean,
): RefitAnswer {
  const budget = request.evaluateOnly ? 1 : refitBudget(request.params.length);
  const stop = request.evaluateOnly ? () => true : shouldStop;
  try {
    const result = refit(request.data, {
      inputs: request.inputs,
      choices: request.choices,
      params: request.params,
      ...(request.activeMass_mg !== undefined && { activeMass_mg: request.activeMass_mg }),
      ...(request.start && { start: request.start }),
      ...(onProgress && {
        onProgress: (evaluations, score, best) => onProgress({ evaluations, budget, score, best }),
      }),
      ...(stop && { shouldStop: stop }),
    });
    return { ok: true, result };
  } catch (error) {
    const refused = error instanceof RefitError;
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, message, refused };
  }
}

/**
 * What the refit worker exposes. The progress callback is a proxy into the page, released
 * once the refit is over, or the page would keep its channel open.
 */
export function createRefitApi() {
  return {
    run(request: RefitRequest, onProgress?: (progress: RefitProgress) => void): RefitAnswer {
      try {
        return refitToAnswer(request, onProgress);
      } finally {
        (onProgress as Partial<Comlink.ProxyMethods> | undefined)?.[Comlink.releaseProxy]?.();
      }
    },
  };
}

export type RefitApi = ReturnType<typeof createRefitApi>;
