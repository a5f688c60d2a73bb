import { useEffect, useRef, useState } from 'react';
import { useAppStoreApi } from '../state/hooks';
import type { ModelStatus } from '../state/storeTypes';
import type { Store } from '../state/storeTypes';

/**
 * The status to show: the selected one, except that a computing state that follows a
 * ready one is shown only once it has lasted `delayMs`. During a drag every input starts
 * a computation that is answered within a frame or two; showing each would flip the line
 * "computing… / ready" twice per frame (text, class and colour: a restyle, relayout and
 * repaint of the header every frame, and a polite live region that never stops talking).
 * A slow answer still shows "computing…"; errors and the first computation show at once.
 * The component re-renders only when the shown status changes. `selector` must be stable.
 */
export function useShownStatus(selector: (state: Store) => ModelStatus, delayMs: number) {
  const store = useAppStoreApi();
  const [shown, setShown] = useState(() => selector(store.getState()));
  const shownRef = useRef(shown);
  useEffect(() => {
    let computingSince = performance.now();
    let timer: ReturnType<typeof setTimeout> | null = null;
    const display = (status: ModelStatus) => {
      if (status === shownRef.current) return;
      shownRef.current = status;
      setShown(status);
    };
    // One timer at a time: a computation that ends before it fires is not cancelled, the
    // timer just finds the status settled (or a newer computation, and waits for that one).
    const check = () => {
      timer = null;
      const status = selector(store.getState());
      const wait = computingSince + delayMs - performance.now();
      if (status === 'computing' && shownRef.current === 'ready' && wait > 0) {
        timer = setTimeout(check, wait);
      } else {
        display(status);
      }
    };
    const unsubscribe = store.subscribe(selector, (status) => {
      if (status === 'computing') {
        computingSince = performance.now();
        if (timer === null) check();
      } else {
        display(status);
      }
    });
    check();
    return () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    };
  }, [store, selector, delayMs]);
  return shown;
}
