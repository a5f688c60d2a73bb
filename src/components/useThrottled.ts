import { useEffect, useRef, useState } from 'react';
import { useAppStoreApi } from '../state/hooks';
import type { Store } from '../state/store';

/**
 * The value, but changing at most once per `intervalMs` (the newest one always lands).
 * The properties table repaints a lot of text; during a drag it follows the figure at a
 * few hertz instead of every frame, which is what keeps the drag itself within budget.
 * A change after a quiet spell (the first answer, a preset, a typed value) shows at once.
 */
export function useThrottled<T>(value: T, intervalMs: number): T {
  const [shown, setShown] = useState(value);
  const last = useRef(Number.NEGATIVE_INFINITY);
  useEffect(() => {
    if (Object.is(value, shown)) return;
    const show = () => {
      last.current = performance.now();
      setShown(value);
    };
    const wait = last.current + intervalMs - performance.now();
    const id = setTimeout(show, Math.max(0, wait));
    if (wait <= 0) {
      clearTimeout(id);
      show();
    }
    return () => clearTimeout(id);
  }, [value, shown, intervalMs]);
  return shown;
}

/**
 * useThrottled for a value selected from the store, with the throttle in the store
 * subscription instead of in React: the component re-renders only when the shown value
 * changes (a few times a second during a drag), not for every answer in between, and
 * there is at most one timer pending, not one set and cleared per answer.
 * Same rules: a change after a quiet spell shows at once, a burst at most once per
 * `intervalMs`, and its newest value always lands. `selector` must be stable.
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
