// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createInProcessClient } from '../../src/client/modelClient';
import { DEFAULT_INPUTS } from '../../src/core/inputs';
import { carrierBalance } from '../../src/components/summary/carrierBalance';
import { contextResponse } from '../../src/components/summary/contextResponse';
import { QUICK_KINETICS } from '../support/kineticsFakes';
import { disposeClients, renderApp } from '../support/renderApp';

afterEach(() => {
  cleanup();
  disposeClients();
});

const summary = () => screen.getByTestId('screen-summary').textContent ?? '';

describe('the limiting carrier, by the conductivity figure’s rule', () => {
  it('is balanced within one decade, else the poorer carrier limits', () => {
    expect(carrierBalance(1e-4, 1e-5)).toBe('balanced');
    expect(carrierBalance(1e-5, 1e-4)).toBe('balanced');
    expect(carrierBalance(1e-6, 1e-4)).toBe('electron-poor');
    expect(carrierBalance(1e-3, 1e-5)).toBe('ion-poor');
  });

  it('speaks only when something is crossed', () => {
    expect(contextResponse('balanced', 'balanced', 0.13)).toBeNull();
    expect(contextResponse('electron-poor', 'balanced', 0.1)).toMatch(/^Balanced at x = 0.1/);
    expect(contextResponse('balanced', 'ion-poor', 0.3)).toMatch(/^Out of the balanced band/);
    expect(contextResponse('electron-poor', 'ion-poor', 1)).toBe(
      'Now ion-poor at x = 1: Li⁺ ions limit.',
    );
  });
});

describe('the screen in words', () => {
  it('names the composition, the limiting carrier, the band, σamb and the electrode figures', async () => {
    renderApp({}, createInProcessClient(), QUICK_KINETICS);
    // Both answers, the conductivity sweep's band and the electrode's figures.
    await waitFor(
      () => {
        expect(summary()).toMatch(/At 3 C the electrode keeps \d+ %/);
        expect(summary()).toMatch(/inside the balanced band \(x = 0\.\d\d–0\.\d\d\)/);
      },
      { timeout: 5000 },
    );
    expect(summary()).toMatch(/^Si₇Ge \(x = 0\.125\) at 25 °C is balanced: /);
    expect(summary()).toMatch(/σamb = [\d.]+ × 10⁻\S+ S\/cm/);
    expect(summary()).toMatch(/first-cycle efficiency is \d+ %/);
  });

  it('follows the inputs, and the x slider speaks its composition and balance', async () => {
    const { store } = renderApp(
      { inputs: { ...DEFAULT_INPUTS, xGe: 0 } },
      createInProcessClient(),
      QUICK_KINETICS,
    );
    const slider = screen.getByTestId('x-slider');
    expect(slider.getAttribute('aria-valuetext')).toBe('x = 0, Si, electron-poor');
    await waitFor(() => expect(summary()).toMatch(/^Si \(x = 0\) .* is electron-poor: /), {
      timeout: 5000,
    });
    expect(summary()).toContain('so electrons limit, outside the balanced band');
    act(() => store.getState().setInput('xGe', 0.6));
    expect(slider.getAttribute('aria-valuetext')).toBe('x = 0.6, ion-poor');
    await waitFor(() => expect(summary()).toMatch(/^Si₁₋ₓGeₓ with x = 0\.6 .* is ion-poor: /), {
      timeout: 5000,
    });
    fireEvent.change(slider, { target: { value: '0.125' } });
    expect(slider.getAttribute('aria-valuetext')).toBe('x = 0.125, Si₇Ge, balanced');
    // The other sliders: value and unit.
    expect(document.getElementById('slider-temperatureC')?.getAttribute('aria-valuetext')).toBe(
      '25 °C',
    );
  });

  it('announces entering the balanced band once, however many steps follow inside it', async () => {
    const { store } = renderApp(
      { inputs: { ...DEFAULT_INPUTS, xGe: 0 } },
      createInProcessClient(),
      QUICK_KINETICS,
    );
    const region = screen.getByTestId('announcer');
    const slider = screen.getByTestId('x-slider');
    let x = 0;
    // Arrow steps of 0.0025, from Si until well inside the band.
    while (x < 0.125) {
      x = Number((x + 0.0025).toFixed(4));
      fireEvent.change(slider, { target: { value: String(x) } });
    }
    expect(store.getState().inputs.xGe).toBe(0.125);
    const said = region.textContent ?? '';
    expect(said).toMatch(/^Balanced at x = 0\.\d+: σe and σi now lie within one decade\.$/);
    expect(store.getState().announcement?.seq).toBe(1);
  });
});
