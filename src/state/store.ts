import type { StateCreator } from 'zustand';
import { subscribeWithSelector } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { createKineticsSlice, type KineticsSlice } from './kineticsSlice';
import { createParamsSlice, type ParamsInit, type ParamsSlice } from './paramsSlice';
import { createResultsSlice, type ResultsSlice } from './resultsSlice';
import { createRetentionSlice, type RetentionSlice } from './retentionSlice';

export type Store = ParamsSlice & ResultsSlice & KineticsSlice & RetentionSlice;

/** One slice of the store; middleware is applied once, on the combined store. */
export type SliceCreator<Slice> = StateCreator<
  Store,
  [['zustand/subscribeWithSelector', never]],
  [],
  Slice
>;

/**
 * A fresh store per app (and per test case): no module-level singleton, so tests
 * never see state left over from the previous case.
 */
export function createAppStore(init: ParamsInit = {}) {
  return createStore<Store>()(
    subscribeWithSelector((...args) => ({
      ...createParamsSlice(init)(...args),
      ...createResultsSlice(...args),
      ...createKineticsSlice(...args),
      ...createRetentionSlice(...args),
    })),
  );
}

export type AppStore = ReturnType<typeof createAppStore>;
