/**
 * Reads SiGe Explorer's tidy CSV back. Its rows are already half-cycles with their cycle
 * and kind, so they are grouped as written rather than cut again: export → import must
 * give back exactly what was exported.
 */
import { readColumns, type ColumnSpec, type ReadOptions, type TableLayout } from './columns';
import { CellDataError } from './errors';
import { perGram, seriesColumns } from './halfCycles';
import {
  parseRateTable,
  readHeaderBlock,
  TIDY_COLUMNS,
  TIDY_KEYS,
  TIDY_LABEL,
  TIDY_PER_GRAM,
} from './tidyFormat';
import type { CellDataSet, CellDataSource, CellSeries, HalfCycleKind } from './types';
import type { ColumnName } from './units';

const KINDS: readonly HalfCycleKind[] = ['lithiation', 'delithiation'];

function wholeNumber(cell: string): number | undefined {
  const v = Number(cell);
  return cell !== '' && Number.isInteger(v) && v >= 0 ? v : undefined;
}

function kindCode(cell: string): number | undefined {
  const k = KINDS.indexOf(cell as HalfCycleKind);
  return k < 0 ? undefined : k;
}

function specsOf(names: readonly ColumnName[]): ColumnSpec[] {
  const raw = names.map((c) => c.raw);
  const index = (name: string) => {
    const i = raw.indexOf(name);
    if (i < 0) {
      throw new CellDataError(
        'missing-column',
        `The tidy CSV has no '${name}' column (columns: ${raw.join(', ')}).`,
      );
    }
    return i;
  };
  const [cycle, kind, capacity, voltage] = TIDY_COLUMNS;
  const specs: ColumnSpec[] = [
    {
      kind: 'code',
      index: index(cycle),
      name: cycle,
      code: wholeNumber,
      expected: 'a whole number',
    },
    { kind: 'code', index: index(kind), name: kind, code: kindCode, expected: KINDS.join(' or ') },
    { kind: 'number', index: index(capacity), name: capacity, factor: 1 },
    { kind: 'number', index: index(voltage), name: voltage, factor: 1 },
  ];
  if (raw.includes(TIDY_PER_GRAM)) {
    specs.push({ kind: 'number', index: index(TIDY_PER_GRAM), name: TIDY_PER_GRAM, factor: 1 });
  }
  return specs;
}

function sourceOf(block: Map<string, string>): CellDataSource {
  const source: Record<string, string> = {};
  const pairs: [keyof CellDataSource, string][] = [
    ['formatLabel', TIDY_KEYS.format],
    ['formatId', TIDY_KEYS.formatId],
    ['fileName', TIDY_KEYS.fileName],
    ['importDate', TIDY_KEYS.importDate],
  ];
  for (const [field, key] of pairs) {
    const value = block.get(key);
    if (value !== undefined) source[field] = value;
  }
  return source;
}

function massOf(block: Map<string, string>, given: number | undefined): number | undefined {
  if (given !== undefined) return given;
  const text = block.get(TIDY_KEYS.mass);
  const mass = text === undefined ? Number.NaN : Number(text);
  return Number.isFinite(mass) && mass > 0 ? mass : undefined;
}

export function readTidy(
  layout: TableLayout,
  names: readonly ColumnName[],
  read: ReadOptions,
  activeMass_mg: number | undefined,
): CellDataSet {
  const block = readHeaderBlock(layout.lines);
  const specs = specsOf(names);
  const { n, values } = readColumns(layout, specs, read);
  const [cycles, kinds, capacity, voltage, stored] = values as Float64Array[];
  const mass = massOf(block, activeMass_mg);
  // A mass given now wins over the file's: the per-gram column is then recomputed.
  const fromFile = activeMass_mg === undefined && stored !== undefined;
  const series: CellSeries[] = [];
  let start = 0;
  for (let i = 1; i <= n; i++) {
    if (i < n && cycles?.[i] === cycles?.[i - 1] && kinds?.[i] === kinds?.[i - 1]) continue;
    const q = Array.from(capacity?.subarray(start, i) ?? []);
    const perG = fromFile
      ? Array.from(stored.subarray(start, i))
      : mass === undefined
        ? undefined
        : perGram(q, mass);
    const base = {
      kind: KINDS[kinds?.[start] ?? 0] ?? 'lithiation',
      cycle: cycles?.[start] ?? 0,
      n: i - start,
      columns: seriesColumns(perG !== undefined),
      capacity_mAh: q,
      voltage_V: Array.from(voltage?.subarray(start, i) ?? []),
    };
    series.push(perG ? { ...base, capacity_mAh_per_g: perG } : base);
    start = i;
  }
  const rateText = block.get(TIDY_KEYS.rateTable);
  const rateTable = rateText === undefined ? undefined : parseRateTable(rateText);
  if (series.length === 0 && rateTable === undefined) {
    throw new CellDataError('no-data', 'The tidy CSV has no data rows.');
  }
  return {
    status: 'parsed',
    format: 'tidy',
    formatLabel: TIDY_LABEL,
    cycles: new Set(series.map((s) => s.cycle)).size,
    series,
    ...(rateTable && { rateTable }),
    ...(mass !== undefined && { activeMass_mg: mass }),
    source: sourceOf(block),
    warnings: read.warnings,
  };
}
