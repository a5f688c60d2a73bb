import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createInProcessClient,
  createModelClient,
  ModelError,
  SUPERSEDED,
} from '../../src/client/modelClient';
import { computeSweep } from '../../src/core/api';
import { DEFAULT_INPUTS } from '../../src/core/inputs';
import { startModelDriver } from '../../src/state/driver';
import { createAppStore } from '../../src/state/store';
import { fakeWorkerFactory, flush, withX } from '../support/fakes';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('model client: coalescing', () => {
  it('starts no worker until the first request', async () => {
    const factory = fakeWorkerFactory();
    const client = createModelClient({ createEndpoint: factory.create });
    await flush();
    expect(factory.workers).toHaveLength(0);
    void client.request(withX(0.1));
    await flush();
    expect(factory.workers).toHaveLength(1);
  });

  it('computes only the newest of three rapid requests; the others resolve superseded', async () => {
    const factory = fakeWorkerFactory();
    const client = createModelClient({ createEndpoint: factory.create });
    const first = client.request(withX(0.1));
    const second = client.request(withX(0.2));
    const third = client.request(withX(0.3));
    await flush();
    const worker = factory.workers[0]!;
    expect(worker.calls.map((c) => c.inputs.xGe)).toEqual([0.3]);
    worker.answer();
    await expect(first).resolves.toBe(SUPERSEDED);
    await expect(second).resolves.toBe(SUPERSEDED);
    const result = await third;
    expect(result).not.toBe(SUPERSEDED);
    expect(result !== SUPERSEDED && result.inputs.xGe).toBe(0.3);
  });

  it('keeps one call in flight and only the newest request waiting', async () => {
    const factory = fakeWorkerFactory();
    const client = createModelClient({ createEndpoint: factory.create });
    const a = client.request(withX(0.1));
    await flush();
    const b = client.request(withX(0.2));
    const c = client.request(withX(0.3));
    await expect(b).resolves.toBe(SUPERSEDED);
    const worker = factory.workers[0]!;
    expect(worker.calls).toHaveLength(1);

    worker.answer(0);
    const resultA = await a;
    expect(resultA !== SUPERSEDED && resultA.inputs.xGe).toBe(0.1);
    await flush();
    expect(worker.calls.map((call) => call.inputs.xGe)).toEqual([0.1, 0.3]);
    worker.answer(1);
    const resultC = await c;
    expect(resultC !== SUPERSEDED && resultC.inputs.xGe).toBe(0.3);
  });
});

describe('model client: the sweep and the point', () => {
  it('asks for the sweep only when its conditions change, and for the point every time', async () => {
    const factory = fakeWorkerFactory();
    const client = createModelClient({ createEndpoint: factory.create });
    const answered = async (inputs: typeof DEFAULT_INPUTS) => {
      const outcome = client.request(inputs);
      await flush();
      factory.workers[0]!.answer();
      const result = await outcome;
      if (result === SUPERSEDED) throw new Error('superseded');
      return result;
    };
    const first = await answered(withX(0.1));
    const worker = factory.workers[0]!;
    expect(worker.sweeps).toHaveLength(1);
    for (const x of [0.2, 0.3]) {
      const step = await answered(withX(x));
      expect(step.properties.xGe).toBe(x);
      expect(step.conductivity).toBe(first.conductivity);
    }
    await answered({ ...withX(0.3), thicknessUm: 50 });
    expect(worker.calls).toHaveLength(4);
    expect(worker.sweeps).toHaveLength(1);

    const warm = await answered({ ...withX(0.3), temperatureC: 60 });
    expect(worker.sweeps.map((s) => s.conditions.temperatureC)).toEqual([25, 60]);
    expect(warm.conductivity).toEqual(computeSweep(warm.inputs).conductivity);
    await answered({ ...withX(0.3), temperatureC: 60, ionicScale: 10 });
    expect(worker.sweeps).toHaveLength(3);
  });

  it('pairs the newest point with the sweep of its own conditions, never an older one', async () => {
    const factory = fakeWorkerFactory();
    const client = createModelClient({ createEndpoint: factory.create });
    const warm = client.request({ ...withX(0.1), temperatureC: 60 });
    await flush();
    const passed = client.request(withX(0.2));
    const newest = client.request(withX(0.3));
    const worker = factory.workers[0]!;
    worker.answer();
    await expect(warm).resolves.toMatchObject({ inputs: { temperatureC: 60 } });
    await expect(passed).resolves.toBe(SUPERSEDED);
    await flush();
    worker.answer();
    const result = await newest;
    expect(worker.sweeps.map((s) => s.conditions.temperatureC)).toEqual([60, 25]);
    expect(result !== SUPERSEDED && result.conductivity).toEqual(
      computeSweep(DEFAULT_INPUTS).conductivity,
    );
  });
});

