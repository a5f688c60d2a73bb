import { afterEach, describe, expect, it, vi } from 'vitest';
import { SUPERSEDED } from '../../src/client/coalescer';
import { createKineticsClient } from '../../src/client/kineticsClient';
import { DEFAULT_CHOICES, DEFAULT_INPUTS } from '../../src/core/inputs';
import { CALIBRATED_PARAMS } from '../../src/core/params';
import { flush, withX } from '../support/fakes';
import { fakeKineticsFactory } from '../support/kineticsFakes';

afterEach(() => {
  vi.restoreAllMocks();
});

const C = DEFAULT_CHOICES;

describe('kinetics client', () => {
  it('keeps only the newest view waiting, serves it first, and every chunk in turn', async () => {
    const factory = fakeKineticsFactory();
    const client = createKineticsClient({ createEndpoint: factory.create, workers: 1 });
    const first = client.requestView(withX(0.1), C);
    await flush();
    const worker = factory.workers[0]!;

    const chunkA = client.requestRetention(DEFAULT_INPUTS, C, [0, 0.02]);
    const chunkB = client.requestRetention(DEFAULT_INPUTS, C, [0.04, 0.06]);
    const oldView = client.requestView(withX(0.2), C);
    const newView = client.requestView(withX(0.3), C);
    await expect(oldView).resolves.toBe(SUPERSEDED);

    worker.answerLast();
    await expect(first).resolves.toMatchObject({ inputs: { xGe: 0.1 } });
    await flush();
    // The waiting view overtakes the chunks that waited longer.
    expect(worker.last).toMatchObject({ kind: 'view', inputs: { xGe: 0.3 } });
    worker.answerLast();
    await expect(newView).resolves.toMatchObject({ inputs: { xGe: 0.3 } });
    // Chunks are pieces of one curve: none supersedes another, each is answered in turn.
    for (const [chunk, xs] of [
      [chunkA, [0, 0.02]],
      [chunkB, [0.04, 0.06]],
    ] as const) {
      await flush();
      expect(worker.last).toMatchObject({ kind: 'retention', xs });
      worker.answerLast();
      // Each point carries more (the Li inventory); what matters here is which chunk answered.
      await expect(chunk).resolves.toMatchObject(
        xs.map((xGe) => ({ xGe, retention3C_percent: 100 * (1 - xGe) })),
      );
    }
    expect(worker.calls).toHaveLength(4);
  });

  it('a chunk request does not supersede a view request, nor the other way round', async () => {
    const factory = fakeKineticsFactory();
    const client = createKineticsClient({ createEndpoint: factory.create, workers: 1 });
    const view = client.requestView(DEFAULT_INPUTS, C);
    const chunk = client.requestRetention(DEFAULT_INPUTS, C, [0]);
    await flush();
    factory.workers[0]!.answerLast();
    await flush();
    factory.workers[0]!.answerLast();
    expect(await view).not.toBe(SUPERSEDED);
    expect(await chunk).not.toBe(SUPERSEDED);
  });

  it('rejects when its worker dies and starts a fresh one for the next request', async () => {
    const factory = fakeKineticsFactory();
    const client = createKineticsClient({ createEndpoint: factory.create, workers: 1 });
    const request = client.requestView(DEFAULT_INPUTS, C);
    await flush();
    factory.workers[0]!.crash('out of memory');
    await expect(request).rejects.toThrow(/stopped: out of memory/);
    const next = client.requestRetention(DEFAULT_INPUTS, C, [0.5]);
    await flush();
    expect(factory.workers).toHaveLength(2);
    factory.workers[1]!.answerLast();
    await expect(next).resolves.toHaveLength(1);
  });

  it('computes on the calling thread when no worker can be started', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const client = createKineticsClient({
      createEndpoint: () => {
        throw new Error('Worker is not defined');
      },
      workers: 3,
    });
    expect(client.inPage).toBe(false);
    const points = await client.requestRetention(DEFAULT_INPUTS, C, [0.125]);
    // One thread: one call at a time, and the driver stops following drags live.
    expect(client.inPage).toBe(true);
    expect(client.workers).toBe(1);
    expect(points).not.toBe(SUPERSEDED);
    if (points === SUPERSEDED) return;
    expect(points[0]?.xGe).toBe(0.125);
    expect(Number.isFinite(points[0]?.retention3C_percent)).toBe(true);
    expect(warn).toHaveBeenCalledOnce();
  });

  it('dispose supersedes open requests and ends the worker', async () => {
    const factory = fakeKineticsFactory();
    const client = createKineticsClient({ createEndpoint: factory.create, workers: 1 });
    const inFlight = client.requestView(DEFAULT_INPUTS, C);
    await flush();
    const waiting = client.requestRetention(DEFAULT_INPUTS, C, [0]);
    client.dispose();
    await expect(inFlight).resolves.toBe(SUPERSEDED);
    await expect(waiting).resolves.toBe(SUPERSEDED);
    expect(factory.workers[0]!.terminated).toBe(true);
  });
});

describe('kinetics client: views kept and computed ahead', () => {
  it('answers a full view asked for again without the worker, but computes every preview', async () => {
    const factory = fakeKineticsFactory();
    const client = createKineticsClient({ createEndpoint: factory.create, workers: 1 });
    const first = client.requestView(withX(0.1), C);
    await flush();
    const worker = factory.workers[0]!;
    worker.answerLast();
    await first;
    const again = client.requestView(withX(0.1), C);
    await expect(again).resolves.toMatchObject({ inputs: { xGe: 0.1 } });
    expect(worker.calls).toHaveLength(1);

    // A refit's parameters make it another view; so does a preview of the same inputs.
    void client.requestView(withX(0.1), C, { ...CALIBRATED_PARAMS.kinetics });
    await flush();
    expect(worker.calls).toHaveLength(2);
    worker.answerLast();
    await flush();
    void client.requestView(withX(0.1), C, null, true);
    await flush();
    expect(worker.calls).toHaveLength(3);
  });

  it('computes a view ahead on the background queue; asked for while it runs, it is computed once', async () => {
    const factory = fakeKineticsFactory();
    const client = createKineticsClient({ createEndpoint: factory.create, workers: 1 });
    client.prefetchView(withX(0.2), C);
    await flush();
    const worker = factory.workers[0]!;
    expect(worker.last).toMatchObject({ kind: 'view', inputs: { xGe: 0.2 } });
    const view = client.requestView(withX(0.2), C); // waits for the worker, then finds it kept
    worker.answerLast();
    await expect(view).resolves.toMatchObject({ inputs: { xGe: 0.2 } });
    expect(worker.calls).toHaveLength(1);
    client.prefetchView(withX(0.2), C); // kept already: nothing to do
    await flush();
    expect(worker.calls).toHaveLength(1);
  });
});
