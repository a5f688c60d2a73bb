import { INPUT_SPECS, type InputKey } from '../inputs';
import { isKeyOf, keysOf } from '../tableKeys';

/** One axis of a design map: `count` evenly spaced values from `from` to `to`, both included. */
export interface AxisRange {
  readonly from: number;
  readonly to: number;
  readonly count: number;
}

/** The second axis of a map, beside the Ge fraction. */
export type SecondAxisId = 'loading' | 'thickness' | 'radius';

export interface AxisSpec {
  /** The model input the axis sets. */
  readonly input: InputKey;
  /** Column name, with the unit: `loading_mg_per_cm2`. */
  readonly column: string;
  readonly unit: string;
  /**
   * The electrode basis the axis implies: a loading axis holds the loading (the thickness
   * follows from x and the porosity), a thickness axis the thickness; null leaves it as chosen.
   */
  readonly basis: 'loading' | 'thickness' | null;
}

export const X_AXIS: AxisSpec = { input: 'xGe', column: 'xGe', unit: '', basis: null };

export const SECOND_AXES: Readonly<Record<SecondAxisId, AxisSpec>> = {
  loading: {
    input: 'loadingMgCm2',
    column: 'loading_mg_per_cm2',
    unit: INPUT_SPECS.loadingMgCm2.unit,
    basis: 'loading',
  },
  thickness: {
    input: 'thicknessUm',
    column: 'thickness_um',
    unit: INPUT_SPECS.thicknessUm.unit,
    basis: 'thickness',
  },
  radius: {
    input: 'particleRadiusUm',
    column: 'radius_um',
    unit: INPUT_SPECS.particleRadiusUm.unit,
    basis: null,
  },
};

export const SECOND_AXIS_IDS = keysOf(SECOND_AXES);

export const isSecondAxisId = isKeyOf(SECOND_AXES);

/** The grid: Ge fraction × one second axis. */
export interface MapGrid {
  readonly x: AxisRange;
  readonly axis: SecondAxisId;
  readonly second: AxisRange;
}

/**
 * Most cells a map may have: each runs the model (~0.1 s, ~0.3 s for a full-cell figure), so
 * 2000 cells are already minutes of work.
 */
export const MAX_MAP_CELLS = 2000;

/**
 * The values of an axis, by index (from + (to − from)·k/(count − 1)) so rounding does not
 * accumulate, kept to 12 significant digits: 0:1:41 gives 0.025·k, not 0.025000000000000001.
 */
export function axisValues(range: AxisRange): number[] {
  const { from, to, count } = range;
  if (count === 1) return [from];
  return Array.from({ length: count }, (_, k) => {
    const v = k === count - 1 ? to : from + ((to - from) * k) / (count - 1);
    return Number(v.toPrecision(12));
  });
}

/** What is wrong with one axis range, in words, or null. */
function rangeProblem(input: InputKey, range: AxisRange): string | null {
  const spec = INPUT_SPECS[input];
  const unit = spec.unit ? ` ${spec.unit}` : '';
  const { from, to, count } = range;
  if (!Number.isFinite(from) || !Number.isFinite(to)) {
    return `${spec.label}: the range ends must be numbers.`;
  }
  if (!Number.isInteger(count) || count < 1) {
    return `${spec.label}: the number of points must be a whole number ≥ 1 (got ${count}).`;
  }
  if (from > to) return `${spec.label}: the range must run upwards (${from} > ${to}).`;
  if (count === 1 && from !== to) {
    return `${spec.label}: one point cannot span ${from} to ${to}; give at least 2 points.`;
  }
  if (from < spec.min || to > spec.max) {
    return `${spec.label}: ${from}–${to}${unit} reaches outside ${spec.min}–${spec.max}${unit}.`;
  }
  return null;
}

/** What is wrong with a grid, in words (for a usage message), or null when it can be run. */
export function gridProblem(grid: MapGrid): string | null {
  if (!isSecondAxisId(grid.axis)) {
    return `The second axis must be one of ${SECOND_AXIS_IDS.join(', ')}.`;
  }
  const problem =
    rangeProblem(X_AXIS.input, grid.x) ?? rangeProblem(SECOND_AXES[grid.axis].input, grid.second);
  if (problem) return problem;
  const cells = grid.x.count * grid.second.count;
  if (cells > MAX_MAP_CELLS) {
    return (
      `That map has ${grid.x.count} × ${grid.second.count} = ${cells} cells; ` +
      `the limit is ${MAX_MAP_CELLS}.`
    );
  }
  return null;
}

/** A cell's place in the grid: i along x, j along the second axis. */
export interface GridIndex {
  readonly i: number;
  readonly j: number;
}

/**
 * Every cell of an nx × ny grid exactly once, coarse to fine: first the lattice of every
 * `coarsest`-th index on both axes (rounded down to a power of two), then the cells that the
 * lattice of half that stride adds, and so on down to every index. A map drawn in this order
 * shows the whole picture early and sharpens it. Within a level, x-major (i, then j).
 */
export function* coarseToFineOrder(nx: number, ny: number, coarsest = 8): Generator<GridIndex> {
  let top = 1;
  while (top * 2 <= coarsest) top *= 2;
  for (let stride = top; stride >= 1; stride /= 2) {
    const parent = 2 * stride;
    for (let i = 0; i < nx; i += stride) {
      for (let j = 0; j < ny; j += stride) {
        // Already visited on the coarser lattice.
        if (stride < top && i % parent === 0 && j % parent === 0) continue;
        yield { i, j };
      }
    }
  }
}
