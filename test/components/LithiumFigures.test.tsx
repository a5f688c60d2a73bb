// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FullCellRateChart } from '../../src/charts/fullCell/FullCellRateChart';
import { FullCellVoltageChart } from '../../src/charts/fullCell/FullCellVoltageChart';
import { InventoryBar } from '../../src/charts/inventory/InventoryBar';
import { InventoryChart } from '../../src/charts/inventory/InventoryChart';
import { lossSentence } from '../../src/charts/inventory/lossSentence';
import { roundToTotal, sharesOfModel } from '../../src/charts/inventory/shares';
import { spreadLabels } from '../../src/charts/kit/spreadLabels';
import { DEFAULT_CHOICES, DEFAULT_INPUTS } from '../../src/core/inputs';
import type { LiInventory } from '../../src/core/kinetics/inventory';
import { LI_INVENTORY_AFTER_FIRST_CYCLE } from '../../src/data/measurements';
import { formatFixed } from '../../src/format/number';
import { formulaOf } from '../../src/format/formula';
import { fakeRetention, fakeView } from '../support/kineticsFakes';

afterEach(cleanup);

const SIZE = { width: 520, height: 320 };

/** An inventory with the given RA/QA/I split (the model's numbers are being refitted). */
function inventory(reversible: number, quasi: number, inactive: number, side = inactive) {
  return {
    inserted_mAh_per_g: 2000,
    reversible_percent: reversible,
    quasiReversible_percent: quasi,
    inactive_percent: inactive,
    sideReaction_percent: side,
    ice_percent: reversible,
  } satisfies LiInventory;
}

const printedShares = () =>
  screen.getAllByTestId('inventory-share').map((t) => Number(t.getAttribute('data-value')));

const labelYs = () =>
  screen.getAllByTestId('inventory-share').map((t) => Number(t.getAttribute('y')));

function expectFinite(svg: Element) {
  expect(svg.outerHTML).not.toMatch(/NaN|Infinity/);
}

describe('InventoryBar', () => {
  it.each([
    ['a balanced split', inventory(80, 9, 11)],
    ['shares that do not round to 100', inventory(100 / 3, 100 / 3, 100 / 3)],
    ['two slivers', inventory(99.1, 0.44, 0.46)],
    ['nothing recovered', inventory(0, 0, 100)],
  ])('writes the three shares beside the bar, summing to 100, without overlap: %s', (_, inv) => {
    render(
      <InventoryBar shares={sharesOfModel(0.3, inv)} floor={0} renderedKey="b" aligned {...SIZE} />,
    );
    const svg = screen.getByTestId('inventory-bar');
    const names = screen.getAllByTestId('inventory-share').map((t) => t.getAttribute('data-share'));
    expect(names).toEqual(['inactive', 'quasiReversible', 'reversible']);
    const shares = printedShares();
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 9);
    // Each printed share is its own value to the printed precision (±0.1 when rounded to fit).
    const wanted = [inv.inactive_percent, inv.quasiReversible_percent, inv.reversible_percent];
    shares.forEach((v, i) => expect(Math.abs(v - wanted[i]!)).toBeLessThanOrEqual(0.1 + 1e-9));
    const ys = labelYs();
    ys.slice(1).forEach((y, i) => expect(y - ys[i]!).toBeGreaterThanOrEqual(16));
    expect(svg.querySelectorAll('rect[data-share]')).toHaveLength(3);
    expect(svg.querySelector('desc')?.textContent).toMatch(/I-Li .* %, QA-Li .* %, RA-Li .* %/);
    expectFinite(svg);
  });

  it('marks a share axis that does not start at 0 with a break', () => {
    render(
      <InventoryBar
        shares={sharesOfModel(0, inventory(90, 4, 6))}
        floor={70}
        renderedKey="b"
        aligned
        {...SIZE}
      />,
    );
    const svg = screen.getByTestId('inventory-bar');
    expect(svg.querySelector('.axis-break')).not.toBeNull();
    expect(printedShares().reduce((a, b) => a + b, 0)).toBeCloseTo(100, 9);
    expectFinite(svg);
  });

  it('draws NaN-free for non-finite shares', () => {
    render(
      <InventoryBar
        shares={sharesOfModel(0.5, inventory(Number.NaN, Number.POSITIVE_INFINITY, 5))}
        floor={0}
        renderedKey="b"
        aligned={false}
        {...SIZE}
      />,
    );
    expectFinite(screen.getByTestId('inventory-bar'));
  });
});

