// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StoreContext } from '../../src/state/context';
import { createAppStore } from '../../src/state/store';
import { CALIBRATED_PARAMS } from '../../src/core/params';
import { refitSetFromJson } from '../../src/core/refit';
import { RefitBanner } from '../../src/components/refit/RefitBanner';
import { CellDataPanel } from '../../src/components/cellData/CellDataPanel';
import { ModelVsExperiment } from '../../src/components/modelFit/ModelVsExperiment';
import * as refitClient from '../../src/client/refitClient';
import * as cellDataClient from '../../src/client/cellDataClient';
import { catchDownloads } from '../support/catchDownloads';
import { cyclerFixture, parsedFixture } from '../support/cellDataFakes';
import { deferred } from '../support/fakes';

const { createInPageRefitEndpoint, createRefitClient } = refitClient;
type RefitClient = refitClient.RefitClient;

afterEach(cleanup);
afterEach(() => vi.restoreAllMocks());

/** The panel, Model vs experiment and the banner over the figures, on one store. */
function renderPage(
  refitClient: RefitClient = createRefitClient({ createEndpoint: createInPageRefitEndpoint }),
) {
  const store = createAppStore();
  const cellClient = cellDataClient.createCellDataClient({
    createEndpoint: cellDataClient.createInPageCellDataEndpoint,
  });
  const user = userEvent.setup();
  render(
    <StoreContext.Provider value={store}>
      <RefitBanner />
      <CellDataPanel client={cellClient} refitClient={refitClient} />
      <ModelVsExperiment />
    </StoreContext.Provider>,
  );
  act(() => {
    // Without a mass, a cycler file's first cycle has no capacity per gram: nothing to fit.
    store.getState().addCellSet({ fileName: 'arbin.csv', data: parsedFixture('arbin.csv') });
    store.getState().addCellSet({
      fileName: 'refit_rate_table.csv',
      data: parsedFixture('refit_rate_table.csv'),
    });
  });
  return { store, user };
}

const panel = () => within(screen.getByTestId('refit-panel'));
const q1hBox = () => panel().getByRole('checkbox', { name: /q₁ₕ side-reaction film/ });
const refitButton = () => panel().getByRole('button', { name: 'Refit' });
const errorText = () => screen.getByTestId('refit-error').textContent;
const banner = () => screen.queryByTestId('refit-banner');

async function refitQ1h(user: ReturnType<typeof userEvent.setup>) {
  await user.click(q1hBox());
  await user.click(refitButton());
  await screen.findByTestId('refit-results', {}, { timeout: 15_000 });
}

