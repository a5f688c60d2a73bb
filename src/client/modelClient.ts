import { compute, type ComputeResult } from '../core/api';
import type { ModelInputs } from '../core/inputs';
import type { EndpointFactory, ModelEndpoint } from './endpoint';
import { createWorkerEndpoint } from './workerEndpoint';

/** What a request resolves to when newer inputs made its answer pointless. */
export const SUPERSEDED = 'superseded';
export type ModelOutcome = ComputeResult | typeof SUPERSEDED;

export interface ModelClient {
  /**
   * Resolves with the result, or with SUPERSEDED when newer inputs arrived first;
   * rejects with a ModelError when the model threw, crashed or timed out.
   */
  request(inputs: ModelInputs): Promise<ModelOutcome>;
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

export class ModelError extends Error {
  override name = 'ModelError';
}

interface Job {
  readonly seq: number;
  readonly inputs: ModelInputs;
  readonly resolve: (outcome: ModelOutcome) => void;
  readonly reject: (error: ModelError) => void;
}

/** A live endpoint and a promise that rejects the moment it is lost. */
interface Connection {
  readonly endpoint: ModelEndpoint;
  readonly lost: Promise<never>;
  retire(error: ModelError): void;
}

/** Runs the model on the calling thread, behind the same interface as the worker. */
export function createInProcessEndpoint(): ModelEndpoint {
  return {
    compute: async (inputs) => compute(inputs),
    onCrash: () => {},
    terminate: () => {},
  };
}

const asModelError = (error: unknown): ModelError =>
  error instanceof ModelError
    ? error
    : new ModelError(`The model failed: ${error instanceof Error ? error.message : String(error)}`);

/**
 * The one client the page talks to. At most one call is in flight; while it runs,
 * only the newest inputs wait (older waiting requests resolve SUPERSEDED), and
 * answers are delivered in request order only, so a stale one is never applied.
 * A worker that rejects, crashes or hangs is terminated and the next request
 * starts a fresh one.
 */
export function createModelClient(options: ModelClientOptions = {}): ModelClient {
  const createEndpoint = options.createEndpoint ?? createWorkerEndpoint;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let connection: Connection | null = null;
  let pending: Job | null = null;
  let pumping = false;
  let lastSeq = 0;
  // Requests numbered at or below this are stale: a newer answer went out, or dispose().
  let staleUpTo = 0;

  function connect(): Connection {
    if (connection) return connection;
    let endpoint: ModelEndpoint;
    try {
      endpoint = createEndpoint(); // lazily, so importing the client never starts a worker
    } catch (error) {
      // E.g. module workers are blocked: the page still works, only less smoothly.
      console.warn('Model worker unavailable; computing on the main thread.', error);
      endpoint = createInProcessEndpoint();
    }
    let lose: (error: ModelError) => void = () => {};
    const lost = new Promise<never>((_, reject) => (lose = reject));
    lost.catch(() => {}); // observed only by calls in flight
    let retired = false;
    const conn: Connection = {
      endpoint,
      lost,
      retire(error) {
        if (retired) return;
        retired = true;
        if (connection === conn) connection = null;
        lose(error);
        endpoint.terminate();
      },
    };
    // A crash while idle loses nothing: the next request simply gets a new worker.
    endpoint.onCrash((reason) =>
      conn.retire(new ModelError(`The model worker stopped: ${reason}`)),
    );
    connection = conn;
    return conn;
  }

  async function call(conn: Connection, inputs: ModelInputs): Promise<ComputeResult> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new ModelError(`The model did not answer within ${timeoutMs / 1000} s.`)),
        timeoutMs,
      );
    });
    try {
      const answer = new Promise<ComputeResult>((resolve) =>
        resolve(conn.endpoint.compute(inputs)),
      );
      return await Promise.race([answer, conn.lost, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  async function pump(): Promise<void> {
    pumping = true;
    // Let a burst of synchronous requests (a drag, a URL load) collapse into its newest.
    await Promise.resolve();
    while (pending) {
      const job = pending;
      pending = null;
      const conn = connect();
      try {
        const result = await call(conn, job.inputs);
        if (job.seq <= staleUpTo) {
          job.resolve(SUPERSEDED);
        } else {
          staleUpTo = job.seq;
          job.resolve(result);
        }
      } catch (error) {
        const modelError = asModelError(error);
        conn.retire(modelError);
        if (job.seq <= staleUpTo) job.resolve(SUPERSEDED);
        else job.reject(modelError);
      }
    }
    pumping = false;
  }

  return {
    request(inputs) {
      const seq = ++lastSeq;
      return new Promise<ModelOutcome>((resolve, reject) => {
        pending?.resolve(SUPERSEDED);
        pending = { seq, inputs, resolve, reject };
        if (!pumping) void pump();
      });
    },
    dispose() {
      staleUpTo = lastSeq;
      pending?.resolve(SUPERSEDED);
      pending = null;
      connection?.retire(new ModelError('The model client was disposed.'));
    },
  };
}

/** Same contract, no worker: for component tests and environments without workers. */
export function createInProcessClient(): ModelClient {
  return createModelClient({ createEndpoint: createInProcessEndpoint });
}
