/**
 * Starts one model worker from its own file next to the page's scripts (the normal build).
 * The single-file build (vite.single.config.ts) swaps this module for startWorker.inline.ts,
 * which carries the worker inside the bundle.
 */
export function startWorker(name: string): Worker {
  // Vite recognises this exact `new Worker(new URL(...))` form and bundles the worker once.
  return new Worker(new URL('../../workers/model.worker.ts', import.meta.url), {
    type: 'module',
    name,
  });
}
