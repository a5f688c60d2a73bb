import { subscribeWithSelector } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { createAnnounceSlice } from './announceSlice';
import { createCellDataSlice } from './cellDataSlice';
import { createDesignMapSlice } from './designMapSlice';
import { createKineticsSlice } from './kineticsSlice';
import { createParamsSlice } from './paramsSlice';
import { createPinsSlice } from './pinsSlice';
import { createRefitSlice } from './refitSlice';
import { createResultsSlice } from './resultsSlice';
import { createRetentionSlice } from './retentionSlice';
import type { ParamsInit, Store } from './storeTypes';

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
      ...createAnnounceSlice(...args),
      ...createDesignMapSlice(...args),
      ...createPinsSlice(init.pins)(...args),
      ...createCellDataSlice(...args),
      ...createRefitSlice(...args),
    })),
  );
}

export type AppStore = ReturnType<typeof createAppStore>;
