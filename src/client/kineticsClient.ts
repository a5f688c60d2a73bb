import type { ModelChoices, ModelInputs } from '../core/inputs';
import type { KineticParams } from '../core/params';
import type * as KineticsApi from '../core/kinetics/api';
import type { GridIndex, MapCell, MapRequest } from '../core/designMap';
import type { KineticsView, RetentionPoint } from '../core/kinetics/api';
import { createCoalescer, type Outcome } from './coalescer';
import type { KineticsEndpoint, KineticsEndpointFactory } from './endpoint';
import { createViewCache } from './viewCache';
import { createKineticsWorkerEndpoint } from './workerEndpoint';

export interface KineticsClient {
  /**
   * The full kinetics for one set of inputs; newest request wins, older waiting ones resolve
   * SUPERSEDED, and so does an answer that a newer one overtook on another worker.
   * `kinetics`, here and for the retention: a refit's parameters in place of the calibration's.
   * `draft`: a drag's preview, on the coarser grid (its answer is flagged `draft`).
   * The last few full views are kept: one asked for again is answered without computing.
   */
  requestView(
    inputs: ModelInputs,
    choices: ModelChoices,
    kinetics?: KineticParams | null,
    draft?: boolean,
  ): Promise<Outcome<KineticsView>>;
  /**
   * Computes a full view ahead, on the background queue, and keeps it for a later
   * requestView (a keyboard step's likely next one); nothing if it is kept already.
   */
  prefetchView(inputs: ModelInputs, choices: ModelChoices, kinetics?: KineticParams | null): void;
  /**
   * Retention at a few compositions. Chunks wait in turn, each answered, and a worker takes
   * one only when no view request waits, so a sweep never delays what the user just asked for.
   */
  requestRetention(
    inputs: ModelInputs,
    choices: ModelChoices,
    xs: readonly number[],
    kinetics?: KineticParams | null,
  ): Promise<Outcome<RetentionPoint[]>>;
  /**
   * The full kinetics of a pinned view: queued behind nothing the user is waiting for, like
   * a sweep chunk, and never superseded by a newer request.
   */
  requestPinned(inputs: ModelInputs, choices: ModelChoices): Promise<Outcome<KineticsView>>;
  /** Some cells of a design map, queued like a sweep chunk. */
  requestMapCells(request: MapRequest, cells: readonly GridIndex[]): Promise<Outcome<MapCell[]>>;
  /** How many calls can run at once (the workers; one when the page computes itself). */
  readonly workers: number;
  /** Workers that would start a request sent now at once: free, and nothing waiting. */
  idleWorkers(): number;
  /** Whether no worker could be started and the kinetics run on the page's own thread. */
  readonly inPage: boolean;
  /** Terminates the workers and supersedes open requests; a later request starts afresh. */
  dispose(): void;
}

export interface KineticsClientOptions {
  /** Where the kinetics run; model workers unless a test injects a fake. */
  createEndpoint?: KineticsEndpointFactory;
  timeoutMs?: number;
  /** Size of the pool; by default from the machine's cores (kineticsPoolSize). */
  workers?: number;
}

/**
 * A kinetics call takes 0.1–0.3 s today and a cold worker compiles first; only a
 * worker silent for this long is presumed dead.
 */
export const KINETICS_TIMEOUT_MS = 30_000;

/**
 * Kinetics workers for a machine with `cores` logical cores: one core is left to the page
 * and the conductivity worker, and more than four would mostly wait (one view at a time,
 * chunks only in the background). Always at least one.
 */
export function kineticsPoolSize(cores = globalThis.navigator?.hardwareConcurrency): number {
  const known = Number.isFinite(cores) && cores > 0 ? cores : 2;
  return Math.max(1, Math.min(4, known - 1));
}

const VIEW_LANE = 0;
const SWEEP_LANE = 1;
/** Views kept for a repeat request: a few keyboard steps back and forth (about 45 kB each). */
const KEPT_VIEWS = 16;

const viewKey = (inputs: ModelInputs, choices: ModelChoices, kinetics?: KineticParams | null) =>
  JSON.stringify([inputs, choices, kinetics ?? null]);

