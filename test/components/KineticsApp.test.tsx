// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { KINETICS_CALIBRATION_NOTE } from '../../src/components/kinetics/calibrationNote';
import { limitingSentence } from '../../src/components/kinetics/LimitingProcess';
import { DEFAULT_CHOICES, DEFAULT_INPUTS } from '../../src/core/inputs';
import type { KineticsView } from '../../src/core/kinetics/api';
import type { KineticsClient } from '../../src/client/kineticsClient';
import { createInProcessClient } from '../../src/client/modelClient';
import { fakeRetention, fakeView, ONE_FREE_WORKER } from '../support/kineticsFakes';
import { disposeClients, renderApp } from '../support/renderApp';

/** A kinetics client answering at once with fake views; the first `failures` views fail. */
function stubClient(notes: string[], failures = 0): KineticsClient & { views: number } {
  const client = {
    ...ONE_FREE_WORKER,
    views: 0,
    requestView: async (...[inputs, choices]: Parameters<KineticsClient['requestView']>) => {
      client.views += 1;
      if (client.views <= failures) throw new Error('The model worker stopped: boom');
      return { ...fakeView(inputs, choices), notes };
    },
    requestRetention: async (...[, , xs]: Parameters<KineticsClient['requestRetention']>) =>
      fakeRetention(xs),
    dispose: () => {},
  };
  return client;
}

afterEach(() => {
  cleanup();
  disposeClients();
});

const CHARTS = ['rate-chart', 'profile-chart', 'distribution-chart'] as const;
const keyOf = (testId: string) => screen.getByTestId(testId).getAttribute('data-rendered-key');

/** Waits for a kinetics answer for the current inputs, and returns the charts' keys. */
async function settled() {
  await waitFor(
    () => {
      expect(screen.getByTestId('kinetics-status').getAttribute('data-status')).toBe('ready');
      // The figures render the answer at low priority (deferred): wait for them too.
      for (const id of CHARTS) screen.getByTestId(id);
    },
    // The real kinetics run in-process here, behind the retention sweep, after a cold load of
    // the lazy section: on a busy two-core machine the first answer can take many seconds.
    { timeout: 45_000 },
  );
  await act(async () => {});
  return Object.fromEntries(CHARTS.map((id) => [id, keyOf(id)]));
}

/** A kinetics client whose view answers wait until the test releases them. */
function heldClient() {
  const held: (() => void)[] = [];
  return {
    ...ONE_FREE_WORKER,
    requestView: (...[inputs, choices]: Parameters<KineticsClient['requestView']>) =>
      new Promise<KineticsView>((resolve) => held.push(() => resolve(fakeView(inputs, choices)))),
    requestRetention: async (...[, , xs]: Parameters<KineticsClient['requestRetention']>) =>
      fakeRetention(xs),
    dispose: () => {},
    waiting: () => held.length,
    release: () => held.splice(0).forEach((answer) => answer()),
  } satisfies KineticsClient & Record<string, unknown>;
}

