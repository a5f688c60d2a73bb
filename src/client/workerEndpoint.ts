import * as Comlink from 'comlink';
import type { ModelApi } from '../core/api';
import type { WorkerLifecycle } from './coalescer';
import type { KineticsEndpoint, ModelEndpoint } from './endpoint';

/** A model worker wrapped with Comlink; the API type comes from the core. */
interface ModelWorker extends WorkerLifecycle {
  readonly api: Comlink.Remote<ModelApi>;
}

/**
 * Starts one instance of the model worker. The page runs two, named after their job,
 * so that a slow kinetics call never holds up the conductivity figure.
 */
function startModelWorker(name: string): ModelWorker {
  // Vite recognises this exact `new Worker(new URL(...))` form and bundles the worker once.
  const worker = new Worker(new URL('../../workers/model.worker.ts', import.meta.url), {
    type: 'module',
    name,
  });
  const api = Comlink.wrap<ModelApi>(worker);
  return {
    api,
    onCrash(listener) {
      worker.addEventListener('error', (event) => {
        // The failure is reported on the page, so keep it out of the console.
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

/** The worker behind the conductivity figure and the properties. */
export function createWorkerEndpoint(): ModelEndpoint {
  const { api, onCrash, terminate } = startModelWorker('sige-model');
  return { compute: (inputs) => api.compute(inputs), onCrash, terminate };
}

/** A second instance of the same worker, for the kinetics and its sweeps. */
export function createKineticsWorkerEndpoint(): KineticsEndpoint {
  const { api, onCrash, terminate } = startModelWorker('sige-kinetics');
  return {
    computeKinetics: (inputs, choices) => api.computeKinetics(inputs, choices),
    // Comlink clones arguments; a plain array, not a readonly view, crosses cleanly.
    retentionSweep: (inputs, choices, xs) => api.retentionSweep(inputs, choices, [...xs]),
    onCrash,
    terminate,
  };
}
