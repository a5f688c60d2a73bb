// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createCellDataClient,
  createInPageCellDataEndpoint,
  type CellDataClient,
} from '../../src/client/cellDataClient';
import { CellDataPanel } from '../../src/components/cellData/CellDataPanel';
import { CellDataError, MAX_FILE_BYTES } from '../../src/core/cellData';
import { StoreContext } from '../../src/state/context';
import { createAppStore } from '../../src/state/store';
import { catchDownloads } from '../support/catchDownloads';
import { fixtureFile as fileOf } from '../support/cellDataFakes';
import { deferred, type Deferred } from '../support/fakes';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const inPage = () => createCellDataClient({ createEndpoint: createInPageCellDataEndpoint });

function renderPanel(client: CellDataClient = inPage()) {
  const store = createAppStore();
  const user = userEvent.setup();
  render(
    <StoreContext.Provider value={store}>
      <CellDataPanel client={client} />
    </StoreContext.Provider>,
  );
  return { store, user };
}

const fileInput = () => screen.getByLabelText('Cycler file') as HTMLInputElement;
const massInput = () => screen.getByLabelText('Active mass (mg, optional)');
const importButton = () => screen.getByRole('button', { name: 'Import' });
const alertText = () => screen.getByRole('alert').textContent;

async function importFixture(user: ReturnType<typeof userEvent.setup>, name: string, mass = '') {
  await user.upload(fileInput(), fileOf(name));
  if (mass) await user.type(massInput(), mass);
  await user.click(importButton());
}

