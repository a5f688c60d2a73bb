import { afterEach, describe, expect, it, vi } from 'vitest';
import { createKineticsClient } from '../../src/client/kineticsClient';
import { createInProcessClient } from '../../src/client/modelClient';
import { DEFAULT_CHOICES, DEFAULT_INPUTS } from '../../src/core/inputs';
import { startModelDriver } from '../../src/state/driver';
import { startKineticsDriver } from '../../src/state/kineticsDriver';
import { RETENTION_CHUNKS, RETENTION_XS } from '../../src/state/retentionGrid';
import { createAppStore } from '../../src/state/store';
import { flush } from './fakes';
import { fakeKineticsFactory, fakeRetention, type FakeKineticsWorker } from './kineticsFakes';

/** A store and a kinetics driver on one fake worker, whose answers the test releases. */
function setup() {
  const factory = fakeKineticsFactory();
  const client = createKineticsClient({ createEndpoint: factory.create, timeoutMs: 60_000 });
  const store = createAppStore();
  // No throttling here: each test releases every answer by hand.
  const stop = startKineticsDriver(store, client, { quietMs: 0, sweepSettleMs: 0 });
  const worker = () => {
    const w = factory.workers[factory.workers.length - 1];
    if (!w) throw new Error('no worker started');
    return w;
  };
  return { store, client, factory, worker, stop };
}

const kinds = (calls: readonly { kind: string }[]) => calls.map((c) => c.kind);

describe('params slice: choices', () => {
  it('sets a valid choice, ignores an unknown one and does not notify for no change', () => {
    const store = createAppStore();
    const listener = vi.fn();
    store.subscribe((s) => s.choices, listener);
    store.getState().setChoice('separator', 'not-an-electrolyte');
    store.getState().setChoice('snapshotBranch', DEFAULT_CHOICES.snapshotBranch);
    expect(listener).not.toHaveBeenCalled();
    store.getState().setChoice('separator', 'Li10GeP2S12');
    expect(store.getState().choices.separator).toBe('Li10GeP2S12');
    expect(listener).toHaveBeenCalledOnce();
  });
});

describe('retention slice', () => {
  it('keeps points in x order, ignores stale chunks and keeps only finished curves as previous', () => {
    const store = createAppStore();
    const s = () => store.getState();
    s().startRetention('a', 4);
    s().addRetention('a', fakeRetention([0.5, 0.75]));
    s().addRetention('old', fakeRetention([0.9]));
    s().addRetention('a', fakeRetention([0, 0.25]));
    expect(s().retention.points.map((p) => p.xGe)).toEqual([0, 0.25, 0.5, 0.75]);
    expect(s().retention.status).toBe('ready');

    const finished = s().retention.points;
    s().startRetention('b', 4);
    expect(s().retention.previous).toBe(finished);
    s().addRetention('b', fakeRetention([0]));
    s().startRetention('c', 4); // 'b' abandoned half-way: 'a' stays the reference
    expect(s().retention.previous).toBe(finished);
    expect(s().retention.points).toEqual([]);
  });
});

describe('kinetics driver: the view', () => {
  it('asks at start, coalesces a burst to its newest, and marks ready only for current inputs', async () => {
    const { store, worker, stop } = setup();
    await flush();
    expect(kinds(worker().calls)).toEqual(['view']);
    expect(store.getState().kineticsStatus).toBe('computing');

    // A drag while the first call runs: only the last value may be computed next.
    for (const p of [0.25, 0.3, 0.35]) store.getState().setInput('porosity', p);
    worker().answerLast();
    await flush();
    // The answer for the old inputs is drawn (it is newer than nothing) but not "ready".
    expect(store.getState().kinetics?.inputs.porosity).toBe(DEFAULT_INPUTS.porosity);
    expect(store.getState().kineticsStatus).toBe('computing');
    const views = worker().calls.filter((c) => c.kind === 'view');
    expect(views.map((c) => c.inputs.porosity)).toEqual([DEFAULT_INPUTS.porosity, 0.35]);

    worker().answerLast();
    await flush();
    expect(store.getState().kinetics?.inputs.porosity).toBe(0.35);
    expect(store.getState().kineticsStatus).toBe('ready');
    stop();
  });

  it('serves a waiting view before the next retention chunk', async () => {
    const { store, worker, stop } = setup();
    await flush();
    worker().answerLast(); // the first view
    await flush();
    expect(worker().last.kind).toBe('retention');

    store.getState().setInput('xGe', 0.5); // x: a new view, but the curve stays
    worker().answerLast(); // chunk 1
    await flush();
    expect(kinds(worker().calls)).toEqual(['view', 'retention', 'view']);
    worker().answerLast();
    await flush();
    expect(worker().last.kind).toBe('retention');
    expect(store.getState().retention.points).toHaveLength(RETENTION_CHUNKS[0]!.length);
    stop();
  });

  it('reports a failed call and recovers on the next change', async () => {
    const { store, worker, factory, stop } = setup();
    await flush();
    const first = worker().last;
    first.answer.reject(new Error('kinetics blew up'));
    await flush();
    expect(store.getState().kineticsStatus).toBe('error');
    expect(store.getState().kineticsError).toMatch(/kinetics blew up/);
    expect(factory.workers[0]!.terminated).toBe(true);

    // The sweep's first chunk was waiting behind the failed view: it goes on, on a new worker.
    const fresh = worker();
    expect(fresh).not.toBe(factory.workers[0]);
    expect(kinds(fresh.calls)).toEqual(['retention']);

    store.getState().setInput('snapshotDepth', 0.3);
    fresh.answerLast();
    await flush();
    expect(kinds(fresh.calls)).toEqual(['retention', 'view']);
    fresh.answerLast();
    await flush();
    expect(store.getState().kineticsStatus).toBe('ready');
    expect(store.getState().kineticsError).toBeNull();
    stop();
  });
});