describe('the refit panel', () => {
  it('says why a set cannot be used, and refuses a refit with nothing ticked', async () => {
    const { user } = renderPage();
    const arbin = panel().getByRole('radio', { name: 'arbin.csv' }) as HTMLInputElement;
    const table = panel().getByRole('radio', { name: 'refit_rate_table.csv' }) as HTMLInputElement;
    expect(arbin.disabled).toBe(true);
    expect(arbin.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(arbin.getAttribute('aria-describedby')!)?.textContent).toMatch(
      /^Cannot be used\. Nothing to fit: .*\(give the active mass\)\.$/,
    );
    expect(table.checked).toBe(true);
    await user.click(refitButton());
    expect(errorText()).toBe('Tick at least one parameter to refit.');
    // Every parameter by symbol, name and unit.
    expect(
      panel()
        .getAllByRole('checkbox')
        .map((b) => b.parentElement?.textContent),
    ).toContain('Γi σi gain from pristine to lithiated (decades)');
  });

  it('refits, shows value ± σ with a not-pinned note, the residuals under "Your cell", applies and goes back', async () => {
    const { store, user } = renderPage();
    expect(screen.queryByTestId('your-cell')).toBeNull();
    await user.click(q1hBox());
    await user.click(refitButton());
    // Progress while it runs, then gone.
    expect(screen.getByTestId('refit-progress')).toBeTruthy();
    await screen.findByTestId('refit-results', {}, { timeout: 15_000 });
    expect(screen.queryByTestId('refit-progress')).toBeNull();
    expect(screen.getByTestId('refit-summary').textContent).toMatch(
      /^Done: refit to refit_rate_table\.csv, \d+ evaluations of the model\.$/,
    );

    const row = screen.getByTestId('refit-row');
    expect(row.dataset.pinned).toBe('false');
    expect(row.textContent).toMatch(
      /^q₁ₕ side-reaction film.*−0\.0\d+ ± [\d,]+ log₁₀ C\/cm²not pinned$/,
    );
    const note = panel().getByRole('note');
    expect(note.textContent).toMatch(/The data cannot pin q1h .*more than half its range/);

    const yourCell = within(screen.getByTestId('your-cell'));
    expect(yourCell.getByRole('heading', { name: 'Your cell' })).toBeTruthy();
    const rows = yourCell.getAllByTestId('your-cell-row').map((r) => r.textContent);
    expect(rows).toHaveLength(3);
    // The fixture's 0.2 C capacity as the page prints it (scripts/refit-fixture.ts writes it).
    const table = new TextDecoder().decode(cyclerFixture('refit_rate_table.csv'));
    const at02 = Number(/^0\.2,([\d.]+)$/m.exec(table)?.[1]);
    const printed = at02.toLocaleString('en-US', { minimumFractionDigits: 1 }).replace('.', '\\.');
    expect(rows[0]).toMatch(
      new RegExp(`^capacity at 0\\.2\\sC${printed}[\\d,.]+[−+]?\\d+\\.\\d\\d %$`),
    );

    await user.click(
      panel().getByRole('button', { name: 'Draw the figures with these parameters' }),
    );
    const shown = store.getState().refit!;
    expect(store.getState().kineticOverride).toBe(shown.params);
    expect(banner()?.textContent).toMatch(
      /^Figures use your refit parameters \(refit to refit_rate_table\.csv: q₁ₕ = −0\.0\d+ log₁₀ C\/cm²\)/,
    );
    expect(store.getState().announcement?.text).toMatch(/redrawn with your parameters/);

    await user.click(
      within(banner()!).getByRole('button', { name: 'Back to the published calibration' }),
    );
    expect(banner()).toBeNull();
    expect(store.getState().kineticOverride).toBeNull();
    expect(store.getState().announcement?.text).toBe(
      'The electrode figures are back to the published calibration.',
    );
    // The result stays, to apply again.
    expect(screen.getByTestId('refit-results')).toBeTruthy();
  });

  it('saves the parameters as JSON and loads them back, applicable like a fresh refit', async () => {
    const saved = catchDownloads();
    const { store, user } = renderPage();
    await refitQ1h(user);
    const fresh = store.getState().refit!;
    await user.click(panel().getByRole('button', { name: 'Save parameters (JSON)' }));
    expect(saved.map((s) => s.name)).toEqual(['refit_rate_table_refit.json']);
    const text = await saved[0]!.blob.text();
    const file = refitSetFromJson(text);
    expect(file.params).toEqual(fresh.params);
    expect(file.meta).toMatchObject({ dataFile: 'refit_rate_table.csv', 'input.xGe': 0.125 });

    await user.upload(
      panel().getByLabelText(/^Load parameters…/),
      new File([text], 'mine.json', { type: 'application/json' }),
    );
    await waitFor(() =>
      expect(screen.getByTestId('refit-summary').textContent).toBe(
        'Parameters loaded from mine.json.',
      ),
    );
    expect(store.getState().refit?.params).toEqual(fresh.params);
    expect(panel().getByRole('note').textContent).toMatch(/The data cannot pin q1h/);
    expect(screen.getAllByTestId('your-cell-row')).toHaveLength(3);
    await user.click(
      panel().getByRole('button', { name: 'Draw the figures with these parameters' }),
    );
    expect(store.getState().kineticOverride).toEqual(fresh.params);
    expect(banner()?.textContent).toMatch(/loaded from mine\.json/);
  });

  it('says what is wrong with a file that is not a parameter set, and keeps what was shown', async () => {
    const { store, user } = renderPage();
    const load = panel().getByLabelText(/^Load parameters…/);
    await user.upload(load, new File(['{"params": '], 'broken.json'));
    await waitFor(() =>
      expect(errorText()).toMatch(/^broken\.json: The refit parameter set is not valid JSON: /),
    );
    await user.upload(load, new File(['{"format": "other"}'], 'other.json'));
    await waitFor(() =>
      expect(errorText()).toBe(
        'other.json: This is not a SiGe Explorer refit parameter set (it needs "format": "sige-explorer-refit").',
      ),
    );
    expect(store.getState().refit).toBeNull();
    expect(screen.queryByTestId('refit-results')).toBeNull();
  });

  it('on Cancel shows the best point so far, stopped, without uncertainty', async () => {
    const answer = deferred<never>();
    let report: (p: refitClient.RefitProgress) => void = () => {};
    let first = true;
    const client = createRefitClient({
      // A worker that reports and never finishes; after it, the page evaluates the best point.
      createEndpoint: (): refitClient.RefitEndpoint => {
        if (!first) return createInPageRefitEndpoint();
        first = false;
        return {
          run: (_, onProgress) => {
            report = onProgress!;
            return answer.promise;
          },
          onCrash: () => {},
          terminate: () => {},
        };
      },
    });
    const { user } = renderPage(client);
    await user.click(q1hBox());
    await user.click(refitButton());
    expect(screen.getByTestId('refit-progress').textContent).toMatch(/Starting the model…/);
    const best = { ...CALIBRATED_PARAMS.kinetics, log10SideFilm1h_C_per_cm2: -1 };
    act(() => report({ evaluations: 7, budget: 102, score: 2, best }));
    const bar = screen.getByRole('progressbar') as HTMLProgressElement;
    expect([bar.value, bar.max]).toEqual([7, 102]);
    expect(screen.getByTestId('refit-progress').textContent).toMatch(
      /Refitting: 7 of at most 102 model evaluations/,
    );
    await user.click(screen.getByRole('button', { name: 'Cancel the refit' }));
    await screen.findByTestId('refit-results', {}, { timeout: 15_000 });
    expect(screen.getByTestId('refit-summary').textContent).toBe(
      'Stopped: best so far after 7 evaluations, no uncertainty (refit to refit_rate_table.csv).',
    );
    expect(screen.getByTestId('refit-row').textContent).toMatch(/−1 log₁₀ C\/cm², no uncertainty/);
    expect(screen.getAllByTestId('your-cell-row')).toHaveLength(3);
  });
});
