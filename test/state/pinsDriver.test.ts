import { afterEach, describe, expect, it } from 'vitest';
import { SUPERSEDED, type Outcome } from '../../src/client/coalescer';
import type { KineticsClient } from '../../src/client/kineticsClient';
import type { ModelChoices, ModelInputs } from '../../src/core/inputs';
import type { KineticsView } from '../../src/core/kinetics/api';
import { startPinsDriver } from '../../src/state/pinsDriver';
import { createAppStore } from '../../src/state/store';
import { deferred, flush, type Deferred } from '../support/fakes';
import { fakeView, QUICK_KINETICS } from '../support/kineticsFakes';

interface PinnedCall {
  readonly inputs: ModelInputs;
  readonly answer: Deferred<Outcome<KineticsView>>;
}

/** A client whose pinned views the test answers by hand; nothing else is asked of it. */
function heldClient() {
  const calls: PinnedCall[] = [];
  const client: KineticsClient = {
    ...QUICK_KINETICS,
    requestPinned: (inputs: ModelInputs, _choices: ModelChoices) => {
      const answer = deferred<Outcome<KineticsView>>();
      calls.push({ inputs, answer });
      return answer.promise;
    },
  };
  return { client, calls };
}

const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

function setup() {
  const { client, calls } = heldClient();
  const store = createAppStore();
  stops.push(startPinsDriver(store, client));
  const pinAt = (x: number) => {
    store.getState().setInput('xGe', x);
    store.getState().pinCurrent();
  };
  const answer = (call: PinnedCall | undefined) =>
    call?.answer.resolve(fakeView(call.inputs, store.getState().choices));
  const status = (key: string) => store.getState().pinResults[key]?.status;
  return { store, calls, pinAt, answer, status };
}

describe('pins driver', () => {
  it('asks once per pin, on the background lane, and shows computing until it answers', async () => {
    const { store, calls, pinAt, answer, status } = setup();
    pinAt(0);
    expect(calls.map((c) => c.inputs.xGe)).toEqual([0]);
    expect(status('xGe:0')).toBe('computing');
    pinAt(1);
    expect(calls.map((c) => c.inputs.xGe)).toEqual([0, 1]);
    answer(calls[1]);
    await flush();
    expect(status('xGe:1')).toBe('ready');
    expect(status('xGe:0')).toBe('computing');
    const ready = store.getState().pinResults['xGe:1'];
    expect(ready?.status === 'ready' && ready.view.inputs.xGe).toBe(1);
  });

  it('asks nothing more when the live view changes, or on re-renders of the pins', async () => {
    const { store, calls, pinAt, answer } = setup();
    pinAt(0);
    answer(calls[0]);
    await flush();
    for (const x of [0.1, 0.2, 0.3]) store.getState().setInput('xGe', x);
    store.getState().setInput('temperatureC', 60);
    store.getState().setChoice('separator', 'Li10GeP2S12');
    // The pins' array is replaced (a new pin), the old pin is not asked for again.
    pinAt(0.5);
    expect(calls.map((c) => c.inputs.xGe)).toEqual([0, 0.5]);
  });

  it('answers a pin removed and pinned again from its cache', async () => {
    const { store, calls, pinAt, answer, status } = setup();
    pinAt(0);
    answer(calls[0]);
    await flush();
    store.getState().removePin('xGe:0');
    expect(store.getState().pinResults).toEqual({});
    pinAt(0);
    expect(status('xGe:0')).toBe('ready');
    expect(calls).toHaveLength(1);
  });

  it('answers a pin removed while computing and pinned again with the one request', async () => {
    const { store, calls, pinAt, answer, status } = setup();
    pinAt(0);
    store.getState().removePin('xGe:0');
    pinAt(0);
    expect(calls).toHaveLength(1);
    answer(calls[0]);
    await flush();
    expect(status('xGe:0')).toBe('ready');
  });

  it('shows a failure on its pin, and asks again on the kinetics retry only', async () => {
    const { store, calls, pinAt, answer } = setup();
    pinAt(0);
    calls[0]?.answer.reject(new Error('worker died'));
    await flush();
    expect(store.getState().pinResults['xGe:0']).toEqual({
      status: 'error',
      message: 'worker died',
    });
    pinAt(1);
    expect(calls.map((c) => c.inputs.xGe)).toEqual([0, 1]);
    store.getState().retryKinetics();
    expect(calls.map((c) => c.inputs.xGe)).toEqual([0, 1, 0]);
    expect(store.getState().pinResults['xGe:0']?.status).toBe('computing');
    answer(calls[2]);
    await flush();
    expect(store.getState().pinResults['xGe:0']?.status).toBe('ready');
  });

  it('drops answers after it stops, and a superseded one (a disposed client)', async () => {
    const { store, calls, pinAt } = setup();
    pinAt(0);
    pinAt(1);
    calls[0]?.answer.resolve(SUPERSEDED);
    await flush();
    expect(store.getState().pinResults['xGe:0']?.status).toBe('computing');
    stops.splice(0).forEach((stop) => stop());
    calls[1]?.answer.resolve(fakeView(calls[1].inputs, store.getState().choices));
    await flush();
    expect(store.getState().pinResults['xGe:1']?.status).toBe('computing');
  });

  it('asks for the pins a link brings at start', () => {
    const { client, calls } = heldClient();
    const first = createAppStore();
    first.getState().pinCurrent();
    const store = createAppStore({ pins: first.getState().pins });
    stops.push(startPinsDriver(store, client));
    expect(calls.map((c) => c.inputs.xGe)).toEqual([0.125]);
  });
});