describe('roundToTotal and spreadLabels', () => {
  it('rounds so the printed numbers add up to the total exactly', () => {
    for (const values of [
      [33.333, 33.333, 33.334],
      [97.74, 0.44, 1.82],
      [0, 0, 0],
    ]) {
      const rounded = roundToTotal(values, 1);
      const sum = rounded.reduce((a, b) => a + b, 0);
      expect(sum === 0 || Math.abs(sum - 100) < 1e-9).toBe(true);
    }
  });

  it('keeps labels apart and inside their range', () => {
    const ys = spreadLabels([10, 11, 12, 200], 15, 0, 205);
    ys.slice(1).forEach((y, i) => expect(y - ys[i]!).toBeGreaterThanOrEqual(15));
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...ys)).toBeLessThanOrEqual(205);
  });
});

describe('InventoryChart', () => {
  const points = fakeRetention([0, 0.02, 0.04, 0.06]).map((p) => sharesOfModel(p.xGe, p.inventory));

  it('stacks the three shares across x as far as the sweep has come, with the current x marked', () => {
    render(
      <InventoryChart
        points={points}
        total={52}
        status="computing"
        markerX={0.125}
        floor={70}
        renderedKey="i1"
        {...SIZE}
      />,
    );
    const svg = screen.getByTestId('inventory-chart');
    expect(svg.getAttribute('data-points')).toBe('4');
    for (const key of ['reversible', 'quasiReversible', 'inactive']) {
      expect(svg.querySelector(`path[data-series="${key}"]`)?.getAttribute('d'), key).toMatch(
        /^M[\d.]+,[\d.]+L/,
      );
    }
    expect(svg.textContent).toContain('computing… 4 of 52');
    expect(screen.getByTestId('inventory-marker').getAttribute('data-x')).toBe('0.125');
    expect(svg.querySelector('.axis-break')).not.toBeNull();
    expectFinite(svg);
  });

  it('draws axes and the measured bars before the sweep starts, NaN-free', () => {
    render(
      <InventoryChart
        points={[]}
        total={52}
        status="computing"
        markerX={null}
        floor={0}
        renderedKey="i0"
        {...SIZE}
      />,
    );
    expect(screen.getAllByTestId('measured-inventory-bar')).toHaveLength(3);
    expect(screen.queryByTestId('inventory-marker')).toBeNull();
    expectFinite(screen.getByTestId('inventory-chart'));
  });

  it('gives every measured bar its values and source, on focus and on hover', () => {
    render(
      <InventoryChart
        points={points}
        total={4}
        status="ready"
        markerX={0.5}
        floor={70}
        renderedKey="i2"
        {...SIZE}
      />,
    );
    const bars = screen.getAllByTestId('measured-inventory-bar');
    expect(bars.map((b) => b.getAttribute('data-composition'))).toEqual(
      LI_INVENTORY_AFTER_FIRST_CYCLE.map((m) => m.compositionId),
    );
    LI_INVENTORY_AFTER_FIRST_CYCLE.forEach((m, i) => {
      const bar = bars[i]!;
      expect(bar.getAttribute('tabindex')).toBe('0');
      expect(bar.getAttribute('aria-label')).toContain(formulaOf(m.compositionId));
      expect(bar.getAttribute('aria-label')).toMatch(/source LiXia2025 Fig\. 3d–f$/);
      fireEvent.focus(bar);
      const tooltip = screen.getByRole('tooltip');
      expect(bar.getAttribute('aria-describedby')).toBe(tooltip.id);
      for (const value of [m.reversible_percent, m.quasiReversible_percent, m.inactive_percent]) {
        expect(tooltip.textContent).toContain(`${formatFixed(value, 1)} %`);
      }
      expect(tooltip.textContent).toMatch(/LiXia2025 Fig\. 3d–f/);
      expect(tooltip.textContent).toMatch(/Adv\. Energy Mater/);
      fireEvent.keyDown(bar, { key: 'Escape' });
      expect(screen.queryByRole('tooltip')).toBeNull();
    });
    fireEvent.mouseEnter(bars[2]!);
    expect(screen.getByRole('tooltip').textContent).toContain(
      LI_INVENTORY_AFTER_FIRST_CYCLE[2]!.compositionId,
    );
    fireEvent.mouseLeave(bars[2]!);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });
});

