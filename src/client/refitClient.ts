/**
 * The refit off the page's thread: a worker of its own (the import worker and the kinetics
 * pool are never held up by it), progress through a Comlink.proxy callback, and cancel.
 *
 * Cancel ends the worker. A synchronous refit in a worker cannot read a message until it
 * is over, and the only shared memory that could carry a "stop" flag (SharedArrayBuffer)
 * needs cross-origin isolation, which a static page on a wiki or from file:// does not
 * have. So every progress report carries the best point so far; on cancel the worker is
 * terminated and a fresh one evaluates that point once (a fraction of a second) for its
 * residuals. The result says `stopped`: best so far, no uncertainty.
 */
import * as Comlink from 'comlink';
import { KINETIC_PARAMETERS } from '../core/calibration/kineticParameters';
import { unassessedParameter } from '../core/refit/pinning';
import type { RefitResult } from '../core/refit/types';
import type { RefitAnswer, RefitApi, RefitProgress, RefitRequest } from '../../workers/refitApi';
import type { WorkerLifecycle } from './coalescer';
import { startRefitWorker } from './startWorker';
import { wrapWorker } from './workerEndpoint';

export type { RefitProgress, RefitRequest } from '../../workers/refitApi';

/** Where a refit runs: the refit worker, the page itself, or a fake in tests. */
export interface RefitEndpoint extends WorkerLifecycle {
  run(request: RefitRequest, onProgress?: (progress: RefitProgress) => void): Promise<RefitAnswer>;
}

/** Why a refit gave no result, in words for the page. */
export class RefitRunError extends Error {
  override readonly name = 'RefitRunError';
  constructor(
    message: string,
    /** Cancelled before its first model evaluation: nothing to keep. */
    readonly cancelled = false,
  ) {
    super(message);
  }
}

export interface RefitClient {
  /**
   * One refit. Resolves with its result, or, after cancel(), with the best point so far
   * (`stopped: true`); rejects with a RefitRunError only. A run asked for while another
   * is under way cancels that one.
   */
  run(request: RefitRequest, onProgress?: (progress: RefitProgress) => void): Promise<RefitResult>;
  /** Whether no worker could be started and refits run on the page (which then freezes). */
  readonly inPage: boolean;
  /** Ends the run under way, which then resolves with its best point so far. */
  cancel(): void;
  /** Ends the worker; a later run starts a fresh one. */
  dispose(): void;
}

/** Where refits run: the refit worker, and the page when none can start (tests inject fakes). */
export type RefitClientOptions = Partial<
  Record<'createEndpoint' | 'createFallback', () => RefitEndpoint>
>;

export function createRefitWorkerEndpoint(): RefitEndpoint {
  const { api, onCrash, terminate } = wrapWorker<RefitApi>(startRefitWorker(), 'the refit worker');
  return {
    run: (request, onProgress) => api.run(request, onProgress && Comlink.proxy(onProgress)),
    onCrash,
    terminate,
  };
}

/** The refit on the page's own thread, its code loaded on first use. */
export function createInPageRefitEndpoint(): RefitEndpoint {
  let ended = false;
  return {
    run: async (request, onProgress) => {
      const { refitToAnswer } = await import('../../workers/refitApi');
      // A moment for the page to paint "refitting…" before the thread is taken.
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
      if (ended) return { ok: false, message: 'Refit cancelled.', refused: false };
      return refitToAnswer(request, onProgress);
    },
    onCrash: () => {},
    terminate: () => {
      ended = true;
    },
  };
}

/** A worker that went away, or a run the caller stopped: told apart from a refit's failure. */
class Ended extends Error {
  constructor(readonly why: 'lost' | 'cancelled' | 'disposed') {
    super(why);
  }
}

/** An endpoint, and a promise that rejects the moment it dies or is given up. */
interface Live {
  readonly endpoint: RefitEndpoint;
  readonly ended: Promise<never>;
  end(why: Ended['why']): void;
  answered: boolean;
}

function liveOf(endpoint: RefitEndpoint): Live {
  let reject: (error: Ended) => void = () => {};
  const ended = new Promise<never>((_, r) => {
    reject = r;
  });
  ended.catch(() => {});
  const live: Live = {
    endpoint,
    ended,
    answered: false,
    end(why) {
      endpoint.terminate();
      reject(new Ended(why));
    },
  };
  endpoint.onCrash(() => reject(new Ended('lost')));
  return live;
}

