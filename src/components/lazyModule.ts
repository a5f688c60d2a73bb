/**
 * A chunk of code that the first figure does not need, fetched when first used or, before
 * that, when the browser is idle, so that nobody waits for it when they get to it.
 */
export interface LazyModule<M> {
  /** The module if it has arrived: a click can then act at once, as before the split. */
  readonly loaded: () => M | null;
  /** The module, fetched if need be. A failed fetch is forgotten: the next call tries again. */
  readonly load: () => Promise<M>;
  /** Fetches it when the browser is idle (once; a failure waits for the next load()). */
  readonly prefetch: () => void;
}

/** Runs `task` when the browser has nothing better to do (soon, where it cannot say). */
export function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 3000 });
  else setTimeout(task, 200);
}

/**
 * How long a fetch may take before it counts as failed. Chromium can leave the import of a
 * chunk that failed once pending for good when the next attempt fails too (offline): the
 * control must still say so, and a later attempt may find the code.
 */
const LOAD_TIMEOUT_MS = 10_000;

function withTimeout<M>(fetching: Promise<M>): Promise<M> {
  return new Promise<M>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('the code took too long to load')),
      LOAD_TIMEOUT_MS,
    );
    fetching.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

export function lazyModule<M>(fetchModule: () => Promise<M>): LazyModule<M> {
  let module: M | null = null;
  let pending: Promise<M> | null = null;
  let prefetching = false;
  const load = () => {
    pending ??= withTimeout(fetchModule()).then(
      (m) => (module = m),
      (error: unknown) => {
        pending = null;
        throw error;
      },
    );
    return pending;
  };
  return {
    loaded: () => module,
    load,
    prefetch: () => {
      if (prefetching) return;
      prefetching = true;
      whenIdle(() => void load().catch(() => {}));
    },
  };
}
