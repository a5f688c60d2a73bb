import { describe, expect, it, vi } from 'vitest';
import { createInProcessClient, SUPERSEDED, type ModelClient } from '../../src/client/modelClient';
import { compute } from '../../src/core/api';
import { DEFAULT_INPUTS } from '../../src/core/inputs';
import { loadingOf, thicknessForLoading } from '../../src/core/loading';
import { startModelDriver } from '../../src/state/driver';
import { createAppStore } from '../../src/state/store';
import { flush, withX } from '../support/fakes';

describe('params slice', () => {
  it('clamps values into range and maps non-finite values to the default', () => {
    const store = createAppStore();
    store.getState().setInput('xGe', 3);
    expect(store.getState().inputs.xGe).toBe(1);
    store.getState().setInput('temperatureC', -500);
    expect(store.getState().inputs.temperatureC).toBe(-20);
    store.getState().setInput('xGe', Number.NaN);
    expect(store.getState().inputs.xGe).toBe(DEFAULT_INPUTS.xGe);
  });

  it('does not notify when a value is set to what it already is', () => {
    const store = createAppStore();
    const listener = vi.fn();
    store.subscribe((s) => s.inputs, listener);
    store.getState().setInput('xGe', DEFAULT_INPUTS.xGe);
    expect(listener).not.toHaveBeenCalled();
    store.getState().setInput('xGe', 0.5);
    expect(listener).toHaveBeenCalledOnce();
  });

  it('starts from given inputs and notices, and dismisses the notices', () => {
    const store = createAppStore({ inputs: withX(0.25), notices: ['bad link'] });
    expect(store.getState().inputs.xGe).toBe(0.25);
    store.getState().dismissNotices();
    expect(store.getState().notices).toEqual([]);
  });
});

describe('params slice: the cathode and its figures', () => {
  it("restores the new cathode's literature figures when the cathode changes", () => {
    const store = createAppStore();
    const s = () => store.getState();
    expect(s().inputs.cathodeCapacity).toBe(190);
    s().setInput('cathodeCapacity', 210);
    s().setChoice('cathode', 'lco');
    expect(s().inputs).toMatchObject({
      cathodeCapacity: 180,
      cathodeEfficiency: 90,
      cathodeVoltage: 4,
    });
    s().setInput('cathodeVoltage', 4.1);
    s().setChoice('separator', 'Li10GeP2S12'); // other choices leave them alone
    expect(s().inputs.cathodeVoltage).toBe(4.1);
    s().setChoice('cathode', 'ncm');
    expect(s().inputs).toMatchObject({
      cathodeCapacity: DEFAULT_INPUTS.cathodeCapacity,
      cathodeVoltage: DEFAULT_INPUTS.cathodeVoltage,
    });
  });
});

describe('params slice: the electrode basis', () => {
  it('choosing what to hold leaves the electrode as it is', () => {
    const store = createAppStore({ inputs: { ...DEFAULT_INPUTS, xGe: 1, thicknessUm: 40 } });
    const s = () => store.getState();
    s().setChoice('electrodeBasis', 'loading');
    const loading = loadingOf(1, DEFAULT_INPUTS.porosity, 40);
    expect(s().inputs.loadingMgCm2).toBe(Number(loading.toPrecision(3)));
    s().setInput('xGe', 0);
    s().setChoice('electrodeBasis', 'thickness');
    const thickness = thicknessForLoading(0, DEFAULT_INPUTS.porosity, s().inputs.loadingMgCm2);
    expect(s().inputs.thicknessUm).toBe(Number(thickness.toPrecision(3)));
    expect(s().inputs.thicknessUm).toBeGreaterThan(80);
  });
});

