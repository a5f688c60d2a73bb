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

/**
 * How a lane keeps its jobs. 'newest': only the newest job waits (older waiting ones resolve
 * SUPERSEDED) and an answer older than one already delivered resolves SUPERSEDED — for a
 * view of the current inputs. 'queue': every job waits its turn and every answer is
 * delivered — for independent pieces of one task, such as the chunks of a sweep.
 */
export type LanePolicy = 'newest' | 'queue';

export interface CoalescerOptions<E extends WorkerLifecycle> {
  /** Starts the real worker; may throw (module workers blocked, no Worker in the environment). */
  createEndpoint: () => E;
  /** The same functions on the calling thread, used when createEndpoint throws. */
  createFallback: () => E;
  /** How long one call may take before the worker is presumed dead. */
  timeoutMs: number;
  /** One policy per lane; lane 0 is served first whenever it has a job waiting, and so on. */
  lanes: readonly LanePolicy[];
  /**
   * How many endpoints may compute at once, each with at most one call in flight (default
   * 1). They start lazily: a second one only when a job waits while the first is busy.
   */
  workers?: number;
}

export interface Coalescer<E> {
  /**
   * Queues `run` in a lane (see LanePolicy); rejects with a ModelError when the call threw,
   * the worker crashed or the call timed out.
   */
  submit<T>(lane: number, run: (endpoint: E) => Promise<T>): Promise<Outcome<T>>;
  /** Endpoints that would start a job submitted now at once: free, and no job waiting. */
  idle(): number;
  /** How many calls can run at once: the workers, or one once the page computes itself. */
  readonly size: number;
  /** Whether no worker could be started and the calls run on the calling thread. */
  readonly inPage: boolean;
  /** Terminates the workers and supersedes open jobs; a later submit starts afresh. */
  dispose(): void;
}

interface Job<E> {
  readonly seq: number;
  readonly run: (endpoint: E) => Promise<unknown>;
  readonly resolve: (outcome: unknown) => void;
  readonly reject: (error: ModelError) => void;
}

interface Lane<E> {
  readonly policy: LanePolicy;
  readonly waiting: Job<E>[];
  lastSeq: number;
  // Jobs numbered at or below this are stale: a newer answer went out, or dispose().
  staleUpTo: number;
  // The newest job handed to an endpoint: a failure behind it says nothing its answer won't.
  sentUpTo: number;
}

/** A live endpoint and a promise that rejects the moment it is lost. */
interface Connection<E> {
  readonly endpoint: E;
  readonly lost: Promise<never>;
  retire(error: ModelError): void;
}

/** One place in the pool: its endpoint (started on first use) and whether a call runs. */
interface Slot<E> {
  connection: Connection<E> | null;
  busy: boolean;
}

const asModelError = (error: unknown): ModelError =>
  error instanceof ModelError
    ? error
    : new ModelError(`The model failed: ${error instanceof Error ? error.message : String(error)}`);

/**
 * A pool of workers, at most one call in flight on each, and lanes of waiting jobs served
 * in lane order. Answers within a 'newest' lane are delivered in request order only, so a
 * stale one is never applied, however the workers overtake one another. A worker that
 * rejects, crashes or hangs is terminated and its next job starts a fresh one. Lanes let a
 * cheap, urgent request (the current view) overtake background work (a sweep in chunks)
 * without either cancelling the other.
 */
export function createCoalescer<E extends WorkerLifecycle>(
  options: CoalescerOptions<E>,
): Coalescer<E> {
  const { createEndpoint, createFallback, timeoutMs } = options;
  const lanes: Lane<E>[] = options.lanes.map((policy) => ({
    policy,
    waiting: [],
    lastSeq: 0,
    staleUpTo: 0,
    sentUpTo: 0,
  }));
  const slots: Slot<E>[] = Array.from({ length: Math.max(1, options.workers ?? 1) }, () => ({
    connection: null,
    busy: false,
  }));
  let inPage = false;
  let scheduled = false;

  // One thread computing in turns gains nothing from more "workers" than one.
  const usable = () => (inPage ? slots.slice(0, 1) : slots);

  function connect(slot: Slot<E>): Connection<E> {
    if (slot.connection) return slot.connection;
    let endpoint: E;
    try {
      endpoint = createEndpoint(); // lazily, so importing a client never starts a worker
    } catch (error) {
      // E.g. module workers are blocked: the page still works, only less smoothly.
      console.warn('Model worker unavailable; computing on the main thread.', error);
      endpoint = createFallback();
      inPage = true;
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
        if (slot.connection === conn) slot.connection = null;
        lose(error);
        endpoint.terminate();
      },
    };
    // A crash while idle loses nothing: the next job simply gets a new worker.
    endpoint.onCrash((reason) =>
      conn.retire(new ModelError(`The model worker stopped: ${reason}`)),
    );
    slot.connection = conn;
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

  async function execute(slot: Slot<E>, lane: Lane<E>, job: Job<E>): Promise<void> {
    slot.busy = true;
    lane.sentUpTo = Math.max(lane.sentUpTo, job.seq);
    const conn = connect(slot);
    try {
      const result = await call(conn, job);
      if (job.seq <= lane.staleUpTo) {
        job.resolve(SUPERSEDED);
      } else {
        if (lane.policy === 'newest') lane.staleUpTo = job.seq;
        job.resolve(result);
      }
    } catch (error) {
      const modelError = asModelError(error);
      conn.retire(modelError);
      const overtaken = lane.policy === 'newest' && job.seq < lane.sentUpTo;
      if (job.seq <= lane.staleUpTo || overtaken) job.resolve(SUPERSEDED);
      else job.reject(modelError);
    } finally {
      slot.busy = false;
      dispatch();
    }
  }

  /** Hands waiting jobs, most urgent lane first, to free slots (those already started first). */
  function dispatch(): void {
    for (const slot of usable()) {
      if (slot.busy) continue;
      const lane = lanes.find((l) => l.waiting.length > 0);
      const job = lane?.waiting.shift();
      if (!lane || !job) return;
      void execute(slot, lane, job);
    }
  }

  return {
    submit<T>(index: number, run: (endpoint: E) => Promise<T>) {
      const lane = lanes[index];
      if (!lane) throw new RangeError(`No lane ${index}`);
      const seq = ++lane.lastSeq;
      return new Promise<Outcome<T>>((resolve, reject) => {
        if (lane.policy === 'newest') {
          for (const older of lane.waiting.splice(0)) older.resolve(SUPERSEDED);
        }
        lane.waiting.push({ seq, run, resolve: resolve as (outcome: unknown) => void, reject });
        if (scheduled) return;
        scheduled = true;
        // Let a burst of synchronous requests (a drag, a URL load) collapse into its newest.
        queueMicrotask(() => {
          scheduled = false;
          dispatch();
        });
      });
    },
    idle() {
      const free = usable().filter((slot) => !slot.busy).length;
      const waiting = lanes.reduce((n, lane) => n + lane.waiting.length, 0);
      return Math.max(0, free - waiting);
    },
    get size() {
      return usable().length;
    },
    get inPage() {
      return inPage;
    },
    dispose() {
      for (const lane of lanes) {
        lane.staleUpTo = lane.lastSeq;
        for (const job of lane.waiting.splice(0)) job.resolve(SUPERSEDED);
      }
      const error = new ModelError('The model client was disposed.');
      for (const slot of slots) slot.connection?.retire(error);
    },
  };
}
