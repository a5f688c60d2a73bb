// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { KineticsClient } from '../../src/client/kineticsClient';
import { createInProcessClient } from '../../src/client/modelClient';
import { DesignMapSection } from '../../src/components/designMap/DesignMapSection';
import type { GridIndex } from '../../src/core/designMap/grid';
import type { MapCell, MapRequest } from '../../src/core/designMap/request';
import { ModelProvider } from '../../src/state/ModelProvider';
import { createAppStore } from '../../src/state/store';
import { deferred, type Deferred } from '../support/fakes';
import { fakeMapCells, QUICK_KINETICS } from '../support/kineticsFakes';

afterEach(cleanup);

/** The section alone on a fresh store, its map cells computed by `kinetics`. */
function renderSection(kinetics: KineticsClient = QUICK_KINETICS) {
  const store = createAppStore();
  const view = render(
    <ModelProvider store={store} client={createInProcessClient()} kineticsClient={kinetics}>
      <DesignMapSection />
    </ModelProvider>,
  );
  return { store, ...view };
}

/** Map calls that wait until the test answers them, oldest first. */
function heldMapClient() {
  const calls: { request: MapRequest; cells: readonly GridIndex[]; answer: Deferred<MapCell[]> }[] =
    [];
  let answered = 0;
  const client: KineticsClient = {
    ...QUICK_KINETICS,
    requestMapCells: (request, cells) => {
      const answer = deferred<MapCell[]>();
      calls.push({ request, cells, answer });
      return answer.promise;
    },
  };
  const answerNext = async () => {
    const call = calls[answered];
    if (!call) throw new Error('no open call');
    answered += 1;
    await act(async () => call.answer.resolve(fakeMapCells(call.request, call.cells)));
  };
  return { client, calls, answerNext };
}

const progress = () => screen.getByTestId('map-progress');
const chart = () => screen.getByTestId('design-map-chart');

async function computeCoarse() {
  fireEvent.click(screen.getByTestId('map-size-coarse'));
  fireEvent.click(screen.getByRole('button', { name: 'Compute map' }));
}

async function untilComplete() {
  await waitFor(() => expect(chart().getAttribute('data-status')).toBe('ready'), {
    timeout: 45_000,
  });
}

