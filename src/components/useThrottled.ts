import { useEffect, useRef, useState } from 'react';

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
