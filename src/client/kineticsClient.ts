import type { ModelChoices, ModelInputs } from '../core/inputs';
import {
  computeKinetics,
  retentionSweep,
  type KineticsView,
  type RetentionPoint,
} from '../core/kinetics/api';
import { createCoalescer, type Outcome } from './coalescer';
import type { KineticsEndpoint, KineticsEndpointFactory } from './endpoint';
import { createKineticsWorkerEndpoint } from './workerEndpoint';

export interface KineticsClient {
  /** The full kinetics for one set of inputs; newest request wins, older ones resolve SUPERSEDED. */
  requestView(inputs: ModelInputs, choices: ModelChoices): Promise<Outcome<KineticsView>>;
  /**
   * Retention at a few compositions. Served only when no view request waits, so a sweep
   * never delays what the user just asked for; a newer chunk supersedes a waiting one.
   */
  requestRetention(
    inputs: ModelInputs,
    choices: ModelChoices,
    xs: readonly number[],
  ): Promise<Outcome<RetentionPoint[]>>;
  /** Terminates the worker and supersedes open requests; a later request starts afresh. */
  dispose(): void;
}

export interface KineticsClientOptions {
  /** Where the kinetics run; a second model worker unless a test injects a fake. */
  createEndpoint?: KineticsEndpointFactory;
  timeoutMs?: number;
}

/**
 * A kinetics call takes 0.1–0.3 s today and a cold worker compiles first; only a
 * worker silent for this long is presumed dead.
 */
export const KINETICS_TIMEOUT_MS = 30_000;

const VIEW_LANE = 0;
const SWEEP_LANE = 1;

/** Lets the page paint (and a burst of requests coalesce) before the thread blocks. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The kinetics on the calling thread: the fallback without workers, and the tests' client. */
export function createInProcessKineticsEndpoint(): KineticsEndpoint {
  return {
    computeKinetics: async (inputs, choices) => {
      await nextTask();
      return computeKinetics(inputs, choices);
    },
    retentionSweep: async (inputs, choices, xs) => {
      await nextTask();
      return retentionSweep(inputs, choices, xs);
    },
    onCrash: () => {},
    terminate: () => {},
  };
}

/** The one client for the kinetics panels: its own worker, a view lane and a sweep lane. */
export function createKineticsClient(options: KineticsClientOptions = {}): KineticsClient {
  const coalescer = createCoalescer<KineticsEndpoint>({
    createEndpoint: options.createEndpoint ?? createKineticsWorkerEndpoint,
    createFallback: createInProcessKineticsEndpoint,
    timeoutMs: options.timeoutMs ?? KINETICS_TIMEOUT_MS,
    lanes: 2,
  });
  return {
    requestView: (inputs, choices) =>
      coalescer.submit(VIEW_LANE, (endpoint) => endpoint.computeKinetics(inputs, choices)),
    requestRetention: (inputs, choices, xs) =>
      coalescer.submit(SWEEP_LANE, (endpoint) => endpoint.retentionSweep(inputs, choices, xs)),
    dispose: () => coalescer.dispose(),
  };
}

/** Same contract, no worker: for component tests. */
export function createInProcessKineticsClient(): KineticsClient {
  return createKineticsClient({ createEndpoint: createInProcessKineticsEndpoint });
}
