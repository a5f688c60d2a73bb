import { afterEach, describe, expect, it, vi } from 'vitest';
import { createKineticsClient } from '../../src/client/kineticsClient';
import { startKineticsDriver } from '../../src/state/kineticsDriver';
import { RETENTION_CHUNKS, RETENTION_XS } from '../../src/state/retentionGrid';
import { createAppStore } from '../../src/state/store';
import { fakeKineticsFactory } from '../support/kineticsFakes';

// The retention sweep while a slider is held: chunks must not take from a drag what it needs.

describe('kinetics driver: the sweep during a drag', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /**
   * A driver on a pool of fake workers, on fake timers: a view takes 20 ms, a chunk 5 ms.
   * Returns how many chunks were sent, and `wait`, which lets time pass answering calls.
   */
  function sweeping(workers: number) {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const factory = fakeKineticsFactory();
    const client = createKineticsClient({ createEndpoint: factory.create, workers });
    const store = createAppStore();
    const stop = startKineticsDriver(store, client, { quietMs: 40, sweepSettleMs: 0 });
    const calls = () => factory.workers.flatMap((w) => w.calls);
    const chunks = () => calls().filter((c) => c.kind === 'retention').length;
    const sentAt = new Map<unknown, number>();
    let minIdle = Infinity;
    const wait = async (ms: number) => {
      for (let t = 0; t < ms; t += 5) {
        await vi.advanceTimersByTimeAsync(5);
        minIdle = Math.min(minIdle, client.idleWorkers());
        for (const w of factory.workers) {
          const call = w.calls.at(-1);
          if (!call) continue;
          if (!sentAt.has(call)) sentAt.set(call, performance.now());
          const takes = call.kind === 'view' ? 20 : 5;
          if (performance.now() - sentAt.get(call)! >= takes) w.answerLast();
        }
      }
    };
    /** A held drag of x, a step every 10 ms: there is always a newer view to compute. */
    const heldDrag = async (steps: number) => {
      store.getState().setSliderHeld(true);
      for (let i = 1; i <= steps; i += 1) {
        store.getState().setInput('xGe', i / steps);
        await wait(10);
      }
    };
    const idleLow = () => {
      const low = minIdle;
      minIdle = Infinity;
      return low;
    };
    return { store, chunks, wait, heldDrag, idleLow, stop };
  }

  it('while a slider is held, one worker: no chunk, even at rest; the curve finishes after', async () => {
    const { store, chunks, wait, heldDrag, stop } = sweeping(1);
    await wait(50);
    const atStart = chunks();
    expect(atStart).toBeGreaterThan(0);
    expect(atStart).toBeLessThan(RETENTION_CHUNKS.length);
    await heldDrag(30);
    await wait(200); // held still: the drag may go on at any moment
    // At most the chunk that was already on its way.
    expect(chunks()).toBeLessThanOrEqual(atStart + 1);

    store.getState().setSliderHeld(false);
    await wait(2000);
    expect(store.getState().retention.status).toBe('ready');
    expect(store.getState().retention.points).toHaveLength(RETENTION_XS.length);
    stop();
  });

  it('while a slider is held, two workers: chunks only to the one idle beyond the view', async () => {
    const { store, chunks, wait, heldDrag, idleLow, stop } = sweeping(2);
    await wait(50);
    const atStart = chunks();
    expect(atStart).toBeGreaterThan(1); // both workers took chunks
    await heldDrag(30);
    // Both workers computed views (the newest, as each came free): at most the chunks that
    // were on their way.
    expect(chunks()).toBeLessThanOrEqual(atStart + 2);

    await wait(40); // the drag's last views
    const afterDrag = chunks();
    idleLow();
    await wait(100); // held, resting: chunks go again, one worker always kept free
    expect(chunks()).toBeGreaterThan(afterDrag + 2);
    expect(idleLow()).toBeGreaterThanOrEqual(1);

    store.getState().setSliderHeld(false);
    await wait(1000);
    expect(store.getState().retention.status).toBe('ready');
    expect(store.getState().retention.points).toHaveLength(RETENTION_XS.length);
    stop();
  });
});