/** Lets the page paint (and a burst of requests coalesce) before the thread blocks. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

let kineticsApi: Promise<typeof KineticsApi> | null = null;
// Loaded on first use: the solver is most of the core, and the page's first download must
// not carry it for a fallback that almost never runs (the workers bring their own copy).
const loadKinetics = () => (kineticsApi ??= import('../core/kinetics/api'));

/** The kinetics on the calling thread: the fallback without workers, and the tests' client. */
export function createInProcessKineticsEndpoint(): KineticsEndpoint {
  // What a worker keeps between views, kept by this stand-in for one.
  let lastCell: KineticsApi.FormedCellCache | null = null;
  return {
    computeKinetics: async (inputs, choices, kinetics, draft) => {
      const api = await loadKinetics();
      await nextTask();
      lastCell ??= new api.FormedCellCache();
      const compute = draft ? api.computeDraftKinetics : api.computeKinetics;
      return compute(inputs, choices, api.paramsWith(kinetics), lastCell);
    },
    retentionSweep: async (inputs, choices, xs, kinetics) => {
      const api = await loadKinetics();
      await nextTask();
      return api.retentionSweep(inputs, choices, xs, api.paramsWith(kinetics));
    },
    mapCells: async (request, cells) => {
      const { evaluateCell } = await import('../core/designMap');
      await nextTask();
      return cells.map((cell) => evaluateCell(request, cell));
    },
    onCrash: () => {},
    terminate: () => {},
  };
}

/**
 * The one client for the kinetics panels: a pool of workers of their own (the conductivity
 * figure never waits behind them), a view lane served first and a queue of sweep chunks.
 */
export function createKineticsClient(options: KineticsClientOptions = {}): KineticsClient {
  const coalescer = createCoalescer<KineticsEndpoint>({
    createEndpoint: options.createEndpoint ?? createKineticsWorkerEndpoint,
    createFallback: createInProcessKineticsEndpoint,
    timeoutMs: options.timeoutMs ?? KINETICS_TIMEOUT_MS,
    lanes: ['newest', 'queue'],
    workers: options.workers ?? kineticsPoolSize(),
  });
  const views = createViewCache<KineticsView>(KEPT_VIEWS);
  // Looked up when the job runs, not when it is queued: by then a view computed ahead may be in.
  const fullView = (
    endpoint: KineticsEndpoint,
    inputs: ModelInputs,
    choices: ModelChoices,
    kinetics?: KineticParams | null,
  ) =>
    views.remember(viewKey(inputs, choices, kinetics), () =>
      endpoint.computeKinetics(inputs, choices, kinetics),
    );
  return {
    requestView: (inputs, choices, kinetics, draft) =>
      coalescer.submit(VIEW_LANE, (endpoint) =>
        draft
          ? endpoint.computeKinetics(inputs, choices, kinetics, true)
          : fullView(endpoint, inputs, choices, kinetics),
      ),
    prefetchView: (inputs, choices, kinetics) => {
      if (views.has(viewKey(inputs, choices, kinetics))) return;
      coalescer
        .submit(SWEEP_LANE, (endpoint) => fullView(endpoint, inputs, choices, kinetics))
        .catch(() => {}); // ahead of need: a failure shows when the view is asked for
    },
    requestRetention: (inputs, choices, xs, kinetics) =>
      coalescer.submit(SWEEP_LANE, (endpoint) =>
        endpoint.retentionSweep(inputs, choices, xs, kinetics),
      ),
    requestPinned: (inputs, choices) =>
      coalescer.submit(SWEEP_LANE, (endpoint) => endpoint.computeKinetics(inputs, choices)),
    requestMapCells: (request, cells) =>
      coalescer.submit(SWEEP_LANE, (endpoint) => endpoint.mapCells(request, cells)),
    get workers() {
      return coalescer.size;
    },
    idleWorkers: () => coalescer.idle(),
    get inPage() {
      return coalescer.inPage;
    },
    dispose: () => {
      views.clear();
      coalescer.dispose();
    },
  };
}

/** Same contract, one in-process "worker": for component tests. */
export function createInProcessKineticsClient(): KineticsClient {
  return createKineticsClient({ createEndpoint: createInProcessKineticsEndpoint, workers: 1 });
}
