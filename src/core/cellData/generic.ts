/**
 * A table of no known maker: the caller maps its columns. Without a mapping the importer
 * says what it found and proposes one, since guessing silently would plot nonsense.
 */
import { unquote } from './lines';
import { CellDataError } from './errors';
import { numberColumn, plainColumn, type Recipe } from './recipe';
import type { TableLayout } from './columns';
import type { ColumnMapping, DetectedColumn, Quantity } from './types';
import { unitInfo, type ColumnName, type UnitInfo } from './units';

export function describeColumns(
  layout: TableLayout,
  names: readonly ColumnName[],
): DetectedColumn[] {
  const dataLine = layout.lines
    .slice(layout.headerLine + 1)
    .find((line) => line.trim() !== '' && !line.startsWith('#'));
  const cells = (dataLine ?? '').split(layout.sep);
  return names.map((c, i): DetectedColumn => {
    const cell = unquote(cells[i] ?? '');
    const numeric = cell !== '' && Number.isFinite(Number(cell.replace(',', '.')));
    return c.info && c.unit !== undefined
      ? { name: c.raw, unit: c.unit, quantity: c.info.quantity, numeric }
      : { name: c.raw, numeric };
  });
}

const NAME_HINTS: Readonly<Record<'voltage' | 'capacity' | 'current' | 'cycle' | 'time', RegExp>> =
  {
    voltage: /^(voltage|volt|potential|ewe|ecell)|^[euv]$/,
    capacity: /^(capacity|cap|q|charge)/,
    current: /^(current|amp)|^i$/,
    cycle: /^cyc/,
    time: /time|^t$/,
  };

const UNIT_OF: Readonly<Partial<Record<keyof typeof NAME_HINTS, readonly Quantity[]>>> = {
  voltage: ['voltage'],
  capacity: ['capacity', 'specificCapacity'],
  current: ['current'],
  time: ['time'],
};

/** A unit in the header is stronger evidence than a name; each column is used once. */
export function guessMapping(names: readonly ColumnName[]): Partial<ColumnMapping> {
  const used = new Set<number>();
  const pick = (key: keyof typeof NAME_HINTS): string | undefined => {
    const quantities = UNIT_OF[key];
    const byUnit = names.findIndex(
      (c, i) => !used.has(i) && c.info !== undefined && quantities?.includes(c.info.quantity),
    );
    const byName = names.findIndex((c, i) => !used.has(i) && NAME_HINTS[key].test(c.base));
    const i = byUnit >= 0 ? byUnit : byName;
    if (i < 0) return undefined;
    used.add(i);
    return names[i]?.raw;
  };
  const guess: Record<string, string> = {};
  for (const key of ['voltage', 'capacity', 'current', 'cycle', 'time'] as const) {
    const name = pick(key);
    if (name !== undefined) guess[key] = name;
  }
  return guess;
}

function indexOfName(names: readonly ColumnName[], name: string, role: string): number {
  const i = names.findIndex((c) => c.raw === name.trim());
  if (i < 0) {
    throw new CellDataError(
      'bad-mapping',
      `The ${role} column '${name}' is not in the file (columns: ${names.map((c) => c.raw).join(', ')}).`,
      { column: name },
    );
  }
  return i;
}

/**
 * The unit of a capacity column: the header's if it names one, else the caller's.
 * Capacity and capacity per gram are both accepted; the caller converts with the mass.
 */
export function capacityUnit(c: ColumnName, chosen: string | undefined): UnitInfo {
  const info = c.info ?? (chosen === undefined ? undefined : unitInfo(chosen));
  if (info === undefined) {
    throw new CellDataError(
      'units-missing',
      `Column '${c.raw}' does not say its unit; choose mAh, Ah, µAh or mAh/g.`,
      { column: c.raw },
    );
  }
  if (info.quantity !== 'capacity' && info.quantity !== 'specificCapacity') {
    throw new CellDataError('bad-mapping', `Column '${c.raw}' is not a capacity.`, {
      column: c.raw,
    });
  }
  return info;
}

export function massRequired(what: string): CellDataError {
  return new CellDataError('bad-mass', `${what} is per gram: give the active mass in mg.`);
}

export function genericRecipe(
  names: readonly ColumnName[],
  mapping: ColumnMapping,
  activeMass_mg: number | undefined,
): Recipe {
  const units = mapping.units ?? {};
  const chosen = (unit: string | undefined) => (unit === undefined ? undefined : unitInfo(unit));
  const v = indexOfName(names, mapping.voltage, 'voltage');
  const q = indexOfName(names, mapping.capacity, 'capacity');
  const qName = names[q] as ColumnName;
  const qUnit = capacityUnit(qName, units.capacity);
  let factor = qUnit.factor;
  if (qUnit.quantity === 'specificCapacity') {
    if (activeMass_mg === undefined) throw massRequired(`Column '${qName.raw}'`);
    factor *= activeMass_mg / 1000;
  }
  const recipe: Recipe = {
    voltage: numberColumn(names, v, 'voltage', chosen(units.voltage)?.factor),
    lithiationCapacity: { kind: 'number', index: q, name: qName.raw, factor },
  };
  const current =
    mapping.current === undefined
      ? undefined
      : numberColumn(
          names,
          indexOfName(names, mapping.current, 'current'),
          'current',
          chosen(units.current)?.factor,
        );
  const cycle =
    mapping.cycle === undefined
      ? undefined
      : plainColumn(names, indexOfName(names, mapping.cycle, 'cycle'));
  return { ...recipe, ...(current && { current }), ...(cycle && { cycle }) };
}
