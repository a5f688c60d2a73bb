import { useEffect, useRef, useState } from 'react';
import { useAppStoreApi } from '../state/hooks';
import type { Store } from '../state/storeTypes';

/**
 * A value selected from the store, changing at most once per `intervalMs`. The properties
 * table repaints a lot of text; during a drag it follows the figure at a few hertz instead
 * of every frame, which keeps the drag itself within budget. The throttle sits in the store
 * subscription, not in React: the component re-renders only when the shown value changes,
 * and at most one timer is pending. A change after a quiet spell (the first answer, a
 * preset, a typed value) shows at once; a burst's newest value always lands. `selector`
 * must be stable.
 */
export function useThrottledAppStore<T>(selector: (state: Store) => T, intervalMs: number): T {
  const store = useAppStoreApi();
  const [shown, setShown] = useState(() => selector(store.getState()));
  const shownRef = useRef(shown);
  useEffect(() => {
    let last = Number.NEGATIVE_INFINITY;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const show = () => {
      timer = null;
      const value = selector(store.getState());
      if (Object.is(value, shownRef.current)) return;
      last = performance.now();
      shownRef.current = value;
      setShown(() => value);
    };
    const onChange = () => {
      // A pending timer shows whatever is newest when it fires.
      if (timer !== null) return;
      const wait = last + intervalMs - performance.now();
      if (wait <= 0) show();
      else timer = setTimeout(show, wait);
    };
    const unsubscribe = store.subscribe(selector, onChange);
    // Anything that changed between the first render and this subscription.
    onChange();
    return () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    };
  }, [store, selector, intervalMs]);
  return shown;
}
