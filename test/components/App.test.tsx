// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createInProcessClient, type ModelClient } from '../../src/client/modelClient';
import { compute } from '../../src/core/api';
import { DEFAULT_INPUTS } from '../../src/core/inputs';
import { formatFixed, formatScientific } from '../../src/format/number';
import { withX } from '../support/fakes';
import { disposeClients, renderApp } from '../support/renderApp';

afterEach(() => {
  cleanup();
  disposeClients();
});

const readout = (key: string) => screen.getByTestId(`readout-${key}`);
const marker = () => screen.getByTestId('current-x-marker');
const chart = () => screen.getByTestId('conductivity-chart');

/** Waits until the drawn result belongs to composition x. */
async function waitForX(x: number) {
  await waitFor(() => expect(marker().getAttribute('data-x')).toBe(String(x)));
}

/** Waits for the properties table: its code is a chunk of its own, fetched after the figure. */
const waitForReadouts = () => screen.findByTestId('readout-xGe');

describe('App: first render', () => {
  it('draws the default composition with curves, ten measured points and balanced shading', async () => {
    renderApp();
    await waitForX(DEFAULT_INPUTS.xGe);
    expect(chart().getAttribute('data-rendered-x')).toBe('0.125');
    // A group, not an img: an img's children (the focusable measured points) would be
    // hidden from screen readers.
    expect(chart().getAttribute('role')).toBe('group');
    expect(screen.getAllByTestId('measured-point')[0]?.getAttribute('aria-label')).toMatch(
      /LiXia2025/,
    );
    for (const series of ['electronic', 'ionic', 'ambipolar']) {
      const path = chart().querySelector(`path[data-series="${series}"]`);
      expect(path?.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);
    }
    expect(chart().outerHTML).not.toContain('NaN');
    expect(screen.getAllByTestId('measured-point')).toHaveLength(10);
    expect(screen.getAllByTestId('balanced-region').length).toBeGreaterThan(0);
    expect(chart().textContent).toContain('balanced (within 1 decade)');
    expect(screen.getByTestId('model-status').textContent).toMatch(/ready/);
  });

  it('shows every readout with its value and unit', async () => {
    renderApp();
    await waitForX(DEFAULT_INPUTS.xGe);
    await waitForReadouts();
    const expected = compute(DEFAULT_INPUTS).properties;
    expect(readout('sigmaElectronic_S_per_cm').textContent).toContain(
      `${formatScientific(expected.sigmaElectronic_S_per_cm)} S/cm`,
    );
    expect(readout('latticeConstant_A').textContent).toContain('Å');
    expect(readout('tauParticle_s').textContent).toMatch(/ s.*≈ 9\.2 min/);
    for (const key of Object.keys(expected)) expect(readout(key)).toBeTruthy();
  });
});

