import { bestCell } from '../../core/designMap/best';
import { axisValues } from '../../core/designMap/grid';
import type { GridIndex } from '../../core/designMap/grid';
import type { MapCell, MapRequest } from '../../core/designMap/request';

/**
 * How a cell is drawn: not yet computed (grey), standing in for a coarser cell's value until
 * its own arrives, computed with a value, or computed without one.
 */
export type CellState = 'pending' | 'provisional' | 'value' | 'empty';

export interface DisplayCell {
  readonly i: number;
  readonly j: number;
  readonly xGe: number;
  readonly axisValue: number;
  readonly state: CellState;
  /** The cell whose value colours this one: itself once computed, else its coarse stand-in. */
  readonly shown: MapCell | null;
}

export type BestCell = MapCell & { readonly value: number; readonly name: string | null };

export interface MapDisplay {
  readonly nx: number;
  readonly ny: number;
  readonly xs: readonly number[];
  readonly values: readonly number[];
  /** In grid order, slot i·ny + j. */
  readonly cells: readonly DisplayCell[];
  /** Lowest and highest value computed so far; null before any. */
  readonly range: readonly [number, number] | null;
  /** The colour scale's domain: finite, and never a single point. */
  readonly domain: readonly [number, number];
  /** The best of the cells computed so far. */
  readonly best: BestCell | null;
  readonly computed: number;
  readonly clamped: number;
  readonly empty: number;
}

/** The coarsest stride of the fill order (coarseToFineOrder's default). */
const COARSEST = 8;

/** Lowest and highest finite value of the cells, or null when none has one. */
function valueRange(cells: readonly (MapCell | null)[]): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const c of cells) {
    const v = c?.value;
    if (v == null || !Number.isFinite(v)) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  return Number.isFinite(lo) ? [lo, hi] : null;
}

/** A colour scale's domain for a range: widened where its ends meet, [0, 1] for none. */
function domainOf(range: readonly [number, number] | null): [number, number] {
  if (range === null) return [0, 1];
  const [lo, hi] = range;
  const pad = lo === hi ? Math.abs(lo) * 0.01 || 1 : 0;
  return [lo - pad, hi + pad];
}

/**
 * What the heatmap draws from the cells that have arrived (null where none has). A cell not
 * yet computed takes the value of the nearest coarser cell of the fill order at the corner
 * of its block, so the first coarse cells already cover the map and finer ones sharpen it.
 */
export function mapDisplay(request: MapRequest, arrived: readonly (MapCell | null)[]): MapDisplay {
  const xs = axisValues(request.grid.x);
  const values = axisValues(request.grid.second);
  const nx = xs.length;
  const ny = values.length;
  const at = (i: number, j: number) => arrived[i * ny + j] ?? null;
  const standIn = (i: number, j: number): MapCell | null => {
    for (let s = 2; s <= COARSEST; s *= 2) {
      const found = at(i - (i % s), j - (j % s));
      if (found) return found;
    }
    return null;
  };
  const cells: DisplayCell[] = [];
  let computed = 0;
  let clamped = 0;
  let empty = 0;
  for (let i = 0; i < nx; i += 1) {
    for (let j = 0; j < ny; j += 1) {
      const own = at(i, j);
      const place = { i, j, xGe: xs[i] ?? 0, axisValue: values[j] ?? 0 };
      if (own) {
        computed += 1;
        if (own.clamped) clamped += 1;
        const hasValue = own.value !== null && Number.isFinite(own.value);
        if (!hasValue) empty += 1;
        cells.push({ ...place, state: hasValue ? 'value' : 'empty', shown: own });
      } else {
        const shown = standIn(i, j);
        cells.push({ ...place, state: shown ? 'provisional' : 'pending', shown });
      }
    }
  }
  const best = bestCell(arrived.filter((c): c is MapCell => c !== null));
  const range = valueRange(arrived);
  return {
    nx,
    ny,
    xs,
    values,
    cells,
    range,
    domain: domainOf(range),
    best,
    computed,
    clamped,
    empty,
  };
}

/** The value a cell is coloured by, or null for none (grey, or the no-value mark). */
export function shownValue(cell: DisplayCell): number | null {
  const v = cell.shown?.value;
  return v != null && Number.isFinite(v) ? v : null;
}

/** The drawn cell at a place of the grid, or null (no place, or outside the grid). */
export const displayCellAt = (display: MapDisplay, at: GridIndex | null): DisplayCell | null =>
  at && at.i < display.nx && at.j < display.ny
    ? (display.cells[at.i * display.ny + at.j] ?? null)
    : null;
