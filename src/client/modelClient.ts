import type { ComputeResult, SweepResult } from '../core/api';
import type { ModelInputs } from '../core/inputs';
import {
  sameSweepConditions,
  sweepConditionsOf,
  type SweepConditions,
} from '../core/sweepConditions';
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
    computeSweep: async (conditions) => (await import('../core/api')).computeSweep(conditions),
    computePoint: async (inputs, basis) =>
      (await import('../core/api')).computePoint(inputs, basis),
    onCrash: () => {},
    terminate: () => {},
  };
}

/**
 * The client the conductivity figure talks to. At most one request is in flight; while
 * it runs, only the newest inputs wait (older waiting requests resolve SUPERSEDED),
 * and answers are delivered in request order only, so a stale one is never applied.
 * A worker that rejects, crashes or hangs is terminated and the next request starts
 * a fresh one. A request asks for the point every time and for the sweep only when its
 * conditions differ from those of the last sweep received: a drag of x sends the point
 * alone, and every answer of the drag carries the same curve objects, which the figures'
 * memoised paths keep.
 */
export function createModelClient(options: ModelClientOptions = {}): ModelClient {
  const coalescer = createCoalescer<ModelEndpoint>({
    createEndpoint: options.createEndpoint ?? createWorkerEndpoint,
    createFallback: createInProcessEndpoint,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    lanes: ['newest'],
  });
  // The last sweep received. Kept as a value, not a pending promise: a call lost with its
  // worker would otherwise hold every later request. A late answer from a retired worker may
  // still land here; it is right for its own conditions, being a pure function of them.
  let last: { conditions: SweepConditions; sweep: SweepResult } | null = null;
  const sweepFor = async (endpoint: ModelEndpoint, conditions: SweepConditions) => {
    if (last && sameSweepConditions(last.conditions, conditions)) return last.sweep;
    const sweep = await endpoint.computeSweep(conditions);
    last = { conditions, sweep };
    return sweep;
  };
  return {
    request: (inputs, basis) =>
      coalescer.submit(0, async (endpoint): Promise<ComputeResult> => {
        // Sent together, so a new sweep costs no round trip of its own: the worker answers
        // them in turn.
        const [sweep, point] = await Promise.all([
          sweepFor(endpoint, sweepConditionsOf(inputs)),
          endpoint.computePoint(inputs, basis),
        ]);
        return { ...point, ...sweep };
      }),
    dispose: () => coalescer.dispose(),
  };
}

/** Same contract, no worker: for component tests and environments without workers. */
export function createInProcessClient(): ModelClient {
  return createModelClient({ createEndpoint: createInProcessEndpoint });
}
