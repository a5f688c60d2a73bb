import { afterEach, describe, expect, it } from 'vitest';
import type { KineticsClient } from '../../src/client/kineticsClient';
import { coarseToFineOrder, type GridIndex } from '../../src/core/designMap/grid';
import type { MapCell, MapRequest } from '../../src/core/designMap/request';
import { DEFAULT_CHOICES, DEFAULT_INPUTS } from '../../src/core/inputs';
import {
  mapChunks,
  MAP_CHUNK,
  sendMapChunks,
  startDesignMapDriver,
} from '../../src/state/designMapRun';
import { createAppStore } from '../../src/state/store';
import { deferred, type Deferred } from '../support/fakes';
import { fakeMapCells } from '../support/kineticsFakes';

const request = (nx: number, ny: number): MapRequest => ({
  grid: {
    x: { from: 0, to: 1, count: nx },
    axis: 'loading',
    second: { from: 0.5, to: 4, count: ny },
  },
  figure: { id: 'retention3C', cRate: 1 },
  inputs: DEFAULT_INPUTS,
  choices: DEFAULT_CHOICES,
});

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
async function settle(times = 5) {
  for (let k = 0; k < times; k += 1) await tick();
}

/**
 * A pool whose map calls wait until the test answers them: what was asked, in order, and
 * how many calls were in flight at most.
 */
function heldPool(workers: number, idle = () => workers) {
  const calls: { cells: readonly GridIndex[]; request: MapRequest; answer: Deferred<MapCell[]> }[] =
    [];
  let inFlight = 0;
  let maxInFlight = 0;
  const client: Pick<KineticsClient, 'requestMapCells' | 'workers' | 'idleWorkers' | 'inPage'> = {
    workers,
    inPage: false,
    idleWorkers: idle,
    requestMapCells: (req, cells) => {
      const answer = deferred<MapCell[]>();
      calls.push({ cells, request: req, answer });
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      return answer.promise.finally(() => {
        inFlight -= 1;
      });
    },
  };
  /** Answers the oldest open call with fake cells. */
  const answerNext = async () => {
    const call = calls.find((c) => !('done' in c));
    if (!call) throw new Error('no open call');
    Object.assign(call, { done: true });
    call.answer.resolve(fakeMapCells(call.request, call.cells));
    await settle();
  };
  return {
    client,
    calls,
    answerNext,
    get inFlight() {
      return inFlight;
    },
    get maxInFlight() {
      return maxInFlight;
    },
  };
}

describe('mapChunks', () => {
  it('cuts the coarse-to-fine order into small calls, every cell once', () => {
    const req = request(41, 21);
    const chunks = mapChunks(req, MAP_CHUNK);
    expect(MAP_CHUNK).toBeGreaterThanOrEqual(2);
    expect(MAP_CHUNK).toBeLessThanOrEqual(6);
    expect(chunks.every((c) => c.length >= 1 && c.length <= MAP_CHUNK)).toBe(true);
    expect(chunks.flat()).toEqual([...coarseToFineOrder(41, 21)]);
  });

  it('leaves out the cells already done (a map taken up again)', () => {
    const req = request(11, 6);
    const done = (c: GridIndex) => c.i % 2 === 0;
    const cells = mapChunks(req, 3, done).flat();
    expect(cells.some(done)).toBe(false);
    expect(cells).toHaveLength(11 * 6 - 6 * 6);
  });
});

describe('sendMapChunks', () => {
  it('keeps at most one chunk per worker in flight, coarse cells first', async () => {
    const pool = heldPool(2);
    const req = request(11, 6);
    const chunks = mapChunks(req, 2);
    const got: MapCell[] = [];
    const done = sendMapChunks({
      client: pool.client,
      request: req,
      chunks,
      isCurrent: () => true,
      onCells: (cells) => got.push(...cells),
      onError: (message) => {
        throw new Error(message);
      },
    });
    await settle();
    expect(pool.calls).toHaveLength(2);
    expect(pool.calls.map((c) => c.cells)).toEqual(chunks.slice(0, 2));
    while (pool.calls.some((c) => !('done' in c))) await pool.answerNext();
    await done;
    expect(pool.maxInFlight).toBe(2);
    expect(pool.calls.map((c) => c.cells)).toEqual(chunks);
    expect(got).toHaveLength(66);
  });

  it('stops sending once cancelled and drops the answers still on their way', async () => {
    const pool = heldPool(1);
    const req = request(11, 6);
    let current = true;
    const got: MapCell[] = [];
    const done = sendMapChunks({
      client: pool.client,
      request: req,
      chunks: mapChunks(req, 2),
      isCurrent: () => current,
      onCells: (cells) => got.push(...cells),
      onError: () => {},
    });
    await settle();
    await pool.answerNext();
    expect(got).toHaveLength(2);
    expect(pool.calls).toHaveLength(2);
    current = false;
    await pool.answerNext();
    await done;
    expect(got).toHaveLength(2);
    expect(pool.calls).toHaveLength(2);
  });

  it('waits while it may not go (a slider held), then goes on', async () => {
    const pool = heldPool(1);
    const req = request(3, 2);
    let may = false;
    const done = sendMapChunks({
      client: pool.client,
      request: req,
      chunks: mapChunks(req, 2),
      isCurrent: () => true,
      mayGo: () => may,
      onCells: () => {},
      onError: () => {},
    });
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(pool.calls).toHaveLength(0);
    may = true;
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(pool.calls).toHaveLength(1);
    while (pool.calls.some((c) => !('done' in c)) || pool.calls.length < 3) {
      await pool.answerNext();
    }
    await done;
  });

  it('reports the first failure once and sends nothing more', async () => {
    const req = request(11, 6);
    let sent = 0;
    const errors: string[] = [];
    await sendMapChunks({
      client: {
        workers: 2,
        requestMapCells: async () => {
          sent += 1;
          throw new Error('The model worker stopped: boom');
        },
      },
      request: req,
      chunks: mapChunks(req, 2),
      isCurrent: () => true,
      onCells: () => {},
      onError: (message) => errors.push(message),
    });
    expect(errors).toEqual(['The model worker stopped: boom']);
    expect(sent).toBeLessThanOrEqual(2);
  });
});