describe('kinetics driver: pacing during a drag', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A driver on fake timers (performance.now included), with its view requests. */
  function paced(quietMs: number, maxWaitMs: number) {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const factory = fakeKineticsFactory();
    const client = createKineticsClient({ createEndpoint: factory.create });
    const store = createAppStore();
    // The sweep is held back: a chunk in flight would keep the views waiting.
    const stop = startKineticsDriver(store, client, { quietMs, maxWaitMs, sweepSettleMs: 1e9 });
    const views = () => factory.workers[0]?.calls.filter((c) => c.kind === 'view') ?? [];
    /** Lets time pass, answering every view as it comes. */
    const wait = async (ms: number) => {
      for (let t = 0; t < ms; t += 5) {
        await vi.advanceTimersByTimeAsync(5);
        const last = factory.workers[0]?.last;
        if (last?.kind === 'view') factory.workers[0]!.answerLast();
      }
    };
    return { store, views, wait, stop };
  }

  it('sends an isolated change at once, and a burst once it rests, with its newest value', async () => {
    const { store, views, wait, stop } = paced(40, 1000);
    await wait(100);
    expect(views()).toHaveLength(1);

    store.getState().setInput('xGe', 0.2);
    await vi.advanceTimersByTimeAsync(0);
    expect(views()).toHaveLength(2); // isolated: no waiting
    await wait(100);

    for (let i = 1; i <= 10; i += 1) {
      store.getState().setInput('xGe', 0.2 + i / 20);
      await wait(10);
    }
    expect(views()).toHaveLength(3); // the burst's first step only
    expect(store.getState().kineticsStatus).toBe('computing');
    await wait(60);
    expect(views()).toHaveLength(4);
    expect(views()[3]?.inputs.xGe).toBe(0.7);
    expect(store.getState().kineticsStatus).toBe('ready');
    stop();
  });

  it('still refreshes every maxWaitMs during a long drag', async () => {
    const { store, views, wait, stop } = paced(40, 100);
    await wait(50);
    for (let i = 1; i <= 50; i += 1) {
      store.getState().setInput('xGe', i / 50);
      await wait(10);
    }
    // 500 ms of continuous change: the leading send plus about one per 100 ms.
    expect(views().length).toBeGreaterThanOrEqual(5);
    expect(views().length).toBeLessThanOrEqual(8);
    stop();
  });

  it('with the section off screen, asks only once a drag rests', async () => {
    const { store, views, wait, stop } = paced(40, 100);
    await wait(50);
    expect(views()).toHaveLength(1);
    store.getState().setKineticsInView(false);
    for (let i = 1; i <= 50; i += 1) {
      store.getState().setInput('xGe', i / 50);
      await wait(10);
    }
    // 500 ms of continuous change, off screen: not even the leading step.
    expect(views()).toHaveLength(1);
    await wait(60);
    expect(views()).toHaveLength(2);
    expect(views()[1]?.inputs.xGe).toBe(1);
    expect(store.getState().kineticsStatus).toBe('ready');
    stop();
  });

  it('off screen, waits while a slider is held, however long it rests, and asks on release', async () => {
    const { store, views, wait, stop } = paced(40, 100);
    await wait(50);
    expect(views()).toHaveLength(1);
    store.getState().setKineticsInView(false);
    store.getState().setSliderHeld(true);
    store.getState().setInput('xGe', 0.3); // the press itself moves the thumb
    await wait(500); // held still: a drag may start at any moment
    expect(views()).toHaveLength(1);
    store.getState().setSliderHeld(false);
    await wait(60);
    expect(views()).toHaveLength(2);
    expect(views()[1]?.inputs.xGe).toBe(0.3);
    stop();
  });

  it('on screen, a held slider does not hold the figures back', async () => {
    const { store, views, wait, stop } = paced(40, 100);
    await wait(50);
    store.getState().setSliderHeld(true);
    store.getState().setInput('xGe', 0.3);
    await wait(60);
    expect(views()).toHaveLength(2);
    stop();
  });

  it('holds the retention sweep back while a drag goes on, and finishes it once it rests', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const factory = fakeKineticsFactory();
    const client = createKineticsClient({ createEndpoint: factory.create });
    const store = createAppStore();
    const stop = startKineticsDriver(store, client, { quietMs: 40, sweepSettleMs: 0 });
    const worker = () => factory.workers[0]!;
    const chunks = () => worker().calls.filter((c) => c.kind === 'retention').length;
    /** Lets time pass, answering whatever is in flight as it comes. */
    const wait = async (ms: number) => {
      for (let t = 0; t < ms; t += 5) {
        await vi.advanceTimersByTimeAsync(5);
        if (factory.workers[0]?.calls.length) worker().answerLast();
      }
    };
    await wait(50);
    const atStart = chunks();
    expect(atStart).toBeGreaterThan(0);
    expect(atStart).toBeLessThan(RETENTION_CHUNKS.length);

    for (let i = 1; i <= 30; i += 1) {
      store.getState().setInput('xGe', i / 30);
      await wait(10);
    }
    // 300 ms of dragging x: at most the chunk that was already on its way.
    expect(chunks()).toBeLessThanOrEqual(atStart + 1);
    await wait(500);
    expect(store.getState().retention.status).toBe('ready');
    expect(store.getState().retention.points).toHaveLength(RETENTION_XS.length);
    stop();
  });

  it('starts one sweep when the cell settles, not one per step of a drag', async () => {
    const factory = fakeKineticsFactory();
    const client = createKineticsClient({ createEndpoint: factory.create });
    const store = createAppStore();
    const stop = startKineticsDriver(store, client, { quietMs: 0, sweepSettleMs: 30 });
    await flush();
    const worker = factory.workers[0]!;
    for (const p of [0.25, 0.3, 0.35]) {
      store.getState().setInput('porosity', p);
      await flush();
      worker.answerLast(); // the view for this step
    }
    await vi.waitFor(() => expect(worker.last.kind).toBe('retention'));
    const chunks = worker.calls.filter((c) => c.kind === 'retention');
    expect(chunks.map((c) => c.inputs.porosity)).toEqual([0.35]);
    stop();
  });
});

