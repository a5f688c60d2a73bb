import * as Comlink from 'comlink';
import type { ModelApi } from '../core/api';
import type { ModelEndpoint } from './endpoint';

/** Starts the model worker and wraps it with Comlink; the API type comes from the core. */
export function createWorkerEndpoint(): ModelEndpoint {
  // Vite recognises this exact `new Worker(new URL(...))` form and bundles the worker.
  const worker = new Worker(new URL('../../workers/model.worker.ts', import.meta.url), {
    type: 'module',
    name: 'sige-model',
  });
  const api = Comlink.wrap<ModelApi>(worker);
  return {
    compute: (inputs) => api.compute(inputs),
    onCrash(listener) {
      worker.addEventListener('error', (event) => {
        // The failure is reported in the page's banner, so keep it out of the console.
        event.preventDefault();
        listener(event.message || 'the model worker failed to start or crashed');
      });
      worker.addEventListener('messageerror', () =>
        listener('a message from the model worker could not be read'),
      );
    },
    terminate() {
      api[Comlink.releaseProxy]();
      worker.terminate();
    },
  };
}