describe('design map controls', { timeout: 90_000 }, () => {
  it('offers the figures, a rate only for capacity, the axes and the grids; nothing starts by itself', async () => {
    let asked = 0;
    renderSection({
      ...QUICK_KINETICS,
      requestMapCells: async (request, cells) => {
        asked += 1;
        return fakeMapCells(request, cells);
      },
    });
    expect(screen.getByRole('heading', { level: 2, name: /Design map/ })).toBeTruthy();
    const figure = screen.getByLabelText('Figure') as HTMLSelectElement;
    expect([...figure.options].map((o) => o.value)).toEqual([
      'retention3C',
      'capacity',
      'ice',
      'specificEnergy',
      'arealEnergy',
    ]);
    expect(screen.queryByTestId('map-rate')).toBeNull();
    fireEvent.change(figure, { target: { value: 'capacity' } });
    const rate = screen.getByLabelText('C-rate of the capacity') as HTMLSelectElement;
    expect(rate.value).toBe('1');
    expect((screen.getByTestId('map-axis-loading') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByTestId('map-axis-thickness')).toBeTruthy();
    expect(screen.getByTestId('map-axis-radius')).toBeTruthy();
    expect((screen.getByTestId('map-size-fine') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByLabelText(/41 × 21/)).toBeTruthy();
    expect(screen.getByText(/taken from the page as it is when the map starts/)).toBeTruthy();
    await act(async () => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(asked).toBe(0);
    expect(screen.getByText(/No map yet/)).toBeTruthy();
    expect(progress().getAttribute('data-status')).toBe('idle');
  });

  it('fills progressively behind a progress bar, and Cancel stops it where it stands', async () => {
    const held = heldMapClient();
    renderSection(held.client);
    await computeCoarse();
    await waitFor(() => expect(held.calls.length).toBe(1));
    expect(progress().textContent).toContain('0 of 66 cells');
    await held.answerNext();
    await waitFor(() => expect(progress().textContent).toContain('2 of 66 cells'));
    expect((progress().querySelector('progress') as HTMLProgressElement).value).toBe(2);
    // The two coarsest cells already cover the map: no cell is left grey.
    await waitFor(() => expect(chart().getAttribute('data-filled')).toBe('2'));
    const states = [...chart().querySelectorAll('[role="gridcell"]')].map((c) =>
      c.getAttribute('data-state'),
    );
    expect(states).toHaveLength(66);
    expect(states.filter((s) => s === 'value')).toHaveLength(2);
    expect(states.filter((s) => s === 'pending')).toHaveLength(0);
    await held.answerNext();
    await waitFor(() => expect(progress().getAttribute('data-filled')).toBe('4'));

    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByTestId('map-phase').textContent).toBe('Map cancelled.');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Compute map' }));
    const sent = held.calls.length;
    await held.answerNext(); // in flight when cancelled: dropped
    expect(progress().getAttribute('data-filled')).toBe('4');
    await act(async () => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(held.calls.length).toBe(sent);
    expect(screen.getByRole('button', { name: 'Cancel' }).getAttribute('aria-disabled')).toBe(
      'true',
    );
  });

  it('names the optimum, and a click on a cell sets x and the loading', async () => {
    const { store } = renderSection();
    await computeCoarse();
    await untilComplete();
    // fakeMapCells: 100·(1 − x)·(1 − j/12), largest at x = 0 and the lowest loading.
    expect(screen.getByTestId('map-optimum').textContent).toBe(
      'Best: 3 C retention 100 % at x = 0 (Si), areal loading 0.5 mg/cm².',
    );
    expect(chart().querySelectorAll('[data-testid="map-best-ring"]')).toHaveLength(1);
    expect(store.getState().choices.electrodeBasis).toBe('thickness');

    const cell = chart().querySelector('[data-i="3"][data-j="2"]') as Element;
    fireEvent.click(cell);
    const { inputs, choices, announcement } = store.getState();
    expect(inputs.xGe).toBeCloseTo(0.3, 12);
    expect(inputs.loadingMgCm2).toBeCloseTo(1.9, 12);
    expect(choices.electrodeBasis).toBe('loading');
    expect(announcement?.text).toBe('Live view set to x = 0.3, areal loading 1.9 mg/cm².');
    // The map's own axes do not make it stale.
    expect(screen.queryByTestId('map-stale')).toBeNull();
  });

  it('reads a cell in a tooltip and a polite line, and walks the cells from one tab stop', async () => {
    const { store } = renderSection();
    await computeCoarse();
    await untilComplete();
    const grid = screen.getByRole('grid');
    expect(grid.getAttribute('tabindex')).toBe('0');
    expect(within(grid).getAllByRole('gridcell')).toHaveLength(66);
    expect(within(grid).getAllByRole('gridcell')[0]?.getAttribute('tabindex')).toBeNull();

    fireEvent.mouseMove(chart().querySelector('[data-i="10"][data-j="5"]') as Element);
    const reading = screen.getByTestId('map-reading');
    expect(reading.getAttribute('aria-live')).toBe('polite');
    expect(reading.textContent).toBe('x = 1 (Ge), areal loading 4 mg/cm²: 3 C retention 0 %.');
    expect(screen.getByRole('tooltip').textContent).toContain('4 mg/cm²');
    fireEvent.mouseLeave(grid);
    expect(screen.queryByRole('tooltip')).toBeNull();

    // Focus lands on the best cell; the arrows move, Enter sets the live view.
    act(() => grid.focus());
    const activeId = () => grid.getAttribute('aria-activedescendant') ?? '';
    expect(document.getElementById(activeId())?.getAttribute('data-i')).toBe('0');
    expect(reading.textContent).toMatch(
      /^x = 0 \(Si\), areal loading 0.5 mg\/cm²: 3 C retention 100 %/,
    );
    fireEvent.keyDown(grid, { key: 'ArrowRight' });
    fireEvent.keyDown(grid, { key: 'ArrowRight' });
    fireEvent.keyDown(grid, { key: 'ArrowUp' });
    const active = document.getElementById(activeId());
    expect([active?.getAttribute('data-i'), active?.getAttribute('data-j')]).toEqual(['2', '1']);
    expect(reading.textContent).toMatch(/^x = 0.2, areal loading 1.2 mg\/cm²: /);
    fireEvent.keyDown(grid, { key: 'Enter' });
    expect(store.getState().inputs.xGe).toBeCloseTo(0.2, 12);
    expect(store.getState().inputs.loadingMgCm2).toBeCloseTo(1.2, 12);
    fireEvent.keyDown(grid, { key: 'End' });
    fireEvent.keyDown(grid, { key: 'PageUp' });
    fireEvent.keyDown(grid, { key: 'ArrowRight' }); // at the edge: stays
    const corner = document.getElementById(activeId());
    expect([corner?.getAttribute('data-i'), corner?.getAttribute('data-j')]).toEqual(['10', '5']);
  });

  it('says what the map was computed for, and when the settings have changed since', async () => {
    const { store } = renderSection();
    await computeCoarse();
    await untilComplete();
    expect(screen.getByTestId('map-computed-for').textContent).toMatch(
      /^Computed for 25 °C, particle radius 0.5 µm, porosity 0.2, separator Li6PS5Cl\.$/,
    );
    act(() => store.getState().setInput('xGe', 0.6));
    expect(screen.queryByTestId('map-stale')).toBeNull();
    act(() => store.getState().setInput('temperatureC', 40));
    expect(screen.getByTestId('map-stale').textContent).toMatch(/changed since — recompute/);
    act(() => store.getState().setInput('temperatureC', 25));
    expect(screen.queryByTestId('map-stale')).toBeNull();
  });

  it('marks cells without a value and clamped cells, and never writes NaN into the SVG', async () => {
    renderSection({
      ...QUICK_KINETICS,
      requestMapCells: async (request, cells) =>
        fakeMapCells(request, cells).map((c) => ({
          ...c,
          value: c.i === 0 && c.j > 2 ? null : c.value,
          clamped: c.i === 10,
        })),
    });
    await computeCoarse();
    await untilComplete();
    expect(chart().querySelectorAll('[data-state="empty"]')).toHaveLength(3);
    expect(screen.getByTestId('map-clamped').querySelectorAll('rect')).toHaveLength(6);
    const legend = screen.getByRole('list', { name: 'Legend: design map' });
    expect(legend.textContent).toContain('no value');
    expect(legend.textContent).toContain('nearest thickness simulated');
    expect(chart().outerHTML).not.toMatch(/NaN|Infinity/);
    fireEvent.mouseMove(chart().querySelector('[data-i="0"][data-j="4"]') as Element);
    expect(screen.getByTestId('map-reading').textContent).toMatch(/no value/);
  });
});