describe('model client: failures and recovery', () => {
  // `calls`: the point's call; `sweeps`: the sweep's, which the next request asks for again.
  it.each(['calls', 'sweeps'] as const)(
    'reports a rejected call (%s), terminates that worker and recovers on the next request',
    async (which) => {
      const factory = fakeWorkerFactory();
      const client = createModelClient({ createEndpoint: factory.create });
      const failing = client.request(withX(0.1));
      await flush();
      factory.workers[0]![which][0]!.answer.reject(new Error('boom'));
      await expect(failing).rejects.toThrow(ModelError);
      await expect(failing).rejects.toThrow(/boom/);
      expect(factory.workers[0]!.terminated).toBe(true);

      const next = client.request(withX(0.2));
      await flush();
      expect(factory.workers).toHaveLength(2);
      expect(factory.workers[1]!.sweeps).toHaveLength(1);
      factory.workers[1]!.answer();
      const result = await next;
      expect(result !== SUPERSEDED && result.inputs.xGe).toBe(0.2);
    },
  );

  it('rejects at once when the worker dies, and starts a fresh one', async () => {
    const factory = fakeWorkerFactory();
    const client = createModelClient({ createEndpoint: factory.create, timeoutMs: 60_000 });
    const request = client.request(withX(0.1));
    await flush();
    factory.workers[0]!.crash('Uncaught SyntaxError');
    await expect(request).rejects.toThrow(/stopped: Uncaught SyntaxError/);
    expect(factory.workers[0]!.terminated).toBe(true);

    const next = client.request(withX(0.2));
    await flush();
    expect(factory.workers).toHaveLength(2);
    factory.workers[1]!.answer();
    await expect(next).resolves.toMatchObject({ inputs: { xGe: 0.2 } });
  });

  it('treats a worker that never answers as dead after the timeout', async () => {
    const factory = fakeWorkerFactory();
    const client = createModelClient({ createEndpoint: factory.create, timeoutMs: 20 });
    const hanging = client.request(withX(0.1));
    await expect(hanging).rejects.toThrow(/did not answer within/);
    expect(factory.workers[0]!.terminated).toBe(true);
  });

  it('never applies a stale answer: a late reply from a dead worker is dropped', async () => {
    const factory = fakeWorkerFactory();
    const client = createModelClient({ createEndpoint: factory.create, timeoutMs: 20 });
    const store = createAppStore({ inputs: withX(0.1) });
    const stop = startModelDriver(store, client);
    await vi.waitFor(() => expect(store.getState().status).toBe('error'));
    expect(store.getState().error).toMatch(/did not answer/);

    store.getState().setInput('xGe', 0.3);
    await flush();
    factory.workers[1]!.answer();
    await vi.waitFor(() => expect(store.getState().result?.inputs.xGe).toBe(0.3));

    // The first worker wakes up and answers for x = 0.1: nobody may listen any more.
    factory.workers[0]!.answer(0);
    await flush();
    expect(store.getState().result?.inputs.xGe).toBe(0.3);
    expect(store.getState().status).toBe('ready');
    stop();
  });

  it('falls back to computing in-process when a worker cannot be constructed', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const client = createModelClient({
      createEndpoint: () => {
        throw new Error('Worker is not defined');
      },
    });
    const result = await client.request(withX(0.25));
    expect(result !== SUPERSEDED && result.properties.xGe).toBe(0.25);
    expect(warn).toHaveBeenCalledOnce();
  });

  it('dispose supersedes open requests and terminates the worker', async () => {
    const factory = fakeWorkerFactory();
    const client = createModelClient({ createEndpoint: factory.create });
    const inFlight = client.request(withX(0.1));
    await flush();
    const waiting = client.request(withX(0.2));
    client.dispose();
    await expect(inFlight).resolves.toBe(SUPERSEDED);
    await expect(waiting).resolves.toBe(SUPERSEDED);
    expect(factory.workers[0]!.terminated).toBe(true);
  });
});

describe('in-process client', () => {
  it('computes the same result as the core', async () => {
    const result = await createInProcessClient().request(withX(1));
    expect(result !== SUPERSEDED && result.properties.sigmaElectronic_S_per_cm).toBeGreaterThan(
      0.01,
    );
  });
});