describe('design-map slice and driver', () => {
  const stops: (() => void)[] = [];
  afterEach(() => {
    for (const stop of stops.splice(0)) stop();
  });

  it('fills the store cell by cell until the map is complete', async () => {
    const store = createAppStore();
    const pool = heldPool(2);
    stops.push(startDesignMapDriver(store, pool.client));
    await settle();
    expect(pool.calls).toHaveLength(0); // nothing starts by itself
    store.getState().startDesignMap(request(11, 6));
    await settle();
    const filled: number[] = [];
    while (store.getState().designMap.status === 'computing') {
      await pool.answerNext();
      filled.push(store.getState().designMap.filled);
    }
    const map = store.getState().designMap;
    expect(map.status).toBe('ready');
    expect(map.filled).toBe(66);
    expect(map.cells.every((c) => c !== null)).toBe(true);
    // Rising, a chunk at a time, never past the total.
    expect(filled[0]).toBe(2);
    for (let k = 1; k < filled.length; k += 1) {
      expect(filled[k]).toBeGreaterThan(filled[k - 1] as number);
    }
    expect(pool.maxInFlight).toBeLessThanOrEqual(2);
  });

  it('Cancel stops the map where it stands; answers in flight are ignored', async () => {
    const store = createAppStore();
    const pool = heldPool(1);
    stops.push(startDesignMapDriver(store, pool.client));
    store.getState().startDesignMap(request(11, 6));
    await settle();
    await pool.answerNext();
    expect(store.getState().designMap.filled).toBe(2);
    store.getState().cancelDesignMap();
    await pool.answerNext();
    const map = store.getState().designMap;
    expect(map.status).toBe('cancelled');
    expect(map.filled).toBe(2);
    expect(pool.calls).toHaveLength(2);
  });

  it('a new start supersedes the old map', async () => {
    const store = createAppStore();
    const pool = heldPool(1);
    stops.push(startDesignMapDriver(store, pool.client));
    store.getState().startDesignMap(request(11, 6));
    await settle();
    const first = store.getState().designMap.run;
    store.getState().startDesignMap(request(3, 2));
    await settle();
    // The old map's call in flight answers into nothing.
    await pool.answerNext();
    expect(store.getState().designMap.run).toBe(first + 1);
    expect(store.getState().designMap.total).toBe(6);
    while (store.getState().designMap.status === 'computing') await pool.answerNext();
    expect(store.getState().designMap.filled).toBe(6);
    expect(pool.calls.slice(1).every((c) => c.request.grid.x.count === 3)).toBe(true);
  });

  it('keeps the only worker for the view while a slider is held', async () => {
    const store = createAppStore();
    const pool = heldPool(1, () => 1);
    stops.push(startDesignMapDriver(store, pool.client));
    store.getState().setSliderHeld(true);
    store.getState().startDesignMap(request(3, 2));
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(pool.calls).toHaveLength(0);
    store.getState().setSliderHeld(false);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(pool.calls).toHaveLength(1);
  });

  it('a failure stops the map with its message', async () => {
    const store = createAppStore();
    stops.push(
      startDesignMapDriver(store, {
        workers: 1,
        inPage: false,
        idleWorkers: () => 1,
        requestMapCells: async () => {
          throw new Error('The model worker stopped: boom');
        },
      }),
    );
    store.getState().startDesignMap(request(3, 2));
    await settle();
    expect(store.getState().designMap).toMatchObject({
      status: 'error',
      error: 'The model worker stopped: boom',
    });
  });

  it('ignores cells that are not in the grid, or arrive twice', () => {
    const store = createAppStore();
    const req = request(3, 2);
    store.getState().startDesignMap(req);
    const { run } = store.getState().designMap;
    const [cell] = fakeMapCells(req, [{ i: 1, j: 1 }]);
    if (!cell) throw new Error('no cell');
    store.getState().addMapCells(run, [cell, cell, { ...cell, i: 7 }]);
    expect(store.getState().designMap.filled).toBe(1);
    store.getState().addMapCells(run - 1, fakeMapCells(req, [{ i: 0, j: 0 }]));
    expect(store.getState().designMap.filled).toBe(1);
  });
});