function resultOf(answer: RefitAnswer): RefitResult {
  if (answer.ok) return answer.result;
  throw new RefitRunError(answer.refused ? answer.message : `The refit failed: ${answer.message}`);
}

/** A run's own state: the best point reported, and why it was given up, if it was. */
interface Run {
  best: RefitProgress | null;
  ended: 'cancelled' | 'superseded' | 'disposed' | null;
}

/** The best point with no residuals: what is left when even its one evaluation could not run. */
function unevaluated(request: RefitRequest, best: RefitProgress): RefitResult {
  const specs = KINETIC_PARAMETERS.filter((spec) => request.params.includes(spec.key));
  return {
    params: best.best,
    fitted: specs.map((spec) => unassessedParameter(spec, best.best[spec.key])),
    residuals: [],
    evaluations: best.evaluations,
    stopped: true,
    score: best.score,
    notes: ['The residuals of the best point so far were not computed.'],
  };
}

/**
 * One worker, started on the first run and kept for the next. One that cannot be created,
 * or that dies before it ever answered (a blocked script), leaves the page refitting on its
 * own thread from then on; one that dies later costs only the run it was on.
 */
export function createRefitClient(options: RefitClientOptions = {}): RefitClient {
  const createEndpoint = options.createEndpoint ?? createRefitWorkerEndpoint;
  const createFallback = options.createFallback ?? createInPageRefitEndpoint;
  let inPage = false;
  let current: Live | null = null;
  let active: Run | null = null;

  /** The worker; the page, for good, once one could not be created. */
  function endpointFor(): RefitEndpoint {
    if (inPage) return createFallback();
    try {
      return createEndpoint();
    } catch (error) {
      console.warn('Refit worker unavailable; refitting on the main thread.', error);
      inPage = true;
      return createFallback();
    }
  }

  function live(): Live {
    if (current) return current;
    const made = liveOf(endpointFor());
    made.ended.catch(() => {
      if (current === made) current = null;
    });
    current = made;
    return made;
  }

  /** Gives up the run under way and its worker; the next run starts a fresh one. */
  function stop(why: NonNullable<Run['ended']>) {
    if (active) active.ended = why;
    const conn = current;
    current = null;
    conn?.end(why === 'disposed' ? 'disposed' : 'cancelled');
  }

  async function attempt(
    request: RefitRequest,
    onProgress: (progress: RefitProgress) => void,
  ): Promise<RefitResult> {
    const conn = live();
    let answer: RefitAnswer;
    try {
      answer = await Promise.race([conn.endpoint.run(request, onProgress), conn.ended]);
    } catch (error) {
      if (!(error instanceof Ended) || error.why !== 'lost') throw error;
      if (!conn.answered && !inPage) {
        inPage = true;
        return attempt(request, onProgress);
      }
      throw new RefitRunError(`The refit worker stopped: ${error.message}`);
    }
    conn.answered = true;
    return resultOf(answer);
  }

  /** A cancelled run's best point, with its residuals from one evaluation when that works. */
  async function bestSoFar(request: RefitRequest, best: RefitProgress): Promise<RefitResult> {
    try {
      const result = await attempt({ ...request, start: best.best, evaluateOnly: true }, () => {});
      return { ...result, evaluations: best.evaluations, stopped: true };
    } catch {
      return unevaluated(request, best);
    }
  }

  return {
    async run(request, onProgress) {
      if (active) stop('superseded');
      const run: Run = { best: null, ended: null };
      active = run;
      const progress = (p: RefitProgress) => {
        // A report may arrive after the run was given up: it is no longer this run's.
        if (run.ended !== null) return;
        run.best = p;
        onProgress?.(p);
      };
      try {
        return await attempt(request, progress);
      } catch (error) {
        if (run.ended === 'cancelled' && run.best !== null) return bestSoFar(request, run.best);
        if (run.ended !== null) throw new RefitRunError('Refit cancelled.', true);
        if (error instanceof RefitRunError) throw error;
        throw new RefitRunError(`The refit failed: ${String(error)}`);
      } finally {
        if (active === run) active = null;
      }
    },
    cancel: () => {
      if (active) stop('cancelled');
    },
    get inPage() {
      return inPage;
    },
    dispose: () => stop('disposed'),
  };
}
