/**
 * The one loop over data rows that every format shares. It parses only the columns a
 * format needs, into typed arrays, so a million-row file costs one split and a few
 * Number() calls a row; every cell is checked here, which is why no NaN gets further.
 */
import { CellDataError, throwIfAborted } from './errors';
import { isBlank, otherSeparatorIn, separatorName } from './lines';
import type { AbortFlag } from './types';

export interface NumberColumn {
  readonly kind: 'number';
  readonly index: number;
  readonly name: string;
  /** To the importer's units (V, mA, mAh, mAh/g). */
  readonly factor: number;
}

export interface CodeColumn {
  readonly kind: 'code';
  readonly index: number;
  readonly name: string;
  /** A number standing for the cell's text, or undefined when the text is not allowed. */
  readonly code: (cell: string) => number | undefined;
  /** Said when code() refuses a cell: "one of lithiation, delithiation". */
  readonly expected: string;
}

export type ColumnSpec = NumberColumn | CodeColumn;

export interface TableLayout {
  readonly lines: readonly string[];
  readonly endsWithNewline: boolean;
  /** 0-based index of the line with the column names; data follow it. */
  readonly headerLine: number;
  /** Cells in the header, so a short row can be told from a full one. */
  readonly width: number;
  readonly sep: string;
}

export interface ReadOptions {
  readonly warnings: string[];
  readonly onProgress?: (fraction: number) => void;
  readonly signal?: AbortFlag;
}

export interface ReadColumns {
  readonly n: number;
  readonly values: readonly Float64Array[];
}

/** Often enough for a smooth progress bar, rarely enough to cost nothing. */
const PROGRESS_EVERY = 16384;

function numberOf(cell: string, decimalComma: boolean): number {
  let s = cell;
  if (s.charCodeAt(0) === 34) s = s.replace(/"/g, '');
  if (decimalComma && s.indexOf(',') !== -1) s = s.replace(',', '.');
  const v = Number(s);
  // Number('') and Number('  ') are 0; an empty cell is missing data, not zero.
  return v === 0 && s.trim() === '' ? Number.NaN : v;
}

function cellValue(spec: ColumnSpec, cell: string, decimalComma: boolean): number {
  if (spec.kind === 'number') return numberOf(cell, decimalComma) * spec.factor;
  const code = spec.code(cell.trim());
  return code === undefined ? Number.NaN : code;
}

function describeBadCell(spec: ColumnSpec, cell: string, line: number): CellDataError {
  const what = `Line ${line}, column '${spec.name}'`;
  const shown = cell.trim();
  const message =
    shown === ''
      ? `${what} is empty.`
      : spec.kind === 'number'
        ? `${what}: '${shown}' is not a number.`
        : `${what}: '${shown}' is not ${spec.expected}.`;
  return new CellDataError('not-a-number', message, { line, column: spec.name });
}

function truncatedWarning(line: number): string {
  return `Line ${line} is cut off (the file ends mid-row); it was left out.`;
}

function shortRowError(layout: TableLayout, text: string, cells: number, line: number) {
  const other = otherSeparatorIn(text, layout.sep);
  if (other !== undefined && cells < 2) {
    return new CellDataError(
      'mixed-separators',
      `Line ${line} is separated by ${separatorName(other)}, but the header ` +
        `(line ${layout.headerLine + 1}) by ${separatorName(layout.sep)}.`,
      { line },
    );
  }
  return new CellDataError(
    'bad-row',
    `Line ${line} has ${cells} cells; the header (line ${layout.headerLine + 1}) has ${layout.width}.`,
    { line },
  );
}

/**
 * Cuts the cells up to `maxIndex` into `out` and returns how many cells the row has:
 * counting separators beyond the last needed cell is cheaper than making them strings.
 */
function cutCells(line: string, sep: string, maxIndex: number, out: string[]): number {
  let start = 0;
  let k = 0;
  for (;;) {
    const end = line.indexOf(sep, start);
    if (k <= maxIndex) out[k] = end === -1 ? line.slice(start) : line.slice(start, end);
    k += 1;
    if (end === -1) return k;
    start = end + 1;
  }
}

/**
 * Reads the given columns of every data row. A short or unreadable last row of a file
 * that ends mid-row is dropped with a warning; anywhere else it is an error.
 */
export function readColumns(
  layout: TableLayout,
  specs: readonly ColumnSpec[],
  options: ReadOptions,
): ReadColumns {
  const { lines, sep, width } = layout;
  const first = layout.headerLine + 1;
  const capacity = Math.max(0, lines.length - first);
  const values = specs.map(() => new Float64Array(capacity));
  // Where the comma separates cells it cannot be a decimal mark.
  const decimalComma = sep !== ',';
  const last = lines.length - 1;
  const maxIndex = Math.max(...specs.map((spec) => spec.index));
  const cells: string[] = [];
  let n = 0;
  rows: for (let i = first; i < lines.length; i++) {
    if ((i - first) % PROGRESS_EVERY === 0) {
      throwIfAborted(options.signal);
      options.onProgress?.((i - first) / capacity);
    }
    const text = lines[i] ?? '';
    if (isBlank(text)) continue;
    const count = cutCells(text, sep, maxIndex, cells);
    if (count < width) {
      if (i === last) {
        options.warnings.push(truncatedWarning(i + 1));
        break;
      }
      throw shortRowError(layout, text, count, i + 1);
    }
    for (let k = 0; k < specs.length; k++) {
      const spec = specs[k] as ColumnSpec;
      const cell = cells[spec.index] ?? '';
      const v = cellValue(spec, cell, decimalComma);
      if (!Number.isFinite(v)) {
        if (i === last && !layout.endsWithNewline) {
          options.warnings.push(truncatedWarning(i + 1));
          break rows;
        }
        throw describeBadCell(spec, cell, i + 1);
      }
      (values[k] as Float64Array)[n] = v;
    }
    n += 1;
  }
  return { n, values: values.map((a) => a.subarray(0, n)) };
}
