// @vitest-environment jsdom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createInProcessClient } from '../../src/client/modelClient';
import type { CellDataSet } from '../../src/core/cellData';
import { QUICK_KINETICS } from '../support/kineticsFakes';
import { parsedFixture } from '../support/cellDataFakes';
import { disposeClients, renderApp } from '../support/renderApp';

afterEach(() => {
  cleanup();
  disposeClients();
});

const DATE = '2026-03-14T12:00:00.000Z';
const ARBIN = parsedFixture('arbin.csv', 0.02);

/** A rate table with one point past the C-rate axis (20 C) and one past the capacity axis. */
const RATES: CellDataSet = {
  ...parsedFixture('rate_table.csv'),
  rateTable: [
    { cRate: 0.1, capacity_mAh_per_g: 1210 },
    { cRate: 1, capacity_mAh_per_g: 990 },
    { cRate: 20, capacity_mAh_per_g: 500 },
    { cRate: 2, capacity_mAh_per_g: 1e6 },
  ],
};

async function renderWithSets() {
  const rendered = renderApp({}, createInProcessClient(), QUICK_KINETICS);
  const { addCellSet } = rendered.store.getState();
  act(() => {
    addCellSet({ fileName: 'arbin.csv', mass_mg: 0.02, data: ARBIN, importDate: DATE });
    addCellSet({ fileName: 'rates.csv', data: RATES, importDate: DATE });
    addCellSet({ fileName: 'nomass.csv', data: parsedFixture('arbin.csv'), importDate: DATE });
  });
  await screen.findByTestId('dqdv-chart', {}, { timeout: 20_000 });
  await waitFor(() => expect(curves('profile-chart')).toHaveLength(1));
  return rendered;
}

const curves = (chartId: string) => [
  ...screen.getByTestId(chartId).querySelectorAll('[data-testid="imported-curve"]'),
];
const figureOf = (chartId: string) => screen.getByTestId(chartId).closest('figure') as HTMLElement;
const legendOf = (chartId: string) =>
  within(figureOf(chartId))
    .queryAllByTestId('imported-legend-entry')
    .map((li) => li.textContent);

describe('imported data in the figures', () => {
  it('draws each set where it can, with a legend entry naming file, mass and date', async () => {
    const { store } = await renderWithSets();
    const [arbin, rates] = store.getState().cellSets;

    // Profile and dQ/dV: the set with a mass; the one without is listed with the reason.
    for (const chart of ['profile-chart', 'dqdv-chart']) {
      expect(curves(chart).map((g) => g.getAttribute('data-set'))).toEqual([arbin?.id]);
      const d = curves(chart)[0]?.querySelector('path[data-series]')?.getAttribute('d') ?? '';
      expect(d).toMatch(/^M[\d.-]+,[\d.-]+L/);
      expect(legendOf(chart)).toEqual([
        expect.stringMatching(/^arbin\.csv · 0\.02 mg · 2026-03-1[45]×$/),
        expect.stringMatching(
          /^nomass\.csv · no mass · 2026-03-1[45] \(not drawn: no active mass, so no capacity per gram\)×$/,
        ),
      ]);
    }
    // Rate: the rate table only, its points outside the axes left out.
    expect(curves('rate-chart').map((g) => g.getAttribute('data-set'))).toEqual([rates?.id]);
    expect(
      curves('rate-chart')[0]?.querySelectorAll('[data-testid="imported-point"]'),
    ).toHaveLength(2);
    expect(legendOf('rate-chart')).toEqual([expect.stringMatching(/^rates\.csv · no mass/)]);
    // Clipped to the plot, never drawn over the frame; and no NaN anywhere.
    for (const chart of ['rate-chart', 'profile-chart', 'dqdv-chart']) {
      const layer = screen.getByTestId(chart).querySelector('.imported-curves');
      expect(layer?.querySelector('g[clip-path^="url(#"]')).toBeTruthy();
      expect(screen.getByTestId(chart).outerHTML).not.toMatch(/NaN|Infinity/);
    }
    expect(screen.getByTestId('cell-storage-note').textContent).toMatch(/Kept in this tab only/);
  });

  it('hides a set from a figure’s key by keyboard, and removes it everywhere', async () => {
    const { store } = await renderWithSets();
    const user = userEvent.setup();
    const profile = within(figureOf('profile-chart'));
    const [arbinName] = legendOf('profile-chart');

    const toggle = profile.getByRole('checkbox', { name: arbinName?.replace(/×$/, '') });
    toggle.focus();
    await user.keyboard(' ');
    expect(store.getState().cellSets[0]?.visible).toBe(false);
    await waitFor(() => expect(curves('profile-chart')).toHaveLength(0));
    expect(curves('dqdv-chart')).toHaveLength(0);
    // Still listed, so it can be shown again.
    expect(legendOf('profile-chart')).toHaveLength(2);
    await user.keyboard(' ');
    await waitFor(() => expect(curves('profile-chart')).toHaveLength(1));

    profile.getAllByRole('button', { name: 'Remove arbin.csv' })[0]?.focus();
    await user.keyboard('{Enter}');
    expect(store.getState().cellSets.map((s) => s.fileName)).toEqual(['rates.csv', 'nomass.csv']);
    await waitFor(() => expect(curves('profile-chart')).toHaveLength(0));
    expect(legendOf('dqdv-chart')).toHaveLength(1);
    // Focus moves to the next set's remove button of the same key.
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Remove nomass.csv');
    expect(screen.queryAllByRole('button', { name: 'Remove arbin.csv' })).toHaveLength(0);
  });
});
