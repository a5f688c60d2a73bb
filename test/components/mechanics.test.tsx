// @vitest-environment jsdom
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createInProcessClient } from '../../src/client/modelClient';
import { theoreticalCapacity } from '../../src/core/composition';
import { DEFAULT_CHOICES, DEFAULT_INPUTS } from '../../src/core/inputs';
import { particleVolumeChange } from '../../src/core/mechanics';
import { fakeView, QUICK_KINETICS } from '../support/kineticsFakes';
import { disposeClients, renderApp } from '../support/renderApp';

afterEach(() => {
  cleanup();
  disposeClients();
});

const render = () => renderApp({}, createInProcessClient(), QUICK_KINETICS);

describe('the fracture band on the particle radius', () => {
  it('says in words which particles crack, and speaks the size with the slider', async () => {
    const { store } = render();
    const notice = screen.getByTestId('fracture-notice');
    // The default 0.5 µm radius is 1000 nm across: above both critical sizes.
    expect(notice.getAttribute('data-risk')).toBe('all');
    expect(notice.textContent).toContain('870 nm');
    expect(notice.textContent).toContain('keeps its particles whole');
    const slider = document.getElementById('slider-particleRadiusUm');
    expect(slider?.getAttribute('aria-valuetext')).toBe(
      '0.5 µm, 1000 nm across: cracks, even amorphous',
    );

    act(() => store.getState().setInput('particleRadiusUm', 0.2));
    expect(screen.getByTestId('fracture-notice').getAttribute('data-risk')).toBe('crystalline');
    act(() => store.getState().setInput('particleRadiusUm', 0.05));
    const small = screen.getByTestId('fracture-notice');
    expect(small.getAttribute('data-risk')).toBe('none');
    expect(small.textContent).not.toContain('keeps its particles whole');
    expect(slider?.getAttribute('aria-valuetext')).toBe('0.05 µm, 100 nm across: does not crack');
  });

  it('marks three zones whose widths follow the slider’s range', () => {
    render();
    const zones = [...screen.getByTestId('fracture-track').querySelectorAll('rect')];
    expect(zones.map((z) => z.getAttribute('class'))).toEqual([
      'fracture-zone fracture-none',
      'fracture-zone fracture-crystalline',
      'fracture-zone fracture-all',
    ]);
    const widths = zones.map((z) => Number.parseFloat(z.getAttribute('width') ?? 'NaN'));
    // 0.05–0.075, 0.075–0.435 and 0.435–10 µm of a 0.05–10 µm slider.
    expect(widths[0]).toBeCloseTo((100 * 0.025) / 9.95, 6);
    expect(widths[1]).toBeCloseTo((100 * 0.36) / 9.95, 6);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 6);
  });
});

describe('swelling in the kinetics readout', { timeout: 90_000 }, () => {
  it('gives the particle and layer swelling of the first lithiation shown', async () => {
    render();
    const particle = await screen.findByTestId(
      'readout-swelling-particle',
      {},
      { timeout: 45_000 },
    );
    // The fake answer inserts 2500 mAh/g at x = 0.125 with 3 % to the side reaction.
    const view = fakeView(DEFAULT_INPUTS, DEFAULT_CHOICES);
    const share = (view.inventory.inserted_mAh_per_g * 0.97) / theoreticalCapacity(0.125);
    const expected = Math.round(100 * share * particleVolumeChange(0.125));
    await waitFor(() => expect(particle.textContent).toContain(`+${expected} %`));
    const layer = screen.getByTestId('readout-swelling-electrode');
    const dv = share * particleVolumeChange(0.125);
    expect(layer.textContent).toContain(`+${Math.round(100 * (0.8 * (1 + dv) - 1))} %`);
    expect(layer.textContent).toContain('porosity 0.2');
  });
});
