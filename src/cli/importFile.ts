/**
 * `sige import FILE`: the Node side of the cycler importer. Reading the file lives here,
 * not in src/core, so the parser stays pure; its errors become UsageErrors (exit 2)
 * carrying the very message the page shows.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import {
  CellDataError,
  checkFileSize,
  parseCellData,
  type CellDataResult,
  type CellDataSet,
} from '../core/cellData';
import { UsageError, type ParsedArgs } from './args';

function readCellFile(path: string): Uint8Array {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new UsageError(`${path} is not a file.`);
    size = stat.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`Cannot read ${path}: no such file.`);
  }
  // Before reading: a 2 GB file must not be loaded just to be refused.
  checkFileSize(size);
  return new Uint8Array(readFileSync(path));
}

function parseFile(path: string, activeMass_mg: number | undefined): CellDataResult {
  try {
    const bytes = readCellFile(path);
    return parseCellData(bytes, {
      fileName: basename(path),
      ...(activeMass_mg !== undefined && { activeMass_mg }),
    });
  } catch (error) {
    if (error instanceof CellDataError) throw new UsageError(error.message);
    throw error;
  }
}

/** A cycler file's data, its warnings said; a UsageError for anything the CLI cannot read. */
export function readCellDataSet(
  path: string,
  activeMass_mg: number | undefined,
  warn: (message: string) => void,
): CellDataSet {
  const result = parseFile(path, activeMass_mg);
  if (result.status === 'needs-mapping') {
    const names = result.columns.map((c) => c.name).join(', ');
    throw new UsageError(
      `${path} is a table of no known cycler; map its columns in the page (columns: ${names}).`,
    );
  }
  result.warnings.forEach(warn);
  return result;
}

function summary(data: CellDataSet) {
  return {
    format: data.format,
    formatLabel: data.formatLabel,
    cycles: data.cycles,
    series: data.series.map(({ kind, cycle, n, columns }) => ({ kind, cycle, n, columns })),
    ...(data.rateTable && { rateTable: data.rateTable }),
  };
}

function textTable(data: CellDataSet): string {
  const lines = [`format  ${data.formatLabel} (${data.format})`, `cycles  ${data.cycles}`];
  if (data.series.length > 0) {
    lines.push('', 'cycle  kind          points  capacity_mAh');
    for (const s of data.series) {
      const last = Number((s.capacity_mAh.at(-1) ?? 0).toPrecision(6));
      lines.push(
        `${String(s.cycle).padEnd(5)}  ${s.kind.padEnd(12)}  ${String(s.n).padEnd(6)}  ${last}`,
      );
    }
  }
  if (data.rateTable) {
    lines.push('', 'C-rate  capacity_mAh_per_g');
    for (const p of data.rateTable) {
      lines.push(`${String(p.cRate).padEnd(6)}  ${Number(p.capacity_mAh_per_g.toPrecision(6))}`);
    }
  }
  return lines.join('\n');
}

export function importCommand(args: ParsedArgs, warn: (message: string) => void): string {
  const [path] = args.positionals;
  if (path === undefined) {
    throw new UsageError('import needs a file: npm run sige -- import FILE [--mass mg] [--json]');
  }
  const result = readCellDataSet(path, args.numbers.mass, warn);
  return args.flags.has('json') ? JSON.stringify(summary(result), null, 2) : textTable(result);
}