describe('kinetics driver: the retention curve', () => {
  /** Answers call after call until no new one comes (one call is in flight at a time). */
  async function drain(worker: () => FakeKineticsWorker) {
    let answered = 0;
    for (await flush(); worker().calls.length > answered; await flush()) {
      answered = worker().calls.length;
      worker().answerLast();
    }
  }

  it('fills in chunk by chunk, left to right, and ends ready with every composition', async () => {
    const { store, worker, stop } = setup();
    await flush();
    worker().answerLast(); // view
    const seen: number[] = [];
    for (let i = 0; i < RETENTION_CHUNKS.length; i += 1) {
      await flush();
      const call = worker().last;
      expect(call.kind).toBe('retention');
      if (call.kind === 'retention') expect(call.xs).toEqual(RETENTION_CHUNKS[i]);
      worker().answerLast();
      await flush();
      seen.push(store.getState().retention.points.length);
    }
    // Grows with every chunk, and is drawable at each step.
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen[0]).toBe(RETENTION_CHUNKS[0]!.length);
    expect(store.getState().retention.points.map((p) => p.xGe)).toEqual(RETENTION_XS);
    expect(store.getState().retention.status).toBe('ready');
    expect(RETENTION_CHUNKS.every((c) => c.length >= 1 && c.length <= 2)).toBe(true);
    stop();
  });

  it('restarts for a change of the cell, but not for x, profile rates or the snapshot', async () => {
    const { store, worker, stop } = setup();
    await flush();
    worker().answerLast(); // view
    await flush();
    worker().answerLast(); // chunk 1
    await flush();
    const key = store.getState().retention.key;
    expect(store.getState().retention.points.length).toBeGreaterThan(0);

    store.getState().setInput('xGe', 0.7);
    store.getState().setInput('profileRate2', 2);
    store.getState().setInput('snapshotDepth', 0.8);
    store.getState().setChoice('snapshotBranch', 'delithiation');
    await flush();
    expect(store.getState().retention.key).toBe(key);
    expect(store.getState().retention.points.length).toBeGreaterThan(0);

    store.getState().setChoice('separator', 'Li10GeP2S12');
    await flush();
    expect(store.getState().retention.key).not.toBe(key);
    expect(store.getState().retention.points).toEqual([]);

    // Whatever was in flight for the old cell is dropped when it lands.
    await drain(worker);
    const retentionCalls = worker().calls.filter((c) => c.kind === 'retention');
    expect(retentionCalls.at(-1)?.choices.separator).toBe('Li10GeP2S12');
    expect(store.getState().retention.status).toBe('ready');
    expect(store.getState().retention.points).toHaveLength(RETENTION_XS.length);
    stop();
  });
});

describe('two workers', () => {
  it('the conductivity figure is answered while a kinetics call hangs', async () => {
    const { store, worker, stop } = setup();
    const stopModel = startModelDriver(store, createInProcessClient());
    await flush();
    expect(worker().last.kind).toBe('view'); // never answered
    store.getState().setInput('xGe', 0.5);
    await vi.waitFor(() => expect(store.getState().result?.inputs.xGe).toBe(0.5));
    expect(store.getState().status).toBe('ready');
    expect(store.getState().kineticsStatus).toBe('computing');
    stopModel();
    stop();
  });
});
