import { type ComputeResult, type ModelInputs, sameRows } from '../core';
import type { ResultsSlice, SliceCreator } from './storeTypes';

const sameInputs = (a: ModelInputs, b: ModelInputs) =>
  (Object.keys(a) as (keyof ModelInputs)[]).every((k) => a[k] === b[k]);

/** The previous table when the new one holds the same numbers, else the new one. */
const keep = <T extends object>(prev: readonly T[], next: readonly T[]) =>
  sameRows(prev, next) ? prev : next;

/**
 * Results cross the worker boundary as fresh copies, so every answer would look
 * new. Keeping the previous curves when their values are equal (most changes leave
 * the temperature alone) lets the charts' memoized paths survive a drag.
 */
function shareUnchanged(prev: ComputeResult | null, next: ComputeResult): ComputeResult {
  if (!prev) return next;
  return {
    ...next,
    conductivity: keep(prev.conductivity, next.conductivity),
    balanced: keep(prev.balanced, next.balanced),
    diffusivity: keep(prev.diffusivity, next.diffusivity),
    diffusivityLithiation: keep(prev.diffusivityLithiation, next.diffusivityLithiation),
  };
}

export const createResultsSlice: SliceCreator<ResultsSlice> = (set) => ({
  result: null,
  status: 'idle',
  error: null,
  revision: 0,
  startComputing: () => set((s) => (s.status === 'computing' ? s : { status: 'computing' })),
  applyResult: (result) =>
    set((s) => ({
      result: shareUnchanged(s.result, result),
      // An answer means the worker works again: an earlier failure's banner goes.
      error: null,
      // An in-between answer during a drag is shown, but the model is not done yet.
      status:
        sameInputs(result.inputs, s.inputs) && result.electrode.basis === s.choices.electrodeBasis
          ? 'ready'
          : 'computing',
    })),
  failComputation: (message) => set({ status: 'error', error: message }),
  dismissError: () => set({ error: null }),
  retry: () => set((s) => ({ revision: s.revision + 1 })),
});
