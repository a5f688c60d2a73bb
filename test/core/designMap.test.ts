import { describe, expect, it } from 'vitest';
import {
  axisValues,
  bestCell,
  cellInputsOf,
  coarseToFineOrder,
  computeDesignMap,
  designMapCells,
  evaluateFigure,
  gridProblem,
  MAX_MAP_CELLS,
  presetNameOf,
  requestProblem,
  type MapGrid,
  type RankedCell,
} from '../../src/core/designMap';
import { DEFAULT_CHOICES, DEFAULT_INPUTS } from '../../src/core/inputs';
import { smallRetentionMap } from '../support/mapRequest';

/** The largest power of two (≤ top) dividing both indices: the level a cell belongs to. */
function levelOf(i: number, j: number, top: number): number {
  let s = top;
  while (s > 1 && (i % s !== 0 || j % s !== 0)) s /= 2;
  return s;
}

describe('coarse-to-fine order', () => {
  it.each([
    [41, 21],
    [17, 9],
    [3, 2],
    [1, 1],
    [1, 30],
    [64, 1],
  ])('visits every cell of %i × %i exactly once, coarse lattice first', (nx, ny) => {
    const order = [...coarseToFineOrder(nx, ny)];
    expect(order).toHaveLength(nx * ny);
    const keys = new Set(order.map(({ i, j }) => `${i},${j}`));
    expect(keys.size).toBe(nx * ny);
    for (const { i, j } of order) {
      expect(i >= 0 && i < nx && j >= 0 && j < ny).toBe(true);
    }
    // It starts with the whole lattice of every 8th index, and only that.
    const lattice = order.filter(({ i, j }) => i % 8 === 0 && j % 8 === 0);
    expect(order.slice(0, lattice.length)).toEqual(lattice);
    expect(lattice).toHaveLength(Math.ceil(nx / 8) * Math.ceil(ny / 8));
    // Then ever finer: the level (8, 4, 2, 1) never goes back up.
    const levels = order.map(({ i, j }) => levelOf(i, j, 8));
    for (let k = 1; k < levels.length; k++) {
      expect(levels[k]).toBeLessThanOrEqual(levels[k - 1] as number);
    }
  });

  it('takes its coarsest stride as a power of two', () => {
    const order = [...coarseToFineOrder(9, 9, 6)]; // 6 → 4
    expect(order.slice(0, 9)).toEqual([0, 4, 8].flatMap((i) => [0, 4, 8].map((j) => ({ i, j }))));
    expect(new Set(order.map(({ i, j }) => `${i},${j}`)).size).toBe(81);
  });
});

describe('grid', () => {
  it('spaces an axis by index, without float noise, ends included', () => {
    const xs = axisValues({ from: 0, to: 1, count: 41 });
    expect(xs).toHaveLength(41);
    expect(xs[0]).toBe(0);
    expect(xs[5]).toBe(0.125);
    expect(xs[10]).toBe(0.25);
    expect(xs[3]).toBe(0.075);
    expect(xs.at(-1)).toBe(1);
    expect(axisValues({ from: 0.5, to: 0.5, count: 1 })).toEqual([0.5]);
  });

  it('refuses impossible or oversized grids in words', () => {
    const ok: MapGrid = {
      x: { from: 0, to: 1, count: 41 },
      axis: 'loading',
      second: { from: 0.5, to: 4, count: 21 },
    };
    expect(gridProblem(ok)).toBeNull();
    expect(gridProblem({ ...ok, x: { from: 0, to: 1.5, count: 3 } })).toMatch(/outside 0–1/);
    expect(gridProblem({ ...ok, x: { from: 1, to: 0, count: 3 } })).toMatch(/upwards/);
    expect(gridProblem({ ...ok, x: { from: 0, to: 1, count: 0 } })).toMatch(/whole number/);
    expect(gridProblem({ ...ok, x: { from: 0, to: 1, count: 1 } })).toMatch(/at least 2/);
    expect(gridProblem({ ...ok, second: { from: 0, to: 4, count: 3 } })).toMatch(
      /Areal loading.*outside 0\.1–20/,
    );
    expect(gridProblem({ ...ok, axis: 'radius', second: { from: 0.1, to: 20, count: 3 } })).toMatch(
      /Particle radius/,
    );
    expect(gridProblem({ ...ok, x: { from: 0, to: 1, count: 101 } })).toMatch(
      new RegExp(`101 × 21 = 2121 cells; the limit is ${MAX_MAP_CELLS}`),
    );
  });
});

