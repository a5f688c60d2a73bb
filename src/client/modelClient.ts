import type { ComputeResult } from '../core/api';
import type { ModelInputs } from '../core/inputs';
import { createCoalescer, type Outcome } from './coalescer';
import type { EndpointFactory, ModelEndpoint } from './endpoint';
import { createWorkerEndpoint } from './workerEndpoint';

export { ModelError, SUPERSEDED } from './coalescer';
export type ModelOutcome = Outcome<ComputeResult>;

export interface ModelClient {
  /**
   * Resolves with the result, or with SUPERSEDED when newer inputs arrived first;
   * rejects with a ModelError when the model threw, crashed or timed out.
   */
  request(inputs: ModelInputs, basis?: string): Promise<ModelOutcome>;
  /** Terminates the worker and supersedes open requests; a later request starts afresh. */
  dispose(): void;
}

export interface ModelClientOptions {
  /** Where the model runs; the real module worker unless a test injects a fake. */
  createEndpoint?: EndpointFactory;
  /** How long one call may take before the worker is presumed dead. */
  timeoutMs?: number;
}

/** Generous: a healthy call takes about a millisecond. */
export const DEFAULT_TIMEOUT_MS = 5000;

/**
 * Runs the model on the calling thread, behind the same interface as the worker. The core
 * is loaded on first use: it reaches the kinetics, which the page's first download must not
 * carry for a fallback that almost never runs.
 */
export function createInProcessEndpoint(): ModelEndpoint {
  return {
    compute: async (inputs, basis) => (await import('../core/api')).compute(inputs, basis),
    onCrash: () => {},
    terminate: () => {},
  };
}

/**
 * The client the conductivity figure talks to. At most one call is in flight; while
 * it runs, only the newest inputs wait (older waiting requests resolve SUPERSEDED),
 * and answers are delivered in request order only, so a stale one is never applied.
 * A worker that rejects, crashes or hangs is terminated and the next request starts
 * a fresh one.
 */
export function createModelClient(options: ModelClientOptions = {}): ModelClient {
  const coalescer = createCoalescer<ModelEndpoint>({
    createEndpoint: options.createEndpoint ?? createWorkerEndpoint,
    createFallback: createInProcessEndpoint,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    lanes: ['newest'],
  });
  return {
    request: (inputs, basis) => coalescer.submit(0, (endpoint) => endpoint.compute(inputs, basis)),
    dispose: () => coalescer.dispose(),
  };
}

/** Same contract, no worker: for component tests and environments without workers. */
export function createInProcessClient(): ModelClient {
  return createModelClient({ createEndpoint: createInProcessEndpoint });
}