describe('App: composition controls', () => {
  it('moving the slider updates the marker, σe and the lattice constant', async () => {
    renderApp();
    await waitForX(0.125);
    await waitForReadouts();
    const sigmaBefore = readout('sigmaElectronic_S_per_cm').textContent;
    const latticeBefore = readout('latticeConstant_A').textContent;
    fireEvent.change(screen.getByTestId('x-slider'), { target: { value: '0.5' } });
    await waitForX(0.5);
    expect(chart().getAttribute('data-rendered-x')).toBe('0.5');
    const expected = compute(withX(0.5)).properties;
    // The table follows at a few hertz (it is throttled so a drag stays smooth).
    await waitFor(() =>
      expect(readout('latticeConstant_A').textContent).toContain(
        formatFixed(expected.latticeConstant_A, 4),
      ),
    );
    expect(readout('sigmaElectronic_S_per_cm').textContent).not.toBe(sigmaBefore);
    expect(readout('latticeConstant_A').textContent).not.toBe(latticeBefore);
  });

  it('Page Up moves the slider by 0.05', async () => {
    renderApp();
    await waitForX(0.125);
    fireEvent.keyDown(screen.getByTestId('x-slider'), { key: 'PageUp' });
    await waitForX(0.175);
  });

  it('a preset sets x and is the only pressed preset', async () => {
    renderApp();
    await waitForX(0.125);
    expect(screen.getByTestId('preset-Si7Ge').getAttribute('aria-pressed')).toBe('true');
    await userEvent.click(screen.getByRole('button', { name: /^Ge \(x = 1\)/ }));
    await waitForX(1);
    expect(screen.getByTestId('preset-Ge').getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('preset-Si7Ge').getAttribute('aria-pressed')).toBe('false');
    expect(readout('latticeConstant_A').textContent).toContain(
      formatFixed(compute(withX(1)).properties.latticeConstant_A, 4),
    );
    expect(screen.getByTestId('preset-Si15Ge').textContent).toBe('Si15Ge');
  });

  it('a typed valid value commits on Enter', async () => {
    renderApp();
    await waitForX(0.125);
    const entry = screen.getByTestId('x-number');
    await userEvent.clear(entry);
    await userEvent.type(entry, '0.2{Enter}');
    await waitForX(0.2);
    expect((screen.getByTestId('x-slider') as HTMLInputElement).value).toBe('0.2');
  });

  it('typed invalid text shows a message, keeps the text and changes nothing', async () => {
    const { store } = renderApp();
    await waitForX(0.125);
    const entry = screen.getByLabelText('Ge fraction x, typed value') as HTMLInputElement;
    expect(entry).toBe(screen.getByTestId('x-number'));
    await userEvent.clear(entry);
    await userEvent.type(entry, 'abc{Enter}');
    expect(entry.value).toBe('abc');
    expect(entry.getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById(entry.getAttribute('aria-describedby')!.split(' ')[1]!);
    expect(message?.textContent).toMatch(/"abc" is not a number/);
    await userEvent.tab(); // blur must not lose the text either
    expect(entry.value).toBe('abc');
    expect(store.getState().inputs.xGe).toBe(0.125);

    await userEvent.clear(entry);
    await userEvent.type(entry, '1.5{Enter}');
    expect(entry.value).toBe('1.5');
    expect(screen.getByText(/1\.5 is outside 0–1/)).toBeTruthy();

    await userEvent.type(entry, '{Escape}');
    expect(entry.value).toBe('0.125');
    expect(entry.getAttribute('aria-invalid')).toBeNull();
  });
});

describe('App: settings', () => {
  it('a typed temperature changes the temperature readout and the curves', async () => {
    renderApp();
    await waitForX(0.125);
    const pathBefore = chart().querySelector('path[data-series="ionic"]')?.getAttribute('d');
    const entry = screen.getByTestId('input-temperatureC');
    await userEvent.clear(entry);
    await userEvent.type(entry, '60{Enter}');
    await waitFor(() => expect(readout('temperature_K').textContent).toContain('333.15 K'));
    expect(chart().querySelector('path[data-series="ionic"]')?.getAttribute('d')).not.toBe(
      pathBefore,
    );
  });

  it('arrow keys step a typed setting', async () => {
    const { store } = renderApp();
    fireEvent.keyDown(screen.getByTestId('input-thicknessUm'), { key: 'ArrowUp' });
    expect(store.getState().inputs.thicknessUm).toBe(DEFAULT_INPUTS.thicknessUm + 1);
  });
});

describe('App: measured points', () => {
  it('shows a tooltip with value, model, error and source on focus and on hover', async () => {
    renderApp();
    await waitForX(0.125);
    const point = screen
      .getAllByTestId('measured-point')
      .find((p) => p.getAttribute('data-composition') === 'Si7Ge');
    expect(point?.getAttribute('tabindex')).toBe('0');
    expect(point?.getAttribute('aria-label')).toMatch(/3\.4 × 10⁻⁵ S\/cm at Si₇Ge \(x = 0\.125\)/);
    fireEvent.focus(point!);
    const tooltip = screen.getByRole('tooltip');
    expect(point?.getAttribute('aria-describedby')).toBe(tooltip.id);
    expect(tooltip.textContent).toMatch(/3\.4 × 10⁻⁵ S\/cm/);
    expect(tooltip.textContent).toMatch(/−0\.058/);
    expect(tooltip.textContent).toMatch(/LiXia2025/);
    expect(tooltip.textContent).toMatch(/Adv\. Energy Mater\./);
    fireEvent.blur(point!);
    expect(screen.queryByRole('tooltip')).toBeNull();
    fireEvent.mouseEnter(point!);
    expect(screen.getByRole('tooltip')).toBeTruthy();
    fireEvent.keyDown(point!, { key: 'Escape' });
    expect(screen.queryByRole('tooltip')).toBeNull();
  });
});

describe('App: alerts', () => {
  it('shows link notices in an alert that can be dismissed', async () => {
    renderApp({ notices: ['Ge fraction x: "abc" is not a number. Using the default, 0.125.'] });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/"abc" is not a number/);
    await userEvent.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('reports a model failure and recovers with "Try again"', async () => {
    const inner = createInProcessClient();
    let calls = 0;
    const client: ModelClient = {
      request: (inputs) =>
        ++calls === 1 ? Promise.reject(new Error('The worker crashed.')) : inner.request(inputs),
      dispose: () => inner.dispose(),
    };
    renderApp({}, client);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/The worker crashed\./);
    expect(screen.getByTestId('model-status').getAttribute('data-status')).toBe('error');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitForX(0.125);
    expect(screen.getByTestId('model-status').textContent).toMatch(/ready/);
  });
});
