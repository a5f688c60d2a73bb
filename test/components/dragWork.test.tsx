// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createKineticsClient } from '../../src/client/kineticsClient';
import { createModelClient } from '../../src/client/modelClient';
import { compute } from '../../src/core/api';
import { formatScientific } from '../../src/format/number';
import { fakeWorkerFactory, flush, withX } from '../support/fakes';
import { fakeKineticsFactory } from '../support/kineticsFakes';
import { disposeClients, renderApp } from '../support/renderApp';

// What one step of a drag costs the page: each answer of the model worker should change
// only what it has to (see docs/architecture.md, "A drag, frame by frame").

afterEach(() => {
  cleanup();
  disposeClients();
});

const slider = () => screen.getByTestId('x-slider');
const marker = () => screen.getByTestId('current-x-marker');
const status = () => screen.getByTestId('model-status');

/** The app on a model worker whose answers the test releases (the kinetics never answer). */
async function setup() {
  const models = fakeWorkerFactory();
  const client = createModelClient({ createEndpoint: models.create });
  const kinetics = createKineticsClient({ createEndpoint: fakeKineticsFactory().create });
  const view = renderApp({}, client, kinetics);
  const worker = () => models.workers[0]!;
  /** Answers the request for x (the newest) and lets the app apply it. */
  const answer = async (x: number) => {
    await act(async () => {
      await flush();
      expect(worker().calls.at(-1)?.inputs.xGe).toBe(x);
      worker().answer();
      await flush();
    });
    expect(view.store.getState().result?.inputs.xGe).toBe(x);
  };
  await answer(0.125);
  await waitFor(() => expect(status().textContent).toMatch(/ready/));
  // The diffusivity charts' code is a chunk of its own, in once the model has answered.
  await screen.findByTestId('diffusivity-composition-chart');
  return { ...view, worker, answer };
}

/** Mutations under `target` while `during` runs. */
async function mutationsDuring(target: Node, during: () => Promise<void>) {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((list) => records.push(...list));
  observer.observe(target, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
  await during();
  records.push(...observer.takeRecords());
  observer.disconnect();
  return records.map((r) => `${r.type} ${r.attributeName ?? ''} ${r.target.nodeName}`);
}

describe('one step of a drag', () => {
  it('moves the markers at once (σ exact); the answer for that x leaves both figures as they are', async () => {
    const { answer } = await setup();
    fireEvent.change(slider(), { target: { value: '0.5525' } });
    // Before the worker has answered, at an x between the sweep's grid points.
    expect(marker().getAttribute('data-x')).toBe('0.5525');
    const exact = compute(withX(0.5525)).properties;
    const text = marker().textContent ?? '';
    expect(text).toContain(formatScientific(exact.sigmaElectronic_S_per_cm));
    expect(text).toContain(formatScientific(exact.sigmaIonic_S_per_cm));
    expect(text).toContain(formatScientific(exact.sigmaAmbipolar_S_per_cm));

    // The diffusivity marker too, read off the curve the page already has.
    const dMarker = () => screen.getByTestId('diffusivity-marker');
    expect(dMarker().getAttribute('data-x')).toBe('0.5525');

    const figure = screen.getByTestId('conductivity-chart').parentElement!;
    const dFigure = screen.getByTestId('diffusivity-composition-chart').parentElement!;
    let dChanges: string[] = [];
    const changes = await mutationsDuring(figure, async () => {
      dChanges = await mutationsDuring(dFigure, () => answer(0.5525));
    });
    expect(changes).toEqual([]);
    expect(dChanges).toEqual([]);
    expect(marker().getAttribute('data-x')).toBe('0.5525');
    expect(dMarker().getAttribute('data-x')).toBe('0.5525');
  });

  it('does not flip the status line for a quick answer, and shows a slow one', async () => {
    const { worker, store, answer } = await setup();
    const line = status();
    // The clock is the test's: the answer comes 2 ms after the step, whatever the machine.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
    let changes: string[];
    try {
      changes = await mutationsDuring(line, async () => {
        fireEvent.change(slider(), { target: { value: '0.3' } });
        await act(async () => {
          await vi.advanceTimersByTimeAsync(1);
          expect(worker().calls.at(-1)?.inputs.xGe).toBe(0.3);
          worker().answer();
          await vi.advanceTimersByTimeAsync(1);
        });
      });
    } finally {
      // Timers set on the test's clock (a throttle, the status delay) would never fire on
      // the real one: let them run out first.
      await act(() => vi.runOnlyPendingTimersAsync());
      vi.useRealTimers();
    }
    expect(store.getState().result?.inputs.xGe).toBe(0.3);
    expect(changes).toEqual([]);
    expect(line.getAttribute('data-status')).toBe('ready');

    fireEvent.change(slider(), { target: { value: '0.4' } });
    expect(line.textContent).toMatch(/ready/);
    await waitFor(() => expect(line.textContent).toMatch(/computing/), { timeout: 2000 });
    expect(line.getAttribute('data-status')).toBe('computing');
    await answer(0.4);
    expect(line.textContent).toMatch(/ready/);
  });

  it('tells the store a pointer holds a slider until it is released anywhere', async () => {
    const { store } = await setup();
    fireEvent.pointerDown(slider());
    expect(store.getState().sliderHeld).toBe(true);
    fireEvent.pointerUp(window);
    expect(store.getState().sliderHeld).toBe(false);
    fireEvent.pointerDown(screen.getByRole('slider', { name: /temperature/i }));
    expect(store.getState().sliderHeld).toBe(true);
    fireEvent.pointerCancel(window);
    expect(store.getState().sliderHeld).toBe(false);
  });
});
