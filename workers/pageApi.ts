import { compute, modelApi, type ComputeResult } from '../src/core/api';
import type { ModelChoices, ModelInputs } from '../src/core/inputs';
import {
  computeKinetics,
  FormedCellCache,
  paramsWith,
  retentionSweep,
} from '../src/core/kinetics/api';
import type { KineticParams } from '../src/core/params';
import { sameRows } from '../src/core/sameRows';

/** The curves of an answer that a drag of x leaves alone: everything drawn across x. */
export type Curves = Pick<ComputeResult, 'conductivity' | 'balanced' | 'diffusivity'>;

/**
 * An answer for the page: in full, or without its curves when they equal those of the
 * answer before (`sameCurves`), which the page still has. During a drag of x the curves
 * never change, and cloning them into the page cost it about half a millisecond per step.
 */
export type PageAnswer =
  | (ComputeResult & { readonly sameCurves?: false })
  | (Omit<ComputeResult, keyof Curves> & { readonly sameCurves: true });

const sameValues = (a: Curves, b: Curves) =>
  sameRows(a.conductivity, b.conductivity) &&
  sameRows(a.balanced, b.balanced) &&
  sameRows(a.diffusivity, b.diffusivity);

/**
 * What the model worker exposes: the core's API, plus compute() for the page, which
 * leaves out curves equal to the ones it sent last. Its answers must reach one reader,
 * in order (the page's worker endpoint, one call at a time), which fills them back in.
 * The kinetics take the page's refit parameters, if any, rather than a whole ModelParams:
 * the page never holds the calibration's other parameters. The last formed cell is kept
 * here, in the worker, for the next view of the same cell.
 */
export function createPageApi() {
  let sent: Curves | null = null;
  // The worker's own memory of the last cell it formed: the core keeps no state.
  const lastCell = new FormedCellCache();
  return {
    ...modelApi,
    computeKinetics: (
      inputs: ModelInputs,
      choices: ModelChoices,
      kinetics?: KineticParams | null,
    ) => computeKinetics(inputs, choices, paramsWith(kinetics), lastCell),
    retentionSweep: (
      inputs: ModelInputs,
      choices: ModelChoices,
      xs: readonly number[],
      kinetics?: KineticParams | null,
    ) => retentionSweep(inputs, choices, xs, paramsWith(kinetics)),
    computeForPage(inputs: ModelInputs, basis?: string): PageAnswer {
      const result = compute(inputs, basis);
      if (sent && sameValues(sent, result)) {
        const { electrode, properties, diffusivityLithiation } = result;
        return { inputs, electrode, properties, diffusivityLithiation, sameCurves: true };
      }
      sent = result;
      return result;
    },
  };
}

export type PageApi = ReturnType<typeof createPageApi>;
