import { useEffect, useState } from 'react';

/**
 * `flag`, but turned on only once it has stayed on for `delayMs` (and off at once).
 * A computing state shown for every quick answer would flicker and, on a long page,
 * cost two restyles and repaints per answer for nothing the eye could read.
 */
export function useDelayedFlag(flag: boolean, delayMs: number): boolean {
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (!flag) return undefined;
    const timer = setTimeout(() => setHeld(true), delayMs);
    return () => {
      clearTimeout(timer);
      setHeld(false);
    };
  }, [flag, delayMs]);
  return flag && held;
}
