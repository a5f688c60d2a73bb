// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createInProcessClient } from '../../src/client/modelClient';
import { SHORTCUT_GROUPS } from '../../src/components/shortcuts';
import { PINS_FULL_ANNOUNCEMENT } from '../../src/state/pinsSlice';
import { QUICK_KINETICS } from '../support/kineticsFakes';
import { disposeClients, renderApp } from '../support/renderApp';

afterEach(() => {
  cleanup();
  disposeClients();
});

const render = () => renderApp({}, createInProcessClient(), QUICK_KINETICS);

/** The <figure> a chart of this test id is drawn in. */
const figureOf = (chartId: string) => {
  const figure = screen.getByTestId(chartId).closest('figure');
  if (!figure) throw new Error(`${chartId} is in no figure`);
  return figure;
};

/** Pins x = 0.125 by the key, then Si by its preset and the button. */
async function pinTwo() {
  const rendered = render();
  await screen.findByTestId('rate-chart', {}, { timeout: 30_000 });
  fireEvent.keyDown(document.body, { key: 'p' });
  await userEvent.click(screen.getByTestId('preset-Si'));
  await userEvent.click(screen.getByTestId('pin-button'));
  expect(rendered.store.getState().pins.map((p) => p.key)).toEqual(['xGe:0.125', 'xGe:0']);
  // Every figure draws both once their (fake) answers are in.
  await waitFor(
    () =>
      expect(
        screen.getByTestId('rate-chart').querySelectorAll('[data-testid="pinned-curve"]'),
      ).toHaveLength(2),
    { timeout: 45_000 },
  );
  await act(async () => {});
  return rendered;
}

const count = (chartId: string, testId: string) =>
  screen.getByTestId(chartId).querySelectorAll(`[data-testid="${testId}"]`).length;

