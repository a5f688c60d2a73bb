import * as Comlink from 'comlink';
import type { PageApi } from '../../workers/pageApi';
import type { WorkerLifecycle } from './coalescer';
import type { KineticsEndpoint, ModelEndpoint } from './endpoint';
import { startWorker } from './startWorker';

/** A worker wrapped with Comlink; the API type comes from the worker's own module. */
export interface WrappedWorker<Api> extends WorkerLifecycle {
  readonly api: Comlink.Remote<Api>;
}

/** Wraps a started worker; `what` names it in the crash reasons ("the model worker"). */
export function wrapWorker<Api>(worker: Worker, what: string): WrappedWorker<Api> {
  const api = Comlink.wrap<Api>(worker);
  return {
    api,
    onCrash(listener) {
      worker.addEventListener('error', (event) => {
        // The failure is reported on the page, so keep it out of the console.
        event.preventDefault();
        listener(event.message || `${what} failed to start or crashed`);
      });
      worker.addEventListener('messageerror', () =>
        listener(`a message from ${what} could not be read`),
      );
    },
    terminate() {
      api[Comlink.releaseProxy]();
      worker.terminate();
    },
  };
}

/**
 * Starts one instance of the model worker. The page runs several, named after their job,
 * so that a slow kinetics call never holds up the conductivity figure.
 */
const startModelWorker = (name: string) =>
  wrapWorker<PageApi>(startWorker(name), 'the model worker');

/** The worker behind the conductivity figure and the properties. */
export function createWorkerEndpoint(): ModelEndpoint {
  const { api, onCrash, terminate } = startModelWorker('sige-model');
  return {
    computeSweep: (conditions) => api.computeSweep(conditions),
    computePoint: (inputs, basis) => api.computePoint(inputs, basis),
    onCrash,
    terminate,
  };
}

/** Another instance of the same worker, one of the kinetics pool (views and sweep chunks). */
export function createKineticsWorkerEndpoint(): KineticsEndpoint {
  const { api, onCrash, terminate } = startModelWorker('sige-kinetics');
  return {
    computeKinetics: (inputs, choices, kinetics, draft) =>
      api.computeKinetics(inputs, choices, kinetics, draft),
    // Comlink clones arguments; a plain array, not a readonly view, crosses cleanly.
    retentionSweep: (inputs, choices, xs, kinetics) =>
      api.retentionSweep(inputs, choices, [...xs], kinetics),
    mapCells: (request, cells) => api.mapCells(request, [...cells]),
    onCrash,
    terminate,
  };
}
