/**
 * Starts the page's workers from their own files next to the page's scripts (the normal
 * build). The single-file build (vite.single.config.ts) swaps this module for
 * startWorker.inline.ts, which carries the workers inside the bundle.
 */
export function startWorker(name: string): Worker {
  // Vite recognises this exact `new Worker(new URL(...))` form and bundles the worker once.
  return new Worker(new URL('../../workers/model.worker.ts', import.meta.url), {
    type: 'module',
    name,
  });
}

/** The worker that reads an imported cycler file, so a large one never freezes the page. */
export function startCellDataWorker(): Worker {
  return new Worker(new URL('../../workers/cellData.worker.ts', import.meta.url), {
    type: 'module',
    name: 'sige-cell-data',
  });
}

/** The worker that refits parameters to a user's data: seconds of model time, off the page. */
export function startRefitWorker(): Worker {
  return new Worker(new URL('../../workers/refit.worker.ts', import.meta.url), {
    type: 'module',
    name: 'sige-refit',
  });
}