describe('pinned views in the page', { timeout: 90_000 }, () => {
  it('draws every pin in every figure with a legend entry naming it', async () => {
    await pinTwo();
    expect(count('profile-chart', 'pinned-curve')).toBe(2);
    expect(count('dqdv-chart', 'pinned-curve')).toBe(2);
    // Rate and θ in the two plots of the distribution.
    expect(count('distribution-chart', 'pinned-curve')).toBe(4);
    expect(count('fullcell-voltage-chart', 'pinned-curve')).toBe(2);
    expect(count('fullcell-rate-chart', 'pinned-curve')).toBe(2);
    expect(count('conductivity-chart', 'pin-marker')).toBe(2);
    expect(count('retention-chart', 'pin-marker')).toBe(2);
    expect(count('inventory-chart', 'pin-marker')).toBe(2);
    // Distinct colours and dashes, none of them the live curve's.
    const strokes = [
      ...screen.getByTestId('rate-chart').querySelectorAll('[data-series^="pin-"]'),
    ].map((p) => `${p.getAttribute('stroke')} ${p.getAttribute('stroke-dasharray')}`);
    expect(new Set(strokes).size).toBe(2);
    expect(strokes.join()).not.toMatch(/#0072B2/i);

    const legend = within(figureOf('rate-chart')).getAllByTestId('pin-legend-entry');
    expect(legend.map((li) => li.textContent)).toEqual([
      'pinned x = 0.125 (Si₇Ge)×',
      'pinned x = 0 (Si)×',
    ]);
    // The profiles say which rate of a pin they draw.
    expect(
      within(figureOf('profile-chart')).getAllByTestId('pin-legend-entry')[1]?.textContent,
    ).toBe('pinned x = 0 (Si), at 0.2 C×');
    expect(within(figureOf('dqdv-chart')).getAllByTestId('pin-legend-entry')[1]?.textContent).toBe(
      'pinned x = 0 (Si), 1st cycle×',
    );
    // One entry, with its remove button, in each of the ten figures.
    expect(
      screen.getAllByRole('button', { name: 'Remove pin x = 0.125 (Si₇Ge)' }).length,
    ).toBeGreaterThanOrEqual(9);
  });

  it('names the settings a pin differs in, and compares headline figures in a table', async () => {
    const { store } = await pinTwo();
    act(() => store.getState().setInput('temperatureC', 40));
    const legend = within(figureOf('rate-chart')).getAllByTestId('pin-legend-entry');
    expect(legend[0]?.textContent).toBe('pinned x = 0.125 (Si₇Ge), Temperature 25 °C×');

    const table = screen.getByTestId('pin-table');
    expect(within(table).getByText(/Headline figures/).tagName).toBe('CAPTION');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      expect.stringMatching(/^live, x = 0 \(Si\)/),
      'x = 0.125 (Si₇Ge), Temperature 25 °C×',
      'x = 0 (Si), Temperature 25 °C×',
    ]);
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual([
      'View',
      'Capacity at 0.2 C (mAh/g)',
      'Capacity at 3 C (mAh/g)',
      'Retention at 3 C (%)',
      'ICE (%)',
      'RA-Li (%)',
      'QA-Li (%)',
      'I-Li (%)',
      'Full-cell energy (Wh/kg)',
    ]);
    // The fake view: 2500/C mAh/g, 50 % retention, ICE and RA-Li 90 %, QA 6 %, I 4 %.
    const cells = within(rows[2] as HTMLElement)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells.slice(0, 7)).toEqual(['12,500', '833', '50', '90.0', '90.0', '6.0', '4.0']);
    expect(Number(cells[7])).toBeGreaterThan(0);
  });

  it('removes a pin by its button, moving focus to the next pin’s, and the last to Pin this view', async () => {
    const { store } = await pinTwo();
    const buttons = within(figureOf('rate-chart')).getAllByTestId('pin-remove');
    buttons[0]?.focus();
    await userEvent.keyboard('{Enter}');
    expect(store.getState().pins.map((p) => p.key)).toEqual(['xGe:0']);
    expect(document.activeElement).toBe(buttons[1]);
    expect(store.getState().announcement?.text).toBe(
      'Removed the pin at x = 0.125 (Si₇Ge). 1 of 4 pinned.',
    );
    await userEvent.keyboard(' ');
    expect(store.getState().pins).toEqual([]);
    expect(document.activeElement).toBe(screen.getByTestId('pin-button'));
    await waitFor(() => expect(count('rate-chart', 'pinned-curve')).toBe(0));
    expect(screen.queryByTestId('pin-table')).toBeNull();
  });

  it('refuses a fifth pin aloud and beside the button, and Clear pins drops them all', async () => {
    const { store } = await pinTwo();
    for (const id of ['Si3Ge', 'Ge', 'Si15Ge']) {
      await userEvent.click(screen.getByTestId(`preset-${id}`));
      await userEvent.click(screen.getByTestId('pin-button'));
    }
    expect(store.getState().pins).toHaveLength(4);
    expect(store.getState().announcement?.text).toBe(PINS_FULL_ANNOUNCEMENT);
    await waitFor(() =>
      expect(screen.getByTestId('announcer').textContent).toBe(PINS_FULL_ANNOUNCEMENT),
    );
    expect(screen.getByTestId('pin-count').textContent).toBe(
      '4 of 4 pinned; remove one to pin this view',
    );
    await userEvent.click(screen.getByTestId('clear-pins'));
    expect(store.getState().pins).toEqual([]);
    expect(document.activeElement).toBe(screen.getByTestId('pin-button'));
  });

  it('does not pin on a "p" typed into a box, and lists the key among the shortcuts', async () => {
    const { store } = render();
    const box = await screen.findByTestId('x-number');
    await userEvent.type(box, 'p');
    expect(store.getState().pins).toEqual([]);
    fireEvent.keyDown(screen.getByTestId('x-slider'), { key: 'P', shiftKey: true });
    expect(store.getState().pins).toHaveLength(1);
    const keys = SHORTCUT_GROUPS.flatMap((g) => g.shortcuts).find((s) =>
      /^Pin this view/.test(s.does),
    );
    expect(keys?.keys).toEqual([['P']]);
  });
});
