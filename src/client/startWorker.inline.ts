import ModelWorker from '../../workers/model.worker.ts?worker&inline';

/**
 * The single-file build's model worker (vite.single.config.ts puts this module in place of
 * startWorker.ts): the worker's code is inlined in the bundle and started from a blob URL,
 * so a page opened from file:// fetches no other file. That build bundles the worker as a
 * classic script (worker.format "iife"): Chromium will not start a module worker from a blob
 * in a file:// page.
 */
export function startWorker(name: string): Worker {
  return new ModelWorker({ name });
}
