/** What a request resolves to when newer inputs made its answer pointless. */
export const SUPERSEDED = 'superseded';
export type Outcome<T> = T | typeof SUPERSEDED;

export class ModelError extends Error {
  override name = 'ModelError';
}

/** What every endpoint has, whatever it computes: a way to die and a way to be ended. */
export interface WorkerLifecycle {
  /** Registers a callback for when the endpoint dies on its own (crash, failed load). */
  onCrash(listener: (reason: string) => void): void;
  /** Frees the endpoint for good; it is never called again afterwards. */
  terminate(): void;
}

export interface CoalescerOptions<E extends WorkerLifecycle> {
  /** Starts the real worker; may throw (module workers blocked, no Worker in the environment). */
  createEndpoint: () => E;
  /** The same functions on the calling thread, used when createEndpoint throws. */
  createFallback: () => E;
  /** How long one call may take before the worker is presumed dead. */
  timeoutMs: number;
  /** Number of lanes; lane 0 is served first whenever it has a job waiting. */
  lanes: number;
}

export interface Coalescer<E> {
  /**
   * Queues `run` in a lane. Each lane keeps only its newest waiting job (older ones
   * resolve SUPERSEDED); rejects with a ModelError when the call threw, the worker
   * crashed or the call timed out.
   */
  submit<T>(lane: number, run: (endpoint: E) => Promise<T>): Promise<Outcome<T>>;
  /** Terminates the worker and supersedes open jobs; a later submit starts afresh. */
  dispose(): void;
}

interface Job<E> {
  readonly seq: number;
  readonly run: (endpoint: E) => Promise<unknown>;
  readonly resolve: (outcome: unknown) => void;
  readonly reject: (error: ModelError) => void;
}

/** Per lane: the one job waiting, and which answers have become stale. */
interface Lane<E> {
  pending: Job<E> | null;
  lastSeq: number;
  // Jobs numbered at or below this are stale: a newer answer went out, or dispose().
  staleUpTo: number;
}

/** A live endpoint and a promise that rejects the moment it is lost. */
interface Connection<E> {
  readonly endpoint: E;
  readonly lost: Promise<never>;
  retire(error: ModelError): void;
}

const asModelError = (error: unknown): ModelError =>
  error instanceof ModelError
    ? error
    : new ModelError(`The model failed: ${error instanceof Error ? error.message : String(error)}`);

/**
 * One worker, at most one call in flight, and per lane only the newest job waiting.
 * Answers within a lane are delivered in request order only, so a stale one is never
 * applied. A worker that rejects, crashes or hangs is terminated and the next job
 * starts a fresh one. Lanes let a cheap, urgent request (the current view) overtake
 * background work (a sweep in chunks) without either cancelling the other.
 */
export function createCoalescer<E extends WorkerLifecycle>(
  options: CoalescerOptions<E>,
): Coalescer<E> {
  const { createEndpoint, createFallback, timeoutMs } = options;
  const lanes: Lane<E>[] = Array.from({ length: options.lanes }, () => ({
    pending: null,
    lastSeq: 0,
    staleUpTo: 0,
  }));
  let connection: Connection<E> | null = null;
  let pumping = false;

  function connect(): Connection<E> {
    if (connection) return connection;
    let endpoint: E;
    try {
      endpoint = createEndpoint(); // lazily, so importing a client never starts a worker
    } catch (error) {
      // E.g. module workers are blocked: the page still works, only less smoothly.
      console.warn('Model worker unavailable; computing on the main thread.', error);
      endpoint = createFallback();
    }
    let lose: (error: ModelError) => void = () => {};
    const lost = new Promise<never>((_, reject) => (lose = reject));
    lost.catch(() => {}); // observed only by calls in flight
    let retired = false;
    const conn: Connection<E> = {
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
    // A crash while idle loses nothing: the next job simply gets a new worker.
    endpoint.onCrash((reason) =>
      conn.retire(new ModelError(`The model worker stopped: ${reason}`)),
    );
    connection = conn;
    return conn;
  }

  async function call(conn: Connection<E>, job: Job<E>): Promise<unknown> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new ModelError(`The model did not answer within ${timeoutMs / 1000} s.`)),
        timeoutMs,
      );
    });
    try {
      const answer = new Promise<unknown>((resolve) => resolve(job.run(conn.endpoint)));
      return await Promise.race([answer, conn.lost, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  const nextLane = () => lanes.find((lane) => lane.pending !== null);

  async function pump(): Promise<void> {
    pumping = true;
    // Let a burst of synchronous requests (a drag, a URL load) collapse into its newest.
    await Promise.resolve();
    for (let lane = nextLane(); lane; lane = nextLane()) {
      const job = lane.pending;
      if (!job) break;
      lane.pending = null;
      const conn = connect();
      try {
        const result = await call(conn, job);
        if (job.seq <= lane.staleUpTo) {
          job.resolve(SUPERSEDED);
        } else {
          lane.staleUpTo = job.seq;
          job.resolve(result);
        }
      } catch (error) {
        const modelError = asModelError(error);
        conn.retire(modelError);
        if (job.seq <= lane.staleUpTo) job.resolve(SUPERSEDED);
        else job.reject(modelError);
      }
    }
    pumping = false;
  }

  return {
    submit<T>(index: number, run: (endpoint: E) => Promise<T>) {
      const lane = lanes[index];
      if (!lane) throw new RangeError(`No lane ${index}`);
      const seq = ++lane.lastSeq;
      return new Promise<Outcome<T>>((resolve, reject) => {
        lane.pending?.resolve(SUPERSEDED);
        lane.pending = { seq, run, resolve: resolve as (outcome: unknown) => void, reject };
        if (!pumping) void pump();
      });
    },
    dispose() {
      for (const lane of lanes) {
        lane.staleUpTo = lane.lastSeq;
        lane.pending?.resolve(SUPERSEDED);
        lane.pending = null;
      }
      connection?.retire(new ModelError('The model client was disposed.'));
    },
  };
}