describe('bestCell', () => {
  /** Brute force: the first strictly larger finite value in x-major ascending order. */
  function bruteBest(cells: readonly RankedCell[]) {
    const sorted = [...cells].sort((a, b) => a.xGe - b.xGe || a.axisValue - b.axisValue);
    let best: RankedCell | null = null;
    for (const c of sorted) {
      if (c.value === null || !Number.isFinite(c.value)) continue;
      if (best === null || c.value > (best.value as number)) best = c;
    }
    return best;
  }

  it('equals a brute-force maximum, ties to the lowest x then axis, non-finite ignored', () => {
    const xs = axisValues({ from: 0, to: 1, count: 17 });
    const vs = axisValues({ from: 0.5, to: 4, count: 9 });
    // A cheap fake figure with plateaus (ties) and holes (NaN, ∞, null).
    const fake = (x: number, v: number): number | null => {
      const raw = Math.round(5 * Math.cos(4 * x) * Math.sin(v));
      if ((x * 16) % 5 === 0 && v > 3) return Number.NaN;
      if (x === 0.5 && v === 4) return Number.POSITIVE_INFINITY;
      if (x === 0.25) return null;
      return raw;
    };
    const cells = [...coarseToFineOrder(xs.length, vs.length)].map(({ i, j }) => ({
      i,
      j,
      xGe: xs[i] as number,
      axisValue: vs[j] as number,
      value: fake(xs[i] as number, vs[j] as number),
    }));
    const brute = bruteBest(cells);
    const best = bestCell(cells);
    expect(best).not.toBeNull();
    expect(best?.value).toBe(brute?.value);
    expect([best?.xGe, best?.axisValue]).toEqual([brute?.xGe, brute?.axisValue]);
    // The plateau is real: more than one cell holds the maximum.
    expect(cells.filter((c) => c.value === best?.value).length).toBeGreaterThan(1);
    // Any order of the same cells gives the same answer.
    expect(bestCell([...cells].reverse())).toEqual(best);
  });

  it('names a preset composition, and is null without a finite cell', () => {
    const cell = (xGe: number, value: number | null) => ({ xGe, axisValue: 1, value });
    expect(bestCell([cell(0.1, 1), cell(0.125, 2)])?.name).toBe('Si7Ge');
    expect(bestCell([cell(0.1, 3), cell(0.125, 2)])?.name).toBeNull();
    expect(bestCell([cell(0, Number.NaN), cell(1, null)])).toBeNull();
    expect(bestCell([])).toBeNull();
    expect([0, 0.0625, 0.125, 0.25, 1].map(presetNameOf)).toEqual([
      'Si',
      'Si15Ge',
      'Si7Ge',
      'Si3Ge',
      'Ge',
    ]);
  });
});

describe('design map on the model', () => {
  const request = smallRetentionMap(DEFAULT_INPUTS, DEFAULT_CHOICES);

  it('yields a 3 × 2 map coarse to fine whose best is the brute-force maximum', () => {
    const cells = [...designMapCells(request)];
    expect(cells.map(({ i, j }) => ({ i, j }))).toEqual([...coarseToFineOrder(3, 2)]);
    let brute: { xGe: number; loading: number; value: number } | null = null;
    for (const xGe of [0.125, 0.5625, 1]) {
      for (const loading of [0.5, 1]) {
        const { inputs, choices } = cellInputsOf(request, xGe, loading);
        expect(choices.electrodeBasis).toBe('loading');
        const value = evaluateFigure(request.figure, inputs, choices);
        const cell = cells.find((c) => c.xGe === xGe && c.axisValue === loading);
        expect(cell?.value).toBe(value);
        if (value !== null && (brute === null || value > brute.value)) {
          brute = { xGe, loading, value };
        }
      }
    }
    const best = bestCell(cells);
    expect(brute).not.toBeNull();
    expect(best).toMatchObject({ xGe: brute?.xGe, axisValue: brute?.loading, value: brute?.value });
    expect(best?.value).toBeGreaterThan(0);
    expect(best?.value).toBeLessThanOrEqual(100);
  });

  it('reports a cell that cannot lithiate as null, never NaN', () => {
    // Pure Si cannot start a first lithiation above about 1.4 mg/cm² (docs/model.md §8).
    const cells = computeDesignMap({
      ...request,
      grid: {
        x: { from: 0, to: 0, count: 1 },
        axis: 'loading',
        second: { from: 3, to: 3, count: 1 },
      },
      figure: { id: 'ice', cRate: 1 },
    });
    expect(cells).toHaveLength(1);
    expect(cells[0]?.value).toBeNull();
    const { inputs, choices } = cellInputsOf(request, 0, 3);
    expect(evaluateFigure({ id: 'retention3C', cRate: 1 }, inputs, choices)).toBeNull();
    expect(JSON.stringify(cells)).not.toMatch(/NaN/);
    expect(bestCell(cells)).toBeNull();
  });

  it('refuses a bad request before running anything', () => {
    expect(requestProblem({ ...request, figure: { id: 'capacity', cRate: 50 } })).toMatch(
      /C-rate must be within/,
    );
    const big = { ...request, grid: { ...request.grid, x: { from: 0, to: 1, count: 2001 } } };
    expect(() => designMapCells(big).next()).toThrow(RangeError);
  });
});
