import { useCallback, useState, type RefCallback } from 'react';

/** A figure this close to the screen counts as on it: a scroll shows it already drawn. */
const MARGIN = '200px';

/**
 * Whether an element is on screen (or within a short scroll of it), kept current with an
 * IntersectionObserver. Where there is none (jsdom), everything counts as on screen.
 */
export function useOnScreen<T extends Element>(): [RefCallback<T>, boolean] {
  const [onScreen, setOnScreen] = useState(true);
  const ref = useCallback((element: T | null) => {
    if (!element || typeof IntersectionObserver === 'undefined') return undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries.at(-1);
        if (entry) setOnScreen(entry.isIntersecting);
      },
      { rootMargin: MARGIN },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, onScreen];
}
