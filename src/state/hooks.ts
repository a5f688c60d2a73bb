import {
  startTransition,
  useContext,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
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

/**
 * Like useAppStore, for what a figure draws from an answer that changes on every step of a
 * drag: while a slider is held and the figure is off screen, it keeps what it has (and is
 * not rendered), so each live redraw costs only the figures in view; on screen, a held
 * drag's redraw is a transition, which an input event may interrupt (`urgent`: drawn at
 * once instead, for what follows the slider itself, such as a marker). Let go, or scrolled
 * into view, it takes the store's value.
 */
export function useAppStoreOnScreen<T>(
  selector: (state: Store) => T,
  onScreen: boolean,
  { urgent = false } = {},
): T {
  const store = useAppStoreApi();
  const [shown, setShown] = useState(() => ({ value: selector(store.getState()) }));
  // The newest selector, without subscribing anew whenever an inline one changes identity.
  const select = useRef(selector);
  useLayoutEffect(() => {
    select.current = selector;
  });
  useEffect(() => {
    const update = () => {
      const state = store.getState();
      if (state.sliderHeld && !onScreen) return;
      const value = select.current(state);
      const set = () => setShown((prev) => (Object.is(prev.value, value) ? prev : { value }));
      if (state.sliderHeld && !urgent) startTransition(set);
      else set();
    };
    update();
    return store.subscribe(update);
  }, [store, onScreen, urgent]);
  return shown.value;
}
