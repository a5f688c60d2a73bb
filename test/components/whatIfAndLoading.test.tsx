// @vitest-environment jsdom
import { cleanup, configure, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createInProcessClient } from '../../src/client/modelClient';
import { compute } from '../../src/core/api';
import { DEFAULT_INPUTS } from '../../src/core/inputs';
import { formatScientific } from '../../src/format/number';
import { QUICK_KINETICS } from '../support/kineticsFakes';
import { disposeClients, renderApp } from '../support/renderApp';

afterEach(() => {
  cleanup();
  disposeClients();
});

// On a loaded machine an answer can take seconds to be drawn (deferred, behind the sweep):
// every wait in this file may take 15 s; these are waits, not timing assertions.
configure({ asyncUtilTimeout: 15_000 });

/** The kinetics section is a lazy chunk: the first import takes a while in a test. */
const kineticsLoaded = () =>
  screen.findByTestId('kinetics-readout-heading', {}, { timeout: 45_000 });
const renderWithQuickKinetics = () => renderApp({}, createInProcessClient(), QUICK_KINETICS);
const byId = (id: string) => document.getElementById(id) as HTMLInputElement;
const text = (testId: string) => screen.getByTestId(testId).textContent ?? '';
const kineticsCaption = () =>
  screen.getByTestId('kinetics-readout-heading').parentElement?.querySelector('caption')
    ?.textContent ?? '';
const propertiesCaption = () =>
  screen.getByTestId('readout-xGe').closest('table')?.querySelector('caption')?.textContent ?? '';

describe('what-if multipliers', { timeout: 90_000 }, () => {
  it('a log slider: Page Up from 1 gives 10, and every figure drawn with it says so', async () => {
    const { store } = renderWithQuickKinetics();
    await kineticsLoaded();
    await waitFor(() => expect(kineticsCaption()).toMatch(/electrode/));
    expect(screen.queryByTestId('conductivity-what-if')).toBeNull();
    expect(screen.queryByTestId('kinetics-what-if')).toBeNull();

    const slider = byId('slider-electronicScale');
    expect([slider.min, slider.max, slider.value]).toEqual(['-2', '2', '0']);
    expect(slider.getAttribute('aria-valuetext')).toBe('σe × 1 (as calibrated)');
    fireEvent.keyDown(slider, { key: 'PageUp' });
    expect(store.getState().inputs.electronicScale).toBe(10);
    expect(slider.value).toBe('1');
    expect(slider.getAttribute('aria-valuetext')).toBe('σe × 10 (what-if)');

    await waitFor(() => expect(text('conductivity-what-if')).toBe('what-if: σe ×10'));
    expect(screen.getByText(/what-if: σe ×10: not the fitted values/)).toBeTruthy();
    await waitFor(() => expect(text('kinetics-what-if')).toBe('what-if: σe ×10'));
    const scaled = compute({ ...DEFAULT_INPUTS, electronicScale: 10 }).properties;
    await waitFor(() =>
      expect(text('readout-sigmaElectronic_S_per_cm')).toContain(
        formatScientific(scaled.sigmaElectronic_S_per_cm),
      ),
    );

    // A drag of the slider lands on the tenth-of-a-decade grid, three digits.
    fireEvent.change(byId('slider-ionicScale'), { target: { value: '-0.3' } });
    expect(store.getState().inputs.ionicScale).toBe(0.501);
    await waitFor(() => expect(text('conductivity-what-if')).toBe('what-if: σe ×10, σi ×0.501'));

    await userEvent.click(screen.getByRole('button', { name: /^Reset to 1: σe/ }));
    await userEvent.click(screen.getByTestId('reset-ionicScale'));
    expect(store.getState().inputs).toMatchObject({ electronicScale: 1, ionicScale: 1 });
    await waitFor(() => expect(screen.queryByTestId('conductivity-what-if')).toBeNull());
  });
});

describe('the electrode set by its loading', { timeout: 90_000 }, () => {
  it('switching the basis shows the loading slider, the thickness beside it, both in the readouts', async () => {
    const { store } = renderWithQuickKinetics();
    await kineticsLoaded();
    expect(screen.getByTestId('input-thicknessUm')).toBeTruthy();
    expect(screen.queryByTestId('input-loadingMgCm2')).toBeNull();
    expect(text('electrode-following')).toBe('= 1.10 mg/cm²');
    await waitFor(() => expect(propertiesCaption()).toMatch(/electrode 5\.0 µm · 1\.10 mg\/cm²/));

    await userEvent.click(screen.getByRole('radio', { name: 'loading' }));
    expect(store.getState().choices.electrodeBasis).toBe('loading');
    // Choosing what to hold leaves the electrode as it was.
    expect(store.getState().inputs.loadingMgCm2).toBe(1.1);
    expect(screen.queryByTestId('input-thicknessUm')).toBeNull();
    const entry = screen.getByTestId('input-loadingMgCm2');
    expect(byId('slider-loadingMgCm2')).toBeTruthy();
    expect(text('electrode-following')).toBe('= 5.0 µm');

    await userEvent.clear(entry);
    await userEvent.type(entry, '2{Enter}');
    expect(text('electrode-following')).toBe('= 9.1 µm');
    await waitFor(() => expect(propertiesCaption()).toMatch(/electrode 9\.1 µm · 2\.00 mg\/cm²/));
    await waitFor(() => expect(kineticsCaption()).toMatch(/9\.1 µm · 2\.00 mg\/cm² electrode/));
    // Held by loading, the layer thins as x brings in the denser Ge.
    fireEvent.change(screen.getByTestId('x-slider'), { target: { value: '1' } });
    expect(text('electrode-following')).toBe('= 4.7 µm');
    expect(text('electrode-notice')).toBe('');

    await userEvent.clear(entry);
    await userEvent.type(entry, '0.1{Enter}');
    expect(text('electrode-notice')).toMatch(/needs a 0\.235 µm layer.*simulates 2 µm/);
    await waitFor(() => expect(text('kinetics-notes')).toMatch(/Please note.*simulates 2 µm/));
    await waitFor(() => expect(kineticsCaption()).toMatch(/2\.0 µm · 0\.85 mg\/cm² electrode/));
  });
});
