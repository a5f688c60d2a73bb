import { useEffect, useRef, useState } from 'react';
import {
  RefitRunError,
  type RefitClient,
  type RefitProgress,
  type RefitRequest,
} from '../../client/refitClient';
import { INPUT_KEYS } from '../../core';
import type { RefitMeta } from '../../core/refit/refitJson';
import type { ImportedSet } from '../../state/cellDataTypes';
import { useAppStore, useAppStoreApi } from '../../state/hooks';

/** Where a run stands: null when none is under way; progress null until the first report. */
export interface RunState {
  readonly progress: RefitProgress | null;
  /** Cancel was pressed: the worker is gone and the best point's residuals are computed. */
  readonly stopping: boolean;
}

/** What a saved parameter set records beside the values: the data and the model cell. */
function metaOf(set: ImportedSet, request: RefitRequest): RefitMeta {
  const inputs = Object.fromEntries(INPUT_KEYS.map((key) => [`input.${key}`, request.inputs[key]]));
  return {
    dataFile: set.fileName,
    ...(set.mass_mg !== undefined && { activeMass_mg: set.mass_mg }),
    refitDate: new Date().toISOString(),
    electrodeBasis: request.choices.electrodeBasis ?? null,
    separator: request.choices.separator ?? null,
    ...inputs,
  };
}

const evaluationsText = (n: number) => (n === 1 ? '1 model evaluation' : `${n} model evaluations`);

/**
 * Runs a refit of one imported set at the page's present cell, and puts the result on show.
 * A run that ends after a newer one began, or after the panel went away, is ignored.
 */
export function useRefitRun(client: RefitClient) {
  const store = useAppStoreApi();
  const announce = useAppStore((s) => s.announce);
  const [state, setState] = useState<RunState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const runs = useRef(0);

  useEffect(() => () => client.dispose(), [client]);

  async function start(set: ImportedSet, params: RefitRequest['params']) {
    const mine = ++runs.current;
    const current = () => runs.current === mine;
    const { inputs, choices } = store.getState();
    const request: RefitRequest = {
      data: set.data,
      ...(set.mass_mg !== undefined && { activeMass_mg: set.mass_mg }),
      inputs,
      choices,
      params,
    };
    setError(null);
    setState({ progress: null, stopping: false });
    announce(`Refitting to ${set.fileName}…`);
    try {
      const result = await client.run(request, (progress) => {
        if (current()) setState((s) => s && { ...s, progress });
      });
      if (!current()) return;
      const source = `refit to ${set.fileName}`;
      store.getState().showRefit({
        params: result.params,
        fitted: result.fitted,
        residuals: result.residuals,
        source,
        evaluations: result.evaluations,
        stopped: result.stopped,
        notes: result.notes,
        meta: { ...metaOf(set, request), evaluations: result.evaluations, stopped: result.stopped },
      });
      const unpinned = result.fitted.filter((f) => !f.pinned).length;
      announce(
        result.stopped
          ? `Refit stopped: best values so far after ${evaluationsText(result.evaluations)}, no uncertainty.`
          : `Refit done after ${evaluationsText(result.evaluations)}` +
              (unpinned > 0 ? `; the data cannot pin ${unpinned} of the parameters.` : '.'),
      );
    } catch (caught) {
      if (!current()) return;
      const message =
        caught instanceof RefitRunError ? caught.message : `The refit failed: ${String(caught)}`;
      if (caught instanceof RefitRunError && caught.cancelled) announce(message);
      else setError(message);
    } finally {
      if (current()) setState(null);
    }
  }

  return {
    state,
    error,
    setError,
    start,
    cancel() {
      setState((s) => s && { ...s, stopping: true });
      client.cancel();
    },
  };
}
