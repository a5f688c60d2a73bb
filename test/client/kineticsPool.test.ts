import { describe, expect, it } from 'vitest';
import { SUPERSEDED } from '../../src/client/coalescer';
import { createKineticsClient, kineticsPoolSize } from '../../src/client/kineticsClient';
import { DEFAULT_CHOICES, DEFAULT_INPUTS } from '../../src/core/inputs';
import { flush, withX } from '../support/fakes';
import { fakeKineticsFactory, type FakeKineticsWorker } from '../support/kineticsFakes';

// The kinetics client as a pool of workers (src/client/coalescer.ts), on fake workers whose
// every answer the test releases.

const C = DEFAULT_CHOICES;

function pool(workers: number) {
  const factory = fakeKineticsFactory();
  const client = createKineticsClient({ createEndpoint: factory.create, workers });
  const worker = (i: number) => {
    const w = factory.workers[i];
    if (!w) throw new Error(`worker ${i} was never started`);
    return w;
  };
  return { factory, client, worker };
}

const inFlight = (w: FakeKineticsWorker) => w.last;

describe('kinetics pool', () => {
  it('sizes itself from the cores: one left to the page, at least one, at most four', () => {
    expect(kineticsPoolSize(1)).toBe(1);
    expect(kineticsPoolSize(2)).toBe(1);
    expect(kineticsPoolSize(4)).toBe(3);
    expect(kineticsPoolSize(16)).toBe(4);
    expect(kineticsPoolSize(Number.NaN)).toBe(1);
  });

  it('starts a second worker only when the first is busy', async () => {
    const { factory, client, worker } = pool(3);
    void client.requestView(withX(0.1), C);
    await flush();
    expect(factory.workers).toHaveLength(1);
    worker(0).answerLast();
    await flush();
    void client.requestView(withX(0.2), C);
    await flush();
    expect(factory.workers).toHaveLength(1); // the first one was free again
    void client.requestRetention(DEFAULT_INPUTS, C, [0]);
    await flush();
    expect(factory.workers).toHaveLength(2);
    expect(client.idleWorkers()).toBe(1);
  });

  it('gives a free worker the newest view before any chunk that waited longer', async () => {
    const { client, worker } = pool(2);
    const busyA = client.requestRetention(DEFAULT_INPUTS, C, [0, 0.01]);
    const busyB = client.requestRetention(DEFAULT_INPUTS, C, [0.02, 0.03]);
    await flush();
    const queued = client.requestRetention(DEFAULT_INPUTS, C, [0.04, 0.05]);
    const oldView = client.requestView(withX(0.2), C);
    const view = client.requestView(withX(0.3), C);
    await expect(oldView).resolves.toBe(SUPERSEDED);
    expect(client.idleWorkers()).toBe(0);

    worker(1).answerLast();
    await expect(busyB).resolves.toHaveLength(2);
    await flush();
    expect(inFlight(worker(1))).toMatchObject({ kind: 'view', inputs: { xGe: 0.3 } });
    worker(0).answerLast();
    await flush();
    expect(inFlight(worker(0))).toMatchObject({ kind: 'retention', xs: [0.04, 0.05] });
    worker(0).answerLast();
    worker(1).answerLast();
    await expect(view).resolves.toMatchObject({ inputs: { xGe: 0.3 } });
    await expect(queued).resolves.toHaveLength(2);
    await expect(busyA).resolves.toHaveLength(2);
  });

  it('splits the chunks between two workers, every chunk answered', async () => {
    const { factory, client, worker } = pool(2);
    const chunks = [[0], [0.1], [0.2], [0.3]].map((xs) =>
      client.requestRetention(DEFAULT_INPUTS, C, xs),
    );
    await flush();
    expect(factory.workers).toHaveLength(2);
    expect(inFlight(worker(0))).toMatchObject({ xs: [0] });
    expect(inFlight(worker(1))).toMatchObject({ xs: [0.1] });
    worker(1).answerLast(); // the second worker is quicker: it takes the next chunk
    await flush();
    expect(inFlight(worker(1))).toMatchObject({ xs: [0.2] });
    worker(0).answerLast();
    await flush();
    expect(inFlight(worker(0))).toMatchObject({ xs: [0.3] });
    worker(0).answerLast();
    worker(1).answerLast();
    const answers = await Promise.all(chunks);
    expect(answers.map((a) => a !== SUPERSEDED && a[0]?.xGe)).toEqual([0, 0.1, 0.2, 0.3]);
    expect(worker(0).calls).toHaveLength(2);
    expect(worker(1).calls).toHaveLength(2);
  });

  it('never lets a stale view answer replace a newer one, whichever worker finishes first', async () => {
    const { client, worker } = pool(2);
    const older = client.requestView(withX(0.1), C);
    await flush();
    const newer = client.requestView(withX(0.2), C);
    await flush();
    expect(inFlight(worker(1))).toMatchObject({ kind: 'view', inputs: { xGe: 0.2 } });

    worker(1).answerLast(); // the newer one overtakes
    await expect(newer).resolves.toMatchObject({ inputs: { xGe: 0.2 } });
    worker(0).answerLast();
    await expect(older).resolves.toBe(SUPERSEDED);

    // In order, both are delivered: the older one is still news when it comes first.
    const a = client.requestView(withX(0.3), C);
    await flush();
    const b = client.requestView(withX(0.4), C);
    await flush();
    worker(0).answerLast();
    await expect(a).resolves.toMatchObject({ inputs: { xGe: 0.3 } });
    worker(1).answerLast();
    await expect(b).resolves.toMatchObject({ inputs: { xGe: 0.4 } });
  });

  it('replaces a worker that throws, and keeps the others', async () => {
    const { factory, client, worker } = pool(2);
    const failing = client.requestRetention(DEFAULT_INPUTS, C, [0]);
    const fine = client.requestRetention(DEFAULT_INPUTS, C, [0.5]);
    await flush();
    const call = inFlight(worker(0));
    call.answer.reject(new Error('solver diverged'));
    await expect(failing).rejects.toThrow(/solver diverged/);
    expect(worker(0).terminated).toBe(true);
    expect(worker(1).terminated).toBe(false);

    const next = client.requestView(withX(0.3), C);
    await flush();
    expect(factory.workers).toHaveLength(3);
    expect(inFlight(worker(2))).toMatchObject({ kind: 'view', inputs: { xGe: 0.3 } });
    worker(2).answerLast();
    worker(1).answerLast();
    await expect(next).resolves.toMatchObject({ inputs: { xGe: 0.3 } });
    await expect(fine).resolves.toHaveLength(1);
  });

  it('keeps quiet about a failed view that a newer one, already running, overtakes', async () => {
    const { client, worker } = pool(2);
    const older = client.requestView(withX(0.1), C);
    await flush();
    const newer = client.requestView(withX(0.2), C);
    await flush();
    worker(0).crash('out of memory');
    await expect(older).resolves.toBe(SUPERSEDED);
    worker(1).answerLast();
    await expect(newer).resolves.toMatchObject({ inputs: { xGe: 0.2 } });
  });

  it('dispose supersedes what runs and what waits, on every worker', async () => {
    const { client, worker } = pool(2);
    const running = [
      client.requestView(withX(0.1), C),
      client.requestRetention(DEFAULT_INPUTS, C, [0]),
    ];
    await flush();
    const waiting = client.requestRetention(DEFAULT_INPUTS, C, [0.1]);
    client.dispose();
    for (const request of [...running, waiting]) await expect(request).resolves.toBe(SUPERSEDED);
    expect(worker(0).terminated && worker(1).terminated).toBe(true);
  });
});
