import type { ModelInputs } from '../core';
import type { ResultsSlice, SliceCreator } from './storeTypes';

const sameInputs = (a: ModelInputs, b: ModelInputs) =>
  (Object.keys(a) as (keyof ModelInputs)[]).every((k) => a[k] === b[k]);

export const createResultsSlice: SliceCreator<ResultsSlice> = (set) => ({
  result: null,
  status: 'idle',
  error: null,
  revision: 0,
  startComputing: () => set((s) => (s.status === 'computing' ? s : { status: 'computing' })),
  applyResult: (result) =>
    set((s) => ({
      // The client hands on the same curve objects while their conditions hold, so the
      // charts' memoised paths survive a drag without comparing anything here.
      result,
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
