/**
 * Rate capability: capacity per gram against C-rate, either as a two-column table the
 * user labels so, or derived from a file whose cycles ran at different currents.
 */
import { readColumns, type ReadOptions, type TableLayout } from './columns';
import { CellDataError } from './errors';
import { capacityUnit, massRequired } from './generic';
import { plainColumn } from './recipe';
import type { CapacityUnit, CellSeries, RatePoint } from './types';
import type { ColumnName } from './units';

export function readRateTable(
  layout: TableLayout,
  names: readonly ColumnName[],
  read: ReadOptions,
  activeMass_mg: number | undefined,
  chosenUnit: CapacityUnit | undefined,
): RatePoint[] {
  if (names.length !== 2) {
    throw new CellDataError(
      'bad-mapping',
      `A rate table has two columns, C-rate and capacity; this one has ${names.length}.`,
    );
  }
  const capacity = names[1] as ColumnName;
  const unit = capacityUnit(capacity, chosenUnit);
  let factor = unit.factor;
  if (unit.quantity === 'capacity') {
    if (activeMass_mg === undefined) throw massRequired('A rate table');
    factor *= 1000 / activeMass_mg;
  }
  const { n, values } = readColumns(
    layout,
    [plainColumn(names, 0), { kind: 'number', index: 1, name: capacity.raw, factor }],
    read,
  );
  const [rates, capacities] = values as Float64Array[];
  const points: RatePoint[] = [];
  for (let i = 0; i < n; i++) {
    points.push({ cRate: rates?.[i] ?? 0, capacity_mAh_per_g: capacities?.[i] ?? 0 });
  }
  if (points.length === 0) throw new CellDataError('no-data', 'The rate table has no rows.');
  return points;
}

/** Two significant digits: a 0.1 C step measured as 0.0998 C is still 0.1 C. */
function roundRate(cRate: number): number {
  return Number(cRate.toPrecision(2));
}

/**
 * One point per delithiation: its C-rate from the mean current and the nominal capacity
 * of the active mass, its capacity the last per-gram value reached.
 */
export function deriveRateTable(
  series: readonly CellSeries[],
  meanCurrent_mA: readonly (number | undefined)[],
  activeMass_mg: number,
  nominal_mAh_per_g: number,
): RatePoint[] {
  const nominal_mAh = (nominal_mAh_per_g * activeMass_mg) / 1000;
  const points: RatePoint[] = [];
  series.forEach((s, k) => {
    const current = meanCurrent_mA[k];
    const last = s.capacity_mAh_per_g?.at(-1);
    if (s.kind !== 'delithiation' || current === undefined || last === undefined) return;
    points.push({ cRate: roundRate(current / nominal_mAh), capacity_mAh_per_g: last });
  });
  return points;
}
