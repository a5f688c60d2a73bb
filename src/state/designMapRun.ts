import { SUPERSEDED } from '../client/coalescer';
import type { KineticsClient } from '../client/kineticsClient';
import { coarseToFineOrder, type GridIndex } from '../core/designMap/grid';
import type { MapCell, MapRequest } from '../core/designMap/request';
import { backgroundMayGo } from './backgroundWork';
import { cellSlot } from './designMapSlice';
import type { AppStore } from './store';

/**
 * Cells per worker call. A cell costs 0.1–0.4 s and a call cannot be interrupted: with one
 * kinetics worker (a two-core machine) a view asked for meanwhile waits for the call in
 * flight, so calls stay short. Computing in the page itself, one cell at a time.
 */
export const MAP_CHUNK = 2;

/** How often a chain waiting for a slider to be let go looks again. */
const WAIT_MS = 20;

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The cells of a map still to compute, coarse to fine (every 8th cell of both axes first,
 * then the cells each halving of the stride adds), cut into calls of `size` cells.
 */
export function mapChunks(
  request: MapRequest,
  size: number,
  done: (cell: GridIndex) => boolean = () => false,
): GridIndex[][] {
  const chunks: GridIndex[][] = [];
  let chunk: GridIndex[] = [];
  for (const cell of coarseToFineOrder(request.grid.x.count, request.grid.second.count)) {
    if (done(cell)) continue;
    chunk.push(cell);
    if (chunk.length >= size) {
      chunks.push(chunk);
      chunk = [];
    }
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

export interface MapSending {
  readonly client: Pick<KineticsClient, 'requestMapCells' | 'workers'>;
  readonly request: MapRequest;
  readonly chunks: readonly (readonly GridIndex[])[];
  /** False once the map is cancelled or superseded: nothing more is sent or delivered. */
  readonly isCurrent: () => boolean;
  /** Whether a chunk may go now; one that may not waits and asks again. */
  readonly mayGo?: () => boolean;
  readonly onCells: (cells: readonly MapCell[]) => void;
  /** The first failure; the map stops there. */
  readonly onError: (message: string) => void;
}

/**
 * Sends the chunks in order, one chain per worker, each taking the next chunk when its last
 * is in: the pool's queue then holds at most one map chunk per worker, so the view and the
 * retention sweep (queued the same way) take turns with the map instead of waiting behind
 * all of it. Resolves when every chain has stopped.
 */
export async function sendMapChunks(sending: MapSending): Promise<void> {
  const { client, request, chunks, isCurrent, mayGo = () => true } = sending;
  let next = 0;
  let failed = false;
  const going = () => !failed && isCurrent();
  const chain = async () => {
    while (going() && next < chunks.length) {
      // Checked and taken in one go: another chain must not take the same idle worker.
      if (!mayGo()) {
        await delay(WAIT_MS);
        continue;
      }
      const cells = chunks[next];
      next += 1;
      if (!cells) return;
      let outcome;
      try {
        outcome = await client.requestMapCells(request, cells);
      } catch (error) {
        if (going()) {
          failed = true;
          sending.onError(messageOf(error));
        }
        return;
      }
      if (!going() || outcome === SUPERSEDED) return;
      sending.onCells(outcome);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, client.workers) }, chain));
}

/**
 * Computes each map the store starts (startDesignMap) on the kinetics pool, behind the
 * user's view. Lives outside React, like the kinetics driver: the store is all it talks to.
 * A map already under way when it starts (a remount) is taken up where it stands. Returns a
 * function that stops it; answers arriving after that are dropped.
 */
export function startDesignMapDriver(
  store: AppStore,
  client: Pick<KineticsClient, 'requestMapCells' | 'workers' | 'idleWorkers' | 'inPage'>,
): () => void {
  let active = true;
  const unsubscribe = store.subscribe(
    (s) => s.designMap.run,
    (run) => {
      const map = store.getState().designMap;
      const { request } = map;
      if (request === null || map.status !== 'computing') return;
      const isCurrent = () => {
        const now = store.getState().designMap;
        return active && now.run === run && now.status === 'computing';
      };
      void sendMapChunks({
        client,
        request,
        chunks: mapChunks(
          request,
          client.inPage ? 1 : MAP_CHUNK,
          (cell) => map.cells[cellSlot(request, cell)] != null,
        ),
        isCurrent,
        mayGo: () => backgroundMayGo(store, client),
        onCells: (cells) => store.getState().addMapCells(run, cells),
        onError: (message) => store.getState().failDesignMap(run, message),
      });
    },
    { fireImmediately: true },
  );
  return () => {
    active = false;
    unsubscribe();
  };
}
