import { PRESETS } from '../presets';

/** How close x must be to a preset's to carry its name. */
const PRESET_TOLERANCE = 1e-9;

/** The study's name of a composition (Si, Si15Ge, Si7Ge, Si3Ge, Ge) when x is one of them. */
export function presetNameOf(xGe: number): string | null {
  return PRESETS.find((p) => Math.abs(p.xGe - xGe) <= PRESET_TOLERANCE)?.label ?? null;
}

/** What bestCell compares: the place of a cell and its value (null when none). */
export interface RankedCell {
  readonly xGe: number;
  readonly axisValue: number;
  readonly value: number | null;
}

/**
 * The optimum (largest value) of a set of cells, with its composition's name when it is one
 * of the study's. Cells without a finite value are ignored; of equal values the lowest x
 * wins, then the lowest second-axis value. Null when no cell has a value.
 */
export function bestCell<C extends RankedCell>(
  cells: Iterable<C>,
): (C & { readonly value: number; readonly name: string | null }) | null {
  let best: (C & { readonly value: number }) | null = null;
  for (const cell of cells) {
    const v = cell.value;
    if (v === null || !Number.isFinite(v)) continue;
    const better =
      best === null ||
      v > best.value ||
      (v === best.value &&
        (cell.xGe < best.xGe || (cell.xGe === best.xGe && cell.axisValue < best.axisValue)));
    if (better) best = cell as C & { readonly value: number };
  }
  return best === null ? null : { ...best, name: presetNameOf(best.xGe) };
}
