// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/App';
import type { KineticsClient } from '../../src/client/kineticsClient';
import { createInProcessClient } from '../../src/client/modelClient';
import { DEFAULT_CHOICES, DEFAULT_INPUTS, type ModelInputs } from '../../src/core/inputs';
import type { KineticsView } from '../../src/core/kinetics/api';
import { ModelProvider } from '../../src/state/ModelProvider';
import { createAppStore } from '../../src/state/store';
import { parseUrlInputs } from '../../src/state/urlSync';
import { fakeRetention, fakeView, ONE_FREE_WORKER } from '../support/kineticsFakes';
import { disposeClients, renderApp } from '../support/renderApp';

afterEach(() => {
  cleanup();
  disposeClients();
  window.history.replaceState(null, '', '/');
});

/** Below this N/P the stub's full cell plates: a rule of the test, not of the model. */
const PLATING_BELOW_NP = 1.5;

/**
 * A kinetics client answering at once with fake views whose Li inventory and plating follow
 * simple rules of the test's own: trapped Li (QA-Li) dominates below x = 0.5, consumed Li
 * (I-Li) above; the full cell plates below PLATING_BELOW_NP.
 */
function rulesClient(): KineticsClient {
  const viewFor = (inputs: ModelInputs, choices: KineticsView['choices']): KineticsView => {
    const view = fakeView(inputs, choices);
    const trapped = inputs.xGe < 0.5;
    const plating = inputs.npRatio < PLATING_BELOW_NP;
    return {
      ...view,
      inventory: {
        ...view.inventory,
        reversible_percent: 80,
        quasiReversible_percent: trapped ? 14 : 4,
        inactive_percent: trapped ? 6 : 16,
        sideReaction_percent: trapped ? 6 : 16,
        ice_percent: 80,
      },
      fullCell: {
        ...view.fullCell,
        platingRisk: plating,
        issues: plating ? [{ code: 'plating', message: 'Stub: 0.1 mAh/cm² plates.' }] : [],
      },
    };
  };
  return {
    ...ONE_FREE_WORKER,
    requestView: async (inputs, choices) => viewFor(inputs, choices),
    requestRetention: async (_inputs, _choices, xs) => fakeRetention(xs),
    dispose: () => {},
  };
}

/** Waits until the kinetics answer the current inputs and the new figures have drawn it. */
async function settled() {
  await waitFor(
    () => {
      expect(screen.getByTestId('kinetics-status').getAttribute('data-status')).toBe('ready');
      screen.getByTestId('inventory-bar');
      screen.getByTestId('fullcell-voltage-chart');
    },
    { timeout: 45_000 },
  );
  await act(async () => {});
}

const sentence = () => screen.getByTestId('inventory-sentence').textContent ?? '';
const warning = () => screen.getByTestId('plating-warning');
const printedSum = () =>
  screen
    .getAllByTestId('inventory-share')
    .reduce((sum, t) => sum + Number(t.getAttribute('data-value')), 0);

describe('where the lithium goes', { timeout: 90_000 }, () => {
  it('shows the current inventory in a bar summing to 100, and a sentence that follows it', async () => {
    const { store } = renderApp({}, createInProcessClient(), rulesClient());
    await settled();
    expect(
      screen.getByRole('heading', { name: 'Where the lithium goes, and the full cell' }).tagName,
    ).toBe('H3');
    expect(printedSum()).toBeCloseTo(100, 9);
    const atSi7Ge = sentence();
    expect(atSi7Ge).toMatch(/^At x = 0\.125 .*QA-Li, 14\.0 %.*slow transport/);
    // x = 0.125 is a measured composition: the measurement stands beside the model.
    expect(atSi7Ge).toMatch(/Measured on Si₇Ge: .*LiXia2025 Fig\. 3d–f/);
    expect(screen.getAllByTestId('measured-inventory-bar')).toHaveLength(3);

    act(() => store.getState().setInput('xGe', 0.7));
    await settled();
    await waitFor(() => expect(sentence()).toMatch(/^At x = 0\.7 .*I-Li, 16\.0 %.*side reaction/));
    expect(sentence()).not.toMatch(/Measured/);
    expect(printedSum()).toBeCloseTo(100, 9);
    expect(screen.getByTestId('inventory-marker').getAttribute('data-x')).toBe('0.7');
  });

  it('fills the areas across x from the sweep, and keeps them for a change of the full cell only', async () => {
    const { store } = renderApp({}, createInProcessClient(), rulesClient());
    await settled();
    const chart = () => screen.getByTestId('inventory-chart');
    await waitFor(() => expect(chart().getAttribute('data-status')).toBe('ready'), {
      timeout: 45_000,
    });
    expect(Number(chart().getAttribute('data-points'))).toBe(store.getState().retention.total);
    expect(chart().querySelector('path[data-series="inactive"]')?.getAttribute('d')).toMatch(/^M/);
    const sweepKey = store.getState().retention.key;
    act(() => store.getState().setInput('npRatio', 2));
    act(() => store.getState().setChoice('cathode', 'lco'));
    await settled();
    expect(store.getState().retention.key).toBe(sweepKey);
    expect(chart().getAttribute('data-status')).toBe('ready');
  });
});

