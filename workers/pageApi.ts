import { modelApi } from '../src/core/api';
import type { ModelChoices, ModelInputs } from '../src/core/inputs';
import {
  computeDraftKinetics,
  computeKinetics,
  FormedCellCache,
  paramsWith,
  retentionSweep,
} from '../src/core/kinetics/api';
import type { KineticParams } from '../src/core/params';

/**
 * What the model worker exposes: the core's API, with the sweep and the point of the
 * conductivity figure apart (the page asks for the sweep only when what it depends on
 * changes). The kinetics take the page's refit parameters, if any, rather than a whole
 * ModelParams: the page never holds the calibration's other parameters. The last formed cell
 * is kept here, in the worker, for the next view of the same cell.
 */
export function createPageApi() {
  // The worker's own memory of the last cell it formed: the core keeps no state.
  const lastCell = new FormedCellCache();
  return {
    ...modelApi,
    computeKinetics: (
      inputs: ModelInputs,
      choices: ModelChoices,
      kinetics?: KineticParams | null,
      draft = false,
    ) =>
      (draft ? computeDraftKinetics : computeKinetics)(
        inputs,
        choices,
        paramsWith(kinetics),
        lastCell,
      ),
    retentionSweep: (
      inputs: ModelInputs,
      choices: ModelChoices,
      xs: readonly number[],
      kinetics?: KineticParams | null,
    ) => retentionSweep(inputs, choices, xs, paramsWith(kinetics)),
  };
}

export type PageApi = ReturnType<typeof createPageApi>;