describe('results slice', () => {
  it('keeps the sweep object through a drag of x, so chart paths can be reused', async () => {
    const store = createAppStore();
    const stop = startModelDriver(store, createInProcessClient());
    const result = () => store.getState().result;
    await vi.waitFor(() => expect(store.getState().status).toBe('ready'));
    const sweep = result()!.conductivity;
    store.getState().setInput('xGe', 0.2);
    await vi.waitFor(() => expect(result()!.properties.xGe).toBe(0.2));
    expect(result()!.conductivity).toBe(sweep);
    store.getState().setInput('temperatureC', 60);
    await vi.waitFor(() => expect(result()!.inputs.temperatureC).toBe(60));
    expect(result()!.conductivity).not.toBe(sweep);
    stop();
  });

  it('clears an earlier failure once an answer arrives (the worker recovered)', () => {
    const store = createAppStore({ inputs: withX(0.3) });
    store.getState().failComputation('The model did not answer within 5 s.');
    expect(store.getState().error).not.toBeNull();
    store.getState().applyResult(compute(withX(0.3)));
    expect(store.getState().error).toBeNull();
    expect(store.getState().status).toBe('ready');
  });

  it('reports ready only when the result matches the current inputs', () => {
    const store = createAppStore({ inputs: withX(0.3) });
    store.getState().applyResult(compute(withX(0.2)));
    expect(store.getState().status).toBe('computing');
    store.getState().applyResult(compute(withX(0.3)));
    expect(store.getState().status).toBe('ready');
  });
});

/** A client whose first call fails; later calls compute in-process. */
function failingOnceClient(): ModelClient & { calls: number } {
  const inner = createInProcessClient();
  const client = {
    calls: 0,
    request(inputs: Parameters<ModelClient['request']>[0]) {
      client.calls += 1;
      if (client.calls === 1) return Promise.reject(new Error('The model worker stopped: oops'));
      return inner.request(inputs);
    },
    dispose: () => inner.dispose(),
  };
  return client;
}

describe('model driver', () => {
  it('sends the inputs at start and on every change, and applies the answers', async () => {
    const store = createAppStore();
    const stop = startModelDriver(store, createInProcessClient());
    await vi.waitFor(() => expect(store.getState().status).toBe('ready'));
    expect(store.getState().result?.inputs).toEqual(DEFAULT_INPUTS);
    store.getState().setInput('xGe', 0.5);
    expect(store.getState().status).toBe('computing');
    await vi.waitFor(() => expect(store.getState().result?.properties.xGe).toBe(0.5));
    stop();
  });

  it('sends the electrode basis, and is ready only once the answer has it', async () => {
    const store = createAppStore();
    const stop = startModelDriver(store, createInProcessClient());
    await vi.waitFor(() => expect(store.getState().status).toBe('ready'));
    const tau = store.getState().result!.properties.tauIonic_s;
    store.getState().setChoice('electrodeBasis', 'loading');
    store.getState().setInput('loadingMgCm2', 5);
    expect(store.getState().status).toBe('computing');
    await vi.waitFor(() => expect(store.getState().status).toBe('ready'));
    expect(store.getState().result!.electrode).toMatchObject({ basis: 'loading', loadingMgCm2: 5 });
    expect(store.getState().result!.properties.tauIonic_s).toBeGreaterThan(10 * tau);
    stop();
  });

  it('sets the error status on failure, recovers on retry and clears the banner', async () => {
    const store = createAppStore();
    const client = failingOnceClient();
    const stop = startModelDriver(store, client);
    await vi.waitFor(() => expect(store.getState().status).toBe('error'));
    expect(store.getState().error).toMatch(/oops/);
    expect(store.getState().result).toBeNull();

    store.getState().retry();
    await vi.waitFor(() => expect(store.getState().status).toBe('ready'));
    expect(client.calls).toBe(2);
    expect(store.getState().result?.inputs.xGe).toBe(DEFAULT_INPUTS.xGe);
    // Recovered: the failure's banner goes with the first answer (issue 12, defect 2).
    expect(store.getState().error).toBeNull();
    stop();
  });

  it('drops answers that arrive after it was stopped, and superseded outcomes', async () => {
    const store = createAppStore();
    let release: (value: typeof SUPERSEDED | ReturnType<typeof compute>) => void = () => {};
    const client: ModelClient = {
      request: () => new Promise((resolve) => (release = resolve)),
      dispose: () => {},
    };
    const stop = startModelDriver(store, client);
    release(SUPERSEDED);
    await flush();
    expect(store.getState().result).toBeNull();
    store.getState().setInput('xGe', 0.5);
    stop();
    release(compute(withX(0.5)));
    await flush();
    expect(store.getState().result).toBeNull();
  });
});