describe('kinetics section', { timeout: 90_000 }, () => {
  it('draws the four figures, the readouts and the calibration caveat', async () => {
    renderApp();
    await settled();
    for (const id of [...CHARTS, 'retention-chart']) {
      const svg = screen.getByTestId(id);
      expect(svg.getAttribute('data-rendered-key'), id).toMatch(/^\w+$/);
      expect(svg.outerHTML, id).not.toMatch(/NaN|Infinity/);
    }
    expect(screen.getAllByTestId('measured-rate-point')).toHaveLength(7);
    expect(screen.getAllByTestId('measured-retention-point')).toHaveLength(3);
    // Counted from the stored fit (test/components/ModelVsExperiment.test.tsx checks the count).
    expect(screen.getByTestId('calibration-note').textContent).toBe(KINETICS_CALIBRATION_NOTE);
    expect(KINETICS_CALIBRATION_NOTE).toMatch(
      /^Calibrated: \d+ of \d+ measured figures within their target; see Model vs experiment below$|no residuals stored yet/,
    );
    expect(screen.getByTestId('limiting-process').textContent).toMatch(
      /^Limited by (electronic transport|ionic transport|series resistance|charge-transfer kinetics|solid diffusion) \(\d+ % of the [\d.]+ V polarisation\)$/,
    );
    expect(screen.getByTestId('snapshot-moment').textContent).toBe(
      'Lithiation at 1 C, 50 % of theoretical capacity',
    );
    for (const i of [1, 2, 3]) {
      expect(screen.getByTestId(`readout-profile-${i}`).textContent).toMatch(/mAh\/g.*V/);
    }
    expect(screen.getByTestId('readout-retention').textContent).toMatch(/%.*Si₇Ge: 83\.8 %/);
    expect(screen.getByText(/measured, Si₇Ge \(LiXia2025 Fig\. 2d–e\)/)).toBeTruthy();
    expect(screen.getByText(/x = 0\.125 \(Si₇Ge\) only/)).toBeTruthy();
  });

  it('has labelled, keyboard-operable controls for every kinetics input', async () => {
    const { store } = renderApp();
    for (const key of [
      'porosity',
      'profileRate1',
      'profileRate2',
      'profileRate3',
      'snapshotRate',
      'snapshotDepth',
    ]) {
      const entry = screen.getByTestId(`input-${key}`);
      expect(entry.getAttribute('aria-label'), key).toBeTruthy();
    }
    fireEvent.keyDown(screen.getByTestId('input-profileRate2'), { key: 'ArrowUp' });
    expect(store.getState().inputs.profileRate2).toBe(1.05);
    fireEvent.keyDown(screen.getByRole('slider', { name: 'Depth' }), { key: 'PageDown' });
    expect(store.getState().inputs.snapshotDepth).toBe(0.4);

    const select = screen.getByTestId('choice-separator') as HTMLSelectElement;
    expect(screen.getByLabelText('Separator electrolyte')).toBe(select);
    expect(select.options.length).toBeGreaterThan(5);
    expect([...select.options].every((o) => / S\/cm$/.test(o.textContent ?? ''))).toBe(true);

    const radio = screen.getByTestId('choice-snapshotBranch-delithiation');
    expect(screen.getByRole('radio', { name: 'delithiation' })).toBe(radio);
    expect(screen.getByRole('group', { name: 'Half-cycle' })).toBeTruthy();
  });

  it('redraws the kinetics for a new porosity, and restarts the retention curve', async () => {
    const { store } = renderApp();
    const before = await settled();
    const sweepKey = store.getState().retention.key;
    const entry = screen.getByTestId('input-porosity');
    await userEvent.clear(entry);
    await userEvent.type(entry, '0.35{Enter}');
    expect(store.getState().inputs.porosity).toBe(0.35);
    expect(store.getState().retention.key).not.toBe(sweepKey);
    const after = await settled();
    for (const id of CHARTS) expect(after[id], id).not.toBe(before[id]);
  });

  it('dims a figure only when an answer takes a while, keeping the previous drawing', async () => {
    const client = heldClient();
    renderApp({}, createInProcessClient(), client);
    await waitFor(() => expect(client.waiting()).toBe(1));
    client.release();
    const before = await settled();

    fireEvent.click(screen.getByTestId('choice-snapshotBranch-delithiation'));
    const figure = screen.getByTestId('distribution-chart').closest('figure')!;
    // A quick answer would never show the computing state: no flicker.
    expect(figure.getAttribute('aria-busy')).toBe('false');
    // A slow one does, while the old drawing stays.
    await waitFor(() => expect(figure.getAttribute('aria-busy')).toBe('true'));
    expect(figure.classList.contains('is-dimmed')).toBe(true);
    expect(figure.textContent).toContain('computing…');
    expect(keyOf('distribution-chart')).toBe(before['distribution-chart']);

    client.release();
    const after = await settled();
    expect(figure.getAttribute('aria-busy')).toBe('false');
    expect(after['distribution-chart']).not.toBe(before['distribution-chart']);
    expect(screen.getByTestId('snapshot-moment').textContent).toMatch(/^Delithiation at 1 C/);
  });

  it('a new separator is a new cell: the store takes the choice and the curve restarts', async () => {
    const { store } = renderApp();
    await settled();
    const sweepKey = store.getState().retention.key;
    fireEvent.change(screen.getByTestId('choice-separator'), { target: { value: 'Li10GeP2S12' } });
    expect(store.getState().choices.separator).toBe('Li10GeP2S12');
    expect(store.getState().retention.key).not.toBe(sweepKey);
    await settled();
    expect(screen.getByTestId('kinetics-readout-heading')).toBeTruthy();
  });

  it("shows the model's notes as a polite status above the figures", async () => {
    renderApp({}, createInProcessClient(), stubClient(['Outside the calibrated range.']));
    await settled();
    const notes = screen.getByTestId('kinetics-notes');
    expect(notes.getAttribute('role')).toBe('status');
    expect(notes.textContent).toMatch(/Please note.*Outside the calibrated range\./);
  });

  it('reports a failed kinetics call beside the panels, and recovers with "Try again"', async () => {
    const client = stubClient([], 1);
    renderApp({}, createInProcessClient(), client);
    const alert = await screen.findByText(/The kinetics could not be computed/);
    expect(alert.closest('[role="alert"]')?.textContent).toMatch(/boom/);
    expect(screen.getByTestId('kinetics-status').getAttribute('data-status')).toBe('error');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await settled();
    expect(screen.queryByText(/The kinetics could not be computed/)).toBeNull();
    expect(client.views).toBe(2);
  });
});

describe('limiting process', () => {
  it('names the limiting process with its share, or says that no current flowed', () => {
    const limitation = fakeView(DEFAULT_INPUTS, DEFAULT_CHOICES).limitation;
    expect(limitingSentence(limitation)).toBe(
      'Limited by ionic transport (60 % of the 0.2 V polarisation)',
    );
    expect(limitingSentence({ ...limitation, polarization_V: 0 })).toMatch(/no current flowed/);
  });
});
