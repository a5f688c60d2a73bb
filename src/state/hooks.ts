import { useContext, useDeferredValue } from 'react';
import { useStore } from 'zustand';
import { StoreContext } from './context';
import type { AppStore } from './store';
import type { Store } from './storeTypes';

export function useAppStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore must be used inside <ModelProvider>.');
  return store;
}

/** Subscribes to one selected value; the component re-renders only when it changes. */
export function useAppStore<T>(selector: (state: Store) => T): T {
  return useStore(useAppStoreApi(), selector);
}

/**
 * Like useAppStore, for the kinetics figures: their answers can redraw large figures, so
 * React renders them at low priority and a drag elsewhere on the page is never held up.
 */
export function useDeferredAppStore<T>(selector: (state: Store) => T): T {
  return useDeferredValue(useAppStore(selector));
}
