import { useContext } from 'react';
import { useStore } from 'zustand';
import { StoreContext } from './context';
import type { AppStore, Store } from './store';

export function useAppStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore must be used inside <ModelProvider>.');
  return store;
}

/** Subscribes to one selected value; the component re-renders only when it changes. */
export function useAppStore<T>(selector: (state: Store) => T): T {
  return useStore(useAppStoreApi(), selector);
}