describe('the cell-data panel', () => {
  it('imports an Arbin file with its mass: format in words, listed with mass and cycles', async () => {
    const { store, user } = renderPanel();
    await importFixture(user, 'arbin.csv', '0.02');
    await screen.findByTestId('cell-outcome');
    expect(screen.getByTestId('cell-outcome').textContent).toBe(
      'Imported arbin.csv: detected Arbin CSV, 2 cycles.',
    );
    const [set] = store.getState().cellSets;
    expect(set).toMatchObject({ fileName: 'arbin.csv', mass_mg: 0.02, visible: true });
    expect(set?.data.series[0]?.capacity_mAh_per_g?.at(-1)).toBeCloseTo(2500, 6);
    const item = screen.getByTestId('cell-set');
    expect(item.textContent).toContain('arbin.csv');
    expect(item.textContent).toContain('0.02 mg');
    expect(item.textContent).toContain('Arbin CSV · 2 cycles');
    // The form is ready for the next file.
    expect(fileInput().value).toBe('');
    expect(alertText()).toBe('');
  });

  it('asks for the columns of a generic table, the guess preselected and a unit where the header has none', async () => {
    const { store, user } = renderPanel();
    await importFixture(user, 'generic.tsv', '0.02');
    const step = await screen.findByTestId('cell-mapping');
    expect(screen.getByTestId('cell-detected').textContent).toBe(
      'Detected: Generic table (separated by tabs). Choose its columns, then Import.',
    );
    const select = (name: string) => within(step).getByLabelText(name) as HTMLSelectElement;
    expect(select('Voltage').value).toBe('Potential/mV');
    expect(select('Capacity').value).toBe('Capacity');
    expect(select('Cycle number').value).toBe('Cycle');
    expect(select('Current').value).toBe('');
    // "Potential/mV" says its unit, "Capacity" does not: only the latter asks.
    expect(within(step).queryByLabelText('Voltage unit')).toBeNull();
    expect(select('Capacity unit').value).toBe('mAh');
    expect(store.getState().cellSets).toHaveLength(0);

    await user.selectOptions(select('Capacity unit'), 'Ah');
    await user.click(importButton());
    await screen.findByTestId('cell-outcome');
    expect(screen.queryByTestId('cell-mapping')).toBeNull();
    const [set] = store.getState().cellSets;
    expect(set?.data.format).toBe('generic');
    // 0.05 Ah lithiated into 0.02 mg: the chosen unit was applied.
    expect(set?.data.series[0]?.capacity_mAh.at(-1)).toBeCloseTo(50, 9);
  });

  it('keeps the mapping step up when the mapped file cannot be read, and says where', async () => {
    const { store, user } = renderPanel();
    await importFixture(user, 'mixed_separators.csv');
    await screen.findByTestId('cell-mapping');
    await user.click(importButton());
    await waitFor(() =>
      expect(alertText()).toBe(
        'Line 5 is separated by semicolons, but the header (line 1) by commas.',
      ),
    );
    expect(screen.getByTestId('cell-mapping')).toBeTruthy();
    expect(store.getState().cellSets).toHaveLength(0);
  });

  it('shows a bad cell’s line and column in the alert region, and imports nothing', async () => {
    const { store, user } = renderPanel();
    await importFixture(user, 'arbin_bad_cell.csv', '1');
    await waitFor(() =>
      expect(alertText()).toBe("Line 14, column 'Voltage(V)': 'abc' is not a number."),
    );
    expect(store.getState().cellSets).toHaveLength(0);
  });

  it('refuses a file over 50 MB as soon as it is chosen', async () => {
    const { user } = renderPanel();
    const huge = fileOf('arbin.csv');
    Object.defineProperty(huge, 'size', { value: MAX_FILE_BYTES + 1024 * 1024 });
    const read = vi.spyOn(huge, 'arrayBuffer');
    await user.upload(fileInput(), huge);
    expect(alertText()).toMatch(/^The file is 51 MB; the limit is 50 MB\./);
    expect(read).not.toHaveBeenCalled();
  });

  it('says what a missing mass means, and refuses one that is not a number', async () => {
    const { store, user } = renderPanel();
    await user.click(importButton());
    expect(alertText()).toBe('Choose a file to import first.');
    expect(screen.getByTestId('cell-mass-hint').textContent).toMatch(
      /voltage-profile and dQ\/dV figures need it/,
    );
    await user.upload(fileInput(), fileOf('arbin.csv'));
    await user.type(massInput(), 'heavy');
    expect(massInput().getAttribute('aria-invalid')).toBe('true');
    await user.click(importButton());
    expect(alertText()).toMatch(/positive number of mg/);
    expect(store.getState().cellSets).toHaveLength(0);

    await user.clear(massInput());
    await user.click(importButton());
    await screen.findByTestId('cell-outcome');
    const item = screen.getByTestId('cell-set');
    expect(item.textContent).toContain('no mass');
    expect(item.textContent).toContain('cannot draw it per gram');
  });

  it('shows progress with Cancel while parsing; Cancel ends the import', async () => {
    let answer: Deferred<never> | null = null;
    const client: CellDataClient = {
      parse: (_file, _request, onProgress) => {
        const held = deferred<never>();
        answer = held;
        onProgress?.(0.4);
        return held.promise;
      },
      // Choosing a file cancels too: only a parse under way is rejected.
      cancel: () => answer?.reject(new CellDataError('aborted', 'Import cancelled.')),
      inPage: false,
      dispose: () => {},
    };
    const { store, user } = renderPanel(client);
    await importFixture(user, 'arbin.csv');
    const bar = await screen.findByRole('progressbar');
    expect(bar.getAttribute('value')).toBe('0.4');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
    expect(screen.getByText('Import cancelled.')).toBeTruthy();
    expect(alertText()).toBe('');
    expect(store.getState().cellSets).toHaveLength(0);
  });

  it('takes the progress bar away once parsed, even when a progress report comes late', async () => {
    let late: ((fraction: number) => void) | undefined;
    const real = inPage();
    const client: CellDataClient = {
      ...real,
      parse: async (file, request, onProgress) => {
        late = onProgress;
        return real.parse(file, request);
      },
    };
    const { store, user } = renderPanel(client);
    await importFixture(user, 'arbin.csv', '0.02');
    await screen.findByTestId('cell-outcome');
    act(() => late?.(1));
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(fileInput().disabled).toBe(false);
    expect(store.getState().cellSets).toHaveLength(1);
  });

  it('imports its own tidy CSV back, with the mass the file remembers', async () => {
    const { store, user } = renderPanel();
    await importFixture(user, 'arbin.csv', '0.02');
    await screen.findByTestId('cell-outcome');
    const saved = catchDownloads();
    await user.click(screen.getByRole('button', { name: 'Download tidy CSV of arbin.csv' }));
    const tidy = new File([await saved[0]!.blob.text()], 'arbin_tidy.csv', { type: 'text/csv' });
    vi.restoreAllMocks();

    await user.clear(massInput());
    await user.upload(fileInput(), tidy);
    await user.click(importButton());
    await waitFor(() => expect(store.getState().cellSets).toHaveLength(2));
    const [first, again] = store.getState().cellSets;
    expect(again).toMatchObject({ fileName: 'arbin_tidy.csv', mass_mg: 0.02 });
    expect(again?.data.format).toBe('tidy');
    // The same curves, to the tidy file's significant digits.
    const curves = (s: typeof first) =>
      s?.data.series.map(({ kind, cycle, voltage_V, capacity_mAh_per_g }) => ({
        kind,
        cycle,
        voltage_V,
        perGram: capacity_mAh_per_g?.map((v) => Number(v.toPrecision(9))),
      }));
    expect(curves(again)).toEqual(curves(first));
    expect(screen.getByTestId('cell-outcome').textContent).toMatch(
      /detected SiGe Explorer tidy CSV/,
    );
  });

  it('toggles, saves and removes a set from the keyboard; focus stays in the list', async () => {
    const { store, user } = renderPanel();
    await importFixture(user, 'arbin.csv', '0.02');
    await screen.findByTestId('cell-outcome');
    await importFixture(user, 'rate_table.csv');
    await waitFor(() => expect(store.getState().cellSets).toHaveLength(2));

    const show = screen.getByRole('checkbox', { name: 'Show arbin.csv on the figures' });
    show.focus();
    await user.keyboard(' ');
    expect(store.getState().cellSets[0]?.visible).toBe(false);

    const saved = catchDownloads();
    screen.getByRole('button', { name: 'Download tidy CSV of arbin.csv' }).focus();
    await user.keyboard('{Enter}');
    expect(saved[0]?.name).toBe('arbin_tidy.csv');
    const text = await saved[0]?.blob.text();
    expect(text).toMatch(/^# SiGe Explorer tidy CSV/);
    expect(text).toContain('capacity_mAh_per_g');

    screen.getByRole('button', { name: 'Remove arbin.csv' }).focus();
    await user.keyboard('{Enter}');
    expect(store.getState().cellSets.map((s) => s.fileName)).toEqual(['rate_table.csv']);
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Remove rate_table.csv');
    await user.keyboard('{Enter}');
    expect(store.getState().cellSets).toHaveLength(0);
    // The last one gone, focus goes to the file input, ready for another.
    expect(document.activeElement).toBe(fileInput());
    await act(async () => {});
    expect(screen.getByText('No data imported yet.')).toBeTruthy();
  });
});
