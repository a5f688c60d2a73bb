/**
 * A format, once its header is read, is a recipe: which columns hold voltage, capacity,
 * current and state, and in what units. Reading any recipe is the same code.
 */
import {
  readColumns,
  type CodeColumn,
  type NumberColumn,
  type ReadOptions,
  type TableLayout,
} from './columns';
import { CellDataError } from './errors';
import { capacityKindOf, directionFromTrend, directionOf, type Trace } from './trace';
import type { Quantity } from './types';
import type { ColumnName } from './units';

export interface Recipe {
  readonly voltage: NumberColumn;
  readonly lithiationCapacity: NumberColumn;
  /** Absent when one column counts both ways. */
  readonly delithiationCapacity?: NumberColumn;
  readonly current?: NumberColumn;
  /** Direction per row, from ox/red, a step type or Maccor's MD. */
  readonly state?: CodeColumn;
  /** Only needed when neither current nor state says the direction. */
  readonly cycle?: NumberColumn;
  readonly capacityKind?: 'counter' | 'cumulative';
}

const QUANTITY_WORDS: Readonly<Record<Quantity, string>> = {
  voltage: 'a voltage',
  current: 'a current',
  capacity: 'a capacity',
  specificCapacity: 'a capacity per gram',
  time: 'a time',
};

/** The first column whose base name is one of `bases`, in the order given. */
export function findColumn(
  names: readonly ColumnName[],
  bases: readonly string[],
): number | undefined {
  for (const base of bases) {
    const i = names.findIndex((c) => c.base === base);
    if (i >= 0) return i;
  }
  return undefined;
}

/**
 * A numeric column in the importer's units. `fallback` is the maker's documented unit for
 * a header that names none (Maccor writes plain "Voltage"); a unit of the wrong kind is
 * refused rather than guessed around.
 */
export function numberColumn(
  names: readonly ColumnName[],
  index: number,
  quantity: Quantity,
  fallbackFactor?: number,
): NumberColumn {
  const c = names[index];
  if (!c) throw new CellDataError('missing-column', `Column ${index + 1} is missing.`);
  if (c.info && c.info.quantity !== quantity) {
    throw new CellDataError(
      'bad-mapping',
      `Column '${c.raw}' is in ${c.unit ?? '?'}, which is not ${QUANTITY_WORDS[quantity]}.`,
      { column: c.raw },
    );
  }
  const factor = c.info?.factor ?? fallbackFactor;
  if (factor === undefined) {
    throw new CellDataError(
      'units-missing',
      `Column '${c.raw}' does not say its unit; choose the unit of ${QUANTITY_WORDS[quantity]}.`,
      { column: c.raw },
    );
  }
  return { kind: 'number', index, name: c.raw, factor };
}

/** A count (cycle number) or a value taken as it stands. */
export function plainColumn(names: readonly ColumnName[], index: number): NumberColumn {
  return { kind: 'number', index, name: names[index]?.raw ?? `column ${index + 1}`, factor: 1 };
}

export function requireColumn(
  names: readonly ColumnName[],
  bases: readonly string[],
  what: string,
): number {
  const i = findColumn(names, bases);
  if (i === undefined) {
    throw new CellDataError(
      'missing-column',
      `The file has no ${what} column (columns: ${names.map((c) => c.raw).join(', ')}).`,
    );
  }
  return i;
}

export function traceOf(layout: TableLayout, recipe: Recipe, read: ReadOptions): Trace {
  const specs = [
    recipe.voltage,
    recipe.lithiationCapacity,
    recipe.delithiationCapacity,
    recipe.current,
    recipe.state,
    recipe.cycle,
  ];
  const present = specs.filter((s) => s !== undefined);
  const { n, values } = readColumns(layout, present, read);
  const column = (k: number) => {
    const spec = specs[k];
    return spec === undefined ? undefined : values[present.indexOf(spec)];
  };
  const voltage_V = column(0) ?? new Float64Array(n);
  const lithiation = column(1) ?? new Float64Array(n);
  const delithiation = column(2) ?? lithiation;
  const current_mA = column(3);
  const state = column(4);
  const direction =
    state || current_mA
      ? directionOf(n, state, current_mA)
      : directionFromTrend(voltage_V, lithiation, column(5));
  const trace: Trace = {
    n,
    voltage_V,
    direction,
    lithiationCapacity_mAh: lithiation,
    delithiationCapacity_mAh: delithiation,
    capacityKind: recipe.capacityKind ?? capacityKindOf(lithiation),
  };
  return current_mA ? { ...trace, current_mA } : trace;
}
