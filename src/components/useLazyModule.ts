import { useCallback, useEffect, useState } from 'react';
import { whenIdle, type LazyModule } from './lazyModule';

/**
 * A lazily loaded module for a component: `module` once it is in. It is fetched when the
 * page is idle, at once when `needed` turns true (what it draws is due: the model has
 * answered), or by `fetchNow` (someone asked for it). `failed`: the last fetch that was
 * needed or asked for failed, for the component to say so; a failed idle fetch stays quiet,
 * as nobody waits for it yet, and the next fetch tries again.
 */
export function useLazyModule<M>(
  lazy: LazyModule<M>,
  needed = false,
): {
  readonly module: M | null;
  readonly failed: boolean;
  readonly fetchNow: () => void;
} {
  const [module, setModule] = useState(lazy.loaded);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let gone = false;
    const fetchIt = (report: boolean) =>
      lazy.load().then(
        (m) => !gone && setModule(m),
        () => !gone && report && setFailed(true),
      );
    if (needed) void fetchIt(true);
    else whenIdle(() => void fetchIt(false));
    return () => {
      gone = true;
    };
  }, [lazy, needed]);
  const fetchNow = useCallback(() => {
    setFailed(false);
    lazy.load().then(setModule, () => setFailed(true));
  }, [lazy]);
  return { module, failed, fetchNow };
}