describe('the full cell', { timeout: 90_000 }, () => {
  it('warns of plating only while the full cell plates', async () => {
    const { store } = renderApp({}, createInProcessClient(), rulesClient());
    await settled();
    expect(DEFAULT_INPUTS.npRatio).toBeLessThan(PLATING_BELOW_NP);
    expect(warning().getAttribute('role')).toBe('status');
    expect(warning().textContent).toMatch(/^Warning: lithium plates.*Stub: 0\.1 mAh\/cm² plates\./);
    expect(screen.getByTestId('plating-band')).toBeTruthy();

    act(() => store.getState().setInput('npRatio', 2));
    await settled();
    await waitFor(() => expect(warning().textContent).toBe(''));
    expect(screen.queryByTestId('plating-band')).toBeNull();

    act(() => store.getState().setInput('npRatio', 1.2));
    await settled();
    await waitFor(() => expect(warning().textContent).toMatch(/^Warning/));
  });

  it('shows the readouts, with what the specific energy counts', async () => {
    renderApp({}, createInProcessClient(), rulesClient());
    await settled();
    for (const key of ['ice', 'discharge', 'areal', 'voltage', 'energy', 'loss']) {
      const row = screen.getByTestId(`readout-fullcell-${key}`);
      expect(row.textContent, key).toMatch(/\d/);
      expect(row.textContent, key).not.toMatch(/NaN|Infinity|—/);
    }
    expect(screen.getByTestId('readout-fullcell-ice').textContent).toMatch(/%.*Si₇Ge: .* %/);
    expect(screen.getByTestId('readout-fullcell-energy').textContent).toMatch(
      /Wh\/kg.*anode, separator .* and cathode composite layers only.*no current collectors/,
    );
    expect(screen.getAllByTestId('fullcell-rate-bar')).toHaveLength(4);
  });

  it('cathode and N/P controls change the store, the figures and the address', async () => {
    const store = createAppStore();
    render(
      <ModelProvider
        store={store}
        client={createInProcessClient()}
        kineticsClient={rulesClient()}
        syncUrl
      >
        <App />
      </ModelProvider>,
    );
    await settled();
    const query = () => new URL(window.location.href).searchParams;
    const keyOf = () =>
      screen.getByTestId('fullcell-voltage-chart').getAttribute('data-rendered-key');
    const before = keyOf();

    const lco = screen.getByTestId('choice-cathode-lco');
    expect(screen.getByRole('group', { name: 'Cathode' })).toBeTruthy();
    await userEvent.click(lco);
    expect(store.getState().choices.cathode).toBe('lco');
    await waitFor(() => expect(query().get('cathode')).toBe('lco'));
    await settled();
    await waitFor(() => expect(keyOf()).not.toBe(before));
    const caption = screen.getByTestId('readout-fullcell-ice').closest('table')?.caption;
    expect(caption?.textContent).toMatch(/^LiCoO₂ .* against the Si–Ge anode/);

    const entry = screen.getByTestId('input-npRatio');
    expect(entry.getAttribute('aria-label')).toMatch(/N\/P ratio/);
    await userEvent.clear(entry);
    await userEvent.type(entry, '1.6{Enter}');
    expect(store.getState().inputs.npRatio).toBe(1.6);
    await waitFor(() => expect(query().get('npRatio')).toBe('1.6'));

    fireEvent.keyDown(screen.getByRole('slider', { name: 'N/P ratio' }), { key: 'PageUp' });
    expect(store.getState().inputs.npRatio).toBeCloseTo(1.7, 9);
    await waitFor(() => expect(query().get('npRatio')).toBe('1.7'));

    // Back to the defaults: a plain link stays plain.
    await userEvent.click(screen.getByTestId(`choice-cathode-${DEFAULT_CHOICES.cathode}`));
    act(() => store.getState().setInput('npRatio', DEFAULT_INPUTS.npRatio));
    await waitFor(() => expect(query().has('cathode') || query().has('npRatio')).toBe(false));
  });

  it("edits the cathode's figures, each with the chosen cathode's default beside it", async () => {
    const { store } = renderApp({}, createInProcessClient(), rulesClient());
    await settled();
    const entry = screen.getByTestId('input-cathodeCapacity');
    expect((entry as HTMLInputElement).value).toBe('190');
    expect(screen.getByTestId('default-cathodeCapacity').textContent).toMatch(/190 mAh\/g/);
    await userEvent.clear(entry);
    await userEvent.type(entry, '205{Enter}');
    expect(store.getState().inputs.cathodeCapacity).toBe(205);

    await userEvent.click(screen.getByTestId('choice-cathode-lco'));
    await waitFor(() =>
      expect((screen.getByTestId('input-cathodeCapacity') as HTMLInputElement).value).toBe('180'),
    );
    expect(screen.getByTestId('default-cathodeVoltage').textContent).toMatch(/4 V/);
    expect(screen.getByRole('slider', { name: /First-cycle efficiency/ })).toBeTruthy();
  });

  it('reads cathode and N/P from a link, and explains values it cannot use', () => {
    const good = parseUrlInputs('?npRatio=2.5&cathode=lco');
    expect(good.inputs.npRatio).toBe(2.5);
    expect(good.choices.cathode).toBe('lco');
    expect(good.messages).toEqual([]);

    const bad = parseUrlInputs('?npRatio=7&cathode=nmc');
    expect(bad.inputs.npRatio).toBe(DEFAULT_INPUTS.npRatio);
    expect(bad.choices.cathode).toBe(DEFAULT_CHOICES.cathode);
    expect(bad.messages.join(' ')).toMatch(/N\/P ratio of the full cell: 7 is outside 0\.8–3/);
    expect(bad.messages.join(' ')).toMatch(/"nmc" is not one of ncm, lco.*default, ncm\./);
  });
});