describe('lossSentence', () => {
  const measured = LI_INVENTORY_AFTER_FIRST_CYCLE.find((m) => m.compositionId === 'Si7Ge')!;

  it('names the largest loss and its mechanism, from the numbers', () => {
    const trapped = lossSentence(inventory(80, 15, 5), 0.3);
    expect(trapped).toMatch(/^At x = 0\.3 the model gets 80\.0 % of the inserted Li back/);
    expect(trapped).toMatch(/QA-Li, 15\.0 %.*slow transport.*16 h hold/);
    expect(trapped).not.toMatch(/Measured/);

    const consumed = lossSentence(inventory(80, 5, 15), 0.3);
    expect(consumed).toMatch(/I-Li, 15\.0 %.*side reaction with the electrolyte/);
    expect(consumed).not.toBe(trapped);

    const stuck = lossSentence(inventory(80, 5, 15, 0), 0.3);
    expect(stuck).toMatch(/I-Li, 15\.0 %.*still stuck in the alloy/);
    expect(stuck).not.toMatch(/side reaction/);

    const split = lossSentence(inventory(80, 5, 15, 6), 0.3);
    expect(split).toMatch(
      /lost for good: 6\.0 % consumed by the side reaction.*the rest still stuck/,
    );

    expect(lossSentence(inventory(99.9, 0.05, 0.05), 0.3)).toMatch(/practically all of it/);
    expect(lossSentence({ ...inventory(0, 0, 100), inserted_mAh_per_g: 0 }, 0.3)).toMatch(
      /takes in no Li/,
    );
  });

  it('sets the measurement beside the model at a measured composition', () => {
    const less = lossSentence(inventory(99, 0.5, 0.5), measured.xGe, measured);
    expect(less).toContain(`Measured on Si₇Ge: ${formatFixed(measured.reversible_percent, 1)} %`);
    expect(less).toMatch(/so the model loses less/);
    expect(less).toMatch(/LiXia2025 Fig\. 3d–f/);
    const more = lossSentence(inventory(50, 25, 25), measured.xGe, measured);
    expect(more).toMatch(/so the model loses more/);
    const ge = LI_INVENTORY_AFTER_FIRST_CYCLE.find((m) => m.compositionId === 'Ge')!;
    expect(lossSentence(inventory(90, 5, 5), 1, ge)).toMatch(/plating.*Li₆PS₅Cl/);
  });
});

describe('full-cell figures', () => {
  const view = fakeView(DEFAULT_INPUTS, DEFAULT_CHOICES);

  it('draws the first charge and discharge, and shades where Li plates only when it does', () => {
    const fullCell = { ...view.fullCell, platingRisk: false };
    const { rerender } = render(
      <FullCellVoltageChart fullCell={fullCell} cathodeLabel="X" renderedKey="v" {...SIZE} />,
    );
    const svg = screen.getByTestId('fullcell-voltage-chart');
    for (const series of ['charge', 'discharge']) {
      expect(svg.querySelector(`path[data-series="${series}"]`)?.getAttribute('d')).toMatch(/^M/);
    }
    const titles = [...svg.querySelectorAll('.axis-title')].map((t) => t.textContent);
    expect(titles).toEqual(['Capacity (mAh per g of cathode)', 'Cell voltage (V)']);
    expect(screen.queryByTestId('plating-band')).toBeNull();
    expectFinite(svg);

    const plating = {
      ...view.fullCell,
      platingRisk: true,
      firstCycleLoss: { ...view.fullCell.firstCycleLoss, plated_mAh_per_cm2: 0.1 },
    };
    rerender(
      <FullCellVoltageChart fullCell={plating} cathodeLabel="X" renderedKey="v2" {...SIZE} />,
    );
    expect(screen.getByTestId('plating-band').textContent).toBe('Li plates');
    expectFinite(screen.getByTestId('fullcell-voltage-chart'));
  });

  it('draws nothing non-finite for an empty first cycle', () => {
    const empty = { ...view.fullCell, voltageCurve: { charge: [], discharge: [] } };
    render(<FullCellVoltageChart fullCell={empty} cathodeLabel="X" renderedKey="e" {...SIZE} />);
    expectFinite(screen.getByTestId('fullcell-voltage-chart'));
  });

  it('draws one labelled bar per rate, coloured by the limiting electrode', () => {
    const curve = view.fullCell.rateCurve;
    render(
      <FullCellRateChart
        curve={curve}
        reference={view.fullCell.dischargeCapacity_mAh_per_g_cathode}
        renderedKey="r"
        {...SIZE}
      />,
    );
    const bars = screen.getAllByTestId('fullcell-rate-bar');
    expect(bars.map((b) => Number(b.getAttribute('data-rate')))).toEqual(curve.map((p) => p.cRate));
    bars.forEach((b, i) => {
      expect(b.querySelector('rect')?.getAttribute('data-limited-by')).toBe(curve[i]!.limitedBy);
      expect(b.querySelector('text')?.textContent).toMatch(/^[\d.,]+$/);
    });
    expect(screen.getByTestId('fullcell-rate-reference')).toBeTruthy();
    expectFinite(screen.getByTestId('fullcell-rate-chart'));
  });

  it('draws NaN-free for missing capacities and no reference', () => {
    const curve = view.fullCell.rateCurve.map((p) => ({
      ...p,
      capacity_mAh_per_g_cathode: Number.NaN,
    }));
    render(<FullCellRateChart curve={curve} reference={Number.NaN} renderedKey="n" {...SIZE} />);
    expect(screen.queryByTestId('fullcell-rate-reference')).toBeNull();
    expectFinite(screen.getByTestId('fullcell-rate-chart'));
  });
});
