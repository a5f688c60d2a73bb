// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createInProcessClient } from '../../src/client/modelClient';
import { QUICK_KINETICS } from '../support/kineticsFakes';
import { disposeClients, renderApp } from '../support/renderApp';

afterEach(() => {
  cleanup();
  disposeClients();
});

const chart = () => screen.findByTestId('dqdv-chart', {}, { timeout: 45_000 });

describe('the dQ/dV figure', { timeout: 90_000 }, () => {
  it('draws both branches of the first cycle and of each profile rate, with no NaN', async () => {
    renderApp({}, createInProcessClient(), QUICK_KINETICS);
    const svg = await chart();
    const paths = [...svg.querySelectorAll('path[data-series^="dqdv-"]')];
    // First cycle and three profile rates, two branches each.
    expect(paths).toHaveLength(8);
    for (const p of paths) {
      expect(p.getAttribute('d')).toMatch(/^M/);
      expect(p.getAttribute('d')).not.toMatch(/NaN/);
    }
    expect(svg.textContent).toContain('dQ/dV (mAh/g per V)');
    expect(screen.getByTestId('dqdv-peak-text').textContent).toMatch(/separation \d\.\d{3} V/);
    expect(screen.getByTestId('readout-peak-separation').textContent).toMatch(/\d\.\d{3} V/);
  });

  it('switches to dV/dQ against capacity, and re-bins when asked', async () => {
    renderApp({}, createInProcessClient(), QUICK_KINETICS);
    await chart();
    const controls = screen.getByTestId('dqdv-controls');
    fireEvent.click(within(controls).getByLabelText('dV/dQ'));
    await waitFor(() =>
      expect(screen.getByTestId('dqdv-chart').getAttribute('data-mode')).toBe('dVdQ'),
    );
    expect(screen.getByTestId('dqdv-chart').textContent).toContain('Capacity (mAh/g)');
    expect(screen.queryByTestId('dqdv-peak-lithiation')).toBeNull();
    fireEvent.change(screen.getByTestId('dqdv-bin'), { target: { value: '20' } });
    await waitFor(() => expect(screen.getByText(/averaged in 20 mV bins/)).toBeTruthy());
  });
});
