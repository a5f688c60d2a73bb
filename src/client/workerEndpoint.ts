import * as Comlink from 'comlink';
import type { Curves, PageApi } from '../../workers/pageApi';
import type { WorkerLifecycle } from './coalescer';
import type { KineticsEndpoint, ModelEndpoint } from './endpoint';
import { startWorker } from './startWorker';

/** A model worker wrapped with Comlink; the API type comes from the worker's own module. */
interface ModelWorker extends WorkerLifecycle {
  readonly api: Comlink.Remote<PageApi>;
}

/**
 * Starts one instance of the model worker. The page runs several, named after their job,
 * so that a slow kinetics call never holds up the conductivity figure.
 */
function startModelWorker(name: string): ModelWorker {
  const worker = startWorker(name);
  const api = Comlink.wrap<PageApi>(worker);
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
  // The worker leaves out curves equal to the ones it sent before; they are kept here
  // (one reader, answers in order) and handed on by reference, as the same arrays.
  let curves: Curves | null = null;
  return {
    compute: async (inputs, basis) => {
      const answer = await api.computeForPage(inputs, basis);
      if (!answer.sameCurves) {
        const { conductivity, balanced, diffusivity } = answer;
        curves = { conductivity, balanced, diffusivity };
        return answer;
      }
      if (!curves) throw new Error('the model worker left out curves it never sent');
      const { electrode, properties, diffusivityLithiation } = answer;
      return { inputs: answer.inputs, electrode, properties, diffusivityLithiation, ...curves };
    },
    onCrash,
    terminate,
  };
}

/** Another instance of the same worker, one of the kinetics pool (views and sweep chunks). */
export function createKineticsWorkerEndpoint(): KineticsEndpoint {
  const { api, onCrash, terminate } = startModelWorker('sige-kinetics');
  return {
    computeKinetics: (inputs, choices) => api.computeKinetics(inputs, choices),
    // Comlink clones arguments; a plain array, not a readonly view, crosses cleanly.
    retentionSweep: (inputs, choices, xs) => api.retentionSweep(inputs, choices, [...xs]),
    mapCells: (request, cells) => api.mapCells(request, [...cells]),
    onCrash,
    terminate,
  };
}
