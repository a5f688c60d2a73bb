import { afterEach, describe, expect, it, vi } from 'vitest';
import { createKineticsClient } from '../../src/client/kineticsClient';
import { createInProcessClient } from '../../src/client/modelClient';
import { DEFAULT_CHOICES, DEFAULT_INPUTS } from '../../src/core/inputs';
import { cellSettingsOf } from '../../src/core/kinetics/api';
import { startModelDriver } from '../../src/state/driver';
import { startKineticsDriver } from '../../src/state/kineticsDriver';
import { RETENTION_CHUNKS, RETENTION_XS, retentionKeyOf } from '../../src/state/retentionGrid';
import { createAppStore } from '../../src/state/store';
import { flush } from '../support/fakes';
import {
  fakeKineticsFactory,
  fakeRetention,
  type FakeKineticsWorker,
} from '../support/kineticsFakes';

/** A store and a kinetics driver on one fake worker, whose answers the test releases. */
function setup() {
  const factory = fakeKineticsFactory();
  const client = createKineticsClient({
    createEndpoint: factory.create,
    timeoutMs: 60_000,
    workers: 1,
  });
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

  /**
   * A driver on fake timers (performance.now included) and one fake worker that takes
   * `evalMs` per view, with its view requests and the time each was sent.
   */
  function paced(quietMs: number, evalMs = 5) {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const factory = fakeKineticsFactory();
    const client = createKineticsClient({ createEndpoint: factory.create, workers: 1 });
    const store = createAppStore();
    // The sweep is held back: a chunk in flight would keep the views waiting.
    const stop = startKineticsDriver(store, client, { quietMs, sweepSettleMs: 1e9 });
    const views = () => factory.workers[0]?.calls.filter((c) => c.kind === 'view') ?? [];
    const sentAt = new Map<unknown, number>();
    /** Lets time pass, answering each view evalMs after it was sent. */
    const wait = async (ms: number) => {
      for (let t = 0; t < ms; t += 5) {
        await vi.advanceTimersByTimeAsync(5);
        const last = factory.workers[0]?.last;
        if (last?.kind !== 'view') continue;
        if (!sentAt.has(last)) sentAt.set(last, performance.now());
        if (performance.now() - sentAt.get(last)! >= evalMs) factory.workers[0]!.answerLast();
      }
    };
    return { store, views, wait, stop };
  }

  it('in view, asks for each change at once and, during a drag, for the newest as soon as a view answers', async () => {
    const { store, views, wait, stop } = paced(40, 50);
    await wait(100);
    expect(views()).toHaveLength(1);

    store.getState().setInput('xGe', 0.2);
    await vi.advanceTimersByTimeAsync(0);
    expect(views()).toHaveLength(2); // isolated: no waiting
    await wait(100);

    // A held drag, 10 ms a step, for 600 ms; each view takes 50 ms.
    store.getState().setSliderHeld(true);
    const sentDuringDrag: number[] = [];
    for (let i = 1; i <= 60; i += 1) {
      store.getState().setInput('xGe', i / 100);
      const before = views().length;
      await wait(10);
      if (views().length > before) sentDuringDrag.push(i);
    }
    // Not only at rest: one view per evaluation (50 ms, 5 steps) all through the drag, the
    // next one sent in the same 10 ms as the previous answer, each for the newest x then.
    expect(sentDuringDrag.length).toBeGreaterThanOrEqual(9);
    expect(sentDuringDrag.at(-1)).toBeGreaterThanOrEqual(50);
    const gaps = sentDuringDrag.slice(1).map((step, i) => step - sentDuringDrag[i]!);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(6);
    expect(store.getState().kineticsStatus).toBe('computing');
    // Held, every view is a preview on the coarser grid.
    const held = views().slice(2);
    expect(held.length).toBeGreaterThanOrEqual(9);
    expect(held.every((c) => c.kind === 'view' && c.draft)).toBe(true);
    const shownDuring = store.getState().kinetics;

    store.getState().setSliderHeld(false);
    await wait(200);
    // The last request is for the final inputs on the full grid, and the figures settle on
    // it, even when the last preview was already for the final x.
    expect(shownDuring?.draft).toBe(true);
    const last = views().at(-1);
    expect(last?.inputs.xGe).toBe(0.6);
    expect(last?.kind === 'view' && last.draft).toBe(false);
    expect(store.getState().kinetics?.inputs.xGe).toBe(0.6);
    expect(store.getState().kinetics?.draft).toBeUndefined();
    expect(store.getState().kineticsStatus).toBe('ready');
    stop();
  });

  it('with the section off screen, asks only once a drag rests', async () => {
    const { store, views, wait, stop } = paced(40);
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
    const { store, views, wait, stop } = paced(40);
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

  it('starts one sweep when the cell settles, not one per step of a drag', async () => {
    const factory = fakeKineticsFactory();
    const client = createKineticsClient({ createEndpoint: factory.create, workers: 1 });
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
  it('keys the curve by the cell the core simulates at x = 0', () => {
    const cases = [
      [DEFAULT_INPUTS, DEFAULT_CHOICES],
      [
        { ...DEFAULT_INPUTS, xGe: 0.6, temperatureC: 40, electronicScale: 10, ionicScale: 0.1 },
        { ...DEFAULT_CHOICES, separator: 'Li10GeP2S12' },
      ],
      [
        { ...DEFAULT_INPUTS, loadingMgCm2: 2.5, porosity: 0.35 },
        { ...DEFAULT_CHOICES, electrodeBasis: 'loading' },
      ],
    ] as const;
    for (const [inputs, choices] of cases) {
      const core = JSON.parse(JSON.stringify(cellSettingsOf({ ...inputs, xGe: 0 }, choices)));
      expect(JSON.parse(retentionKeyOf(inputs, choices))).toEqual(core);
    }
  });

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

describe('kinetics driver: a keyboard step computed ahead', () => {
  it('after two settled views a key step apart, computes the next step ahead and draws it from there', async () => {
    const factory = fakeKineticsFactory();
    const client = createKineticsClient({ createEndpoint: factory.create, workers: 1 });
    const store = createAppStore();
    const stop = startKineticsDriver(store, client, { quietMs: 0, sweepSettleMs: 1e9 });
    const s = () => store.getState();
    // The retention curve is complete (its chunks would otherwise go first).
    store.setState({ retention: { ...s().retention, status: 'ready' } });
    await flush();
    const worker = factory.workers[0]!;
    const views = () => worker.calls.filter((c) => c.kind === 'view').map((c) => c.inputs.xGe);
    worker.answerLast(); // x = 0.125
    await flush();
    expect(views()).toEqual([0.125]); // one view is no direction yet

    s().setInput('xGe', 0.1275); // ArrowRight
    await flush();
    worker.answerLast();
    await flush();
    expect(views()).toEqual([0.125, 0.1275, 0.13]); // the next step, ahead
    worker.answerLast();
    await flush();

    s().setInput('xGe', 0.13);
    await flush();
    // Drawn from the view computed ahead: no call for it; the one after is computed ahead.
    expect(s().kinetics?.inputs.xGe).toBe(0.13);
    expect(s().kineticsStatus).toBe('ready');
    expect(views()).toEqual([0.125, 0.1275, 0.13, 0.1325]);

    // A jump is no step: nothing ahead.
    worker.answerLast();
    await flush();
    s().setInput('xGe', 0.5);
    await flush();
    worker.answerLast();
    await flush();
    expect(views().at(-1)).toBe(0.5);
    stop();
  });
});
