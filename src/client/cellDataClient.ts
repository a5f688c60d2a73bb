import * as Comlink from 'comlink';
import { CellDataError, checkFileSize } from '../core/cellData/errors';
import type { CellDataResult } from '../core/cellData/types';
import type { CellDataApi, ParseAnswer, ParseRequest } from '../../workers/cellDataApi';
import type { WorkerLifecycle } from './coalescer';
import { startCellDataWorker } from './startWorker';
import { wrapWorker } from './workerEndpoint';

export type { ParseRequest } from '../../workers/cellDataApi';

/** Where a file is parsed: the import worker, the page itself, or a fake in tests. */
export interface CellDataEndpoint extends WorkerLifecycle {
  parse(
    bytes: Uint8Array,
    request: ParseRequest,
    onProgress?: (fraction: number) => void,
  ): Promise<ParseAnswer>;
}

export interface CellDataClient {
  /**
   * Reads and parses one file; rejects with a CellDataError only (a file too large before it
   * is read, a bad cell with its line and column, "Import cancelled." after cancel()).
   * A parse asked for while another runs cancels that one.
   */
  parse(
    file: Blob,
    request: ParseRequest,
    onProgress?: (fraction: number) => void,
  ): Promise<CellDataResult>;
  /** Stops the parse under way by ending its worker; the next parse starts a fresh one. */
  cancel(): void;
  /** Whether no worker could be started and files are parsed on the page. */
  readonly inPage: boolean;
  dispose(): void;
}

export interface CellDataClientOptions {
  createEndpoint?: () => CellDataEndpoint;
  createFallback?: () => CellDataEndpoint;
}

export function createCellDataWorkerEndpoint(): CellDataEndpoint {
  const { api, onCrash, terminate } = wrapWorker<CellDataApi>(
    startCellDataWorker(),
    'the import worker',
  );
  return {
    // Transferred, not copied: a 50 MB file would otherwise exist twice for a moment.
    parse: (bytes, request, onProgress) =>
      api.parse(
        Comlink.transfer(bytes, [bytes.buffer]),
        request,
        onProgress && Comlink.proxy(onProgress),
      ),
    onCrash,
    terminate,
  };
}

/** Lets the page paint (the progress bar, a Cancel press) before the thread blocks. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The parser on the page's own thread, loaded on first use; terminate() aborts it. */
export function createInPageCellDataEndpoint(): CellDataEndpoint {
  const signal = { aborted: false };
  return {
    parse: async (bytes, request, onProgress) => {
      const { parseToAnswer } = await import('../../workers/cellDataApi');
      await nextTask();
      return parseToAnswer(bytes, request, onProgress, signal);
    },
    onCrash: () => {},
    terminate: () => {
      signal.aborted = true;
    },
  };
}

/** A worker that went away; told apart from a parse's own failure. */
class WorkerLost extends Error {}

interface Connection {
  readonly endpoint: CellDataEndpoint;
  /** Rejects with WorkerLost the moment the endpoint dies. */
  readonly lost: Promise<never>;
  /** Whether it ever answered: one that died before could not start at all. */
  answered: boolean;
}

const cancelled = () => new CellDataError('aborted', 'Import cancelled.');

function resultOf(answer: ParseAnswer): CellDataResult {
  if (answer.ok) return answer.result;
  const { code, message, line, column } = answer.error;
  throw new CellDataError(code, message, {
    ...(line !== undefined && { line }),
    ...(column !== undefined && { column }),
  });
}

/**
 * One worker at a time, started on the first parse. A worker that cannot be created, or
 * that dies before it ever answers (a blocked script), leaves the page parsing on its own
 * thread from then on; one that dies later costs only the parse it was running.
 */
export function createCellDataClient(options: CellDataClientOptions = {}): CellDataClient {
  const createEndpoint = options.createEndpoint ?? createCellDataWorkerEndpoint;
  const createFallback = options.createFallback ?? createInPageCellDataEndpoint;
  let connection: Connection | null = null;
  let inPage = false;
  let stopCurrent: (() => void) | null = null;

  function drop(conn: Connection) {
    if (connection === conn) connection = null;
    conn.endpoint.terminate();
  }

  function connect(): Connection {
    if (connection) return connection;
    let endpoint: CellDataEndpoint | null = null;
    if (!inPage) {
      try {
        endpoint = createEndpoint();
      } catch (error) {
        console.warn('Import worker unavailable; parsing on the main thread.', error);
        inPage = true;
      }
    }
    endpoint ??= createFallback();
    let lose: (reason: string) => void = () => {};
    const lost = new Promise<never>((_, reject) => {
      lose = (reason) => reject(new WorkerLost(reason));
    });
    lost.catch(() => {});
    const conn: Connection = { endpoint, lost, answered: false };
    endpoint.onCrash((reason) => {
      drop(conn);
      lose(reason);
    });
    connection = conn;
    return conn;
  }

  async function run(
    file: Blob,
    request: ParseRequest,
    onProgress: ((fraction: number) => void) | undefined,
    stop: Promise<never>,
  ): Promise<CellDataResult> {
    const conn = connect();
    const bytes = new Uint8Array(await Promise.race([file.arrayBuffer(), stop]));
    let answer: ParseAnswer;
    try {
      answer = await Promise.race([
        conn.endpoint.parse(bytes, request, onProgress),
        conn.lost,
        stop,
      ]);
    } catch (error) {
      if (!(error instanceof WorkerLost)) throw error;
      if (!conn.answered && !inPage) {
        inPage = true;
        return run(file, request, onProgress, stop);
      }
      throw new CellDataError('internal', `The import worker stopped: ${error.message}`);
    }
    conn.answered = true;
    return resultOf(answer);
  }

  return {
    async parse(file, request, onProgress) {
      stopCurrent?.();
      checkFileSize(file.size);
      let cancel: () => void = () => {};
      const stop = new Promise<never>((_, reject) => {
        cancel = () => reject(cancelled());
      });
      stop.catch(() => {});
      const mine = () => {
        if (connection) drop(connection);
        cancel();
      };
      stopCurrent = mine;
      try {
        return await run(file, request, onProgress, stop);
      } catch (error) {
        throw error instanceof CellDataError
          ? error
          : new CellDataError('internal', `The file could not be read: ${String(error)}`);
      } finally {
        if (stopCurrent === mine) stopCurrent = null;
      }
    },
    cancel: () => stopCurrent?.(),
    get inPage() {
      return inPage;
    },
    dispose() {
      stopCurrent?.();
      if (connection) drop(connection);
    },
  };
}
