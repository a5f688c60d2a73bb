/**
 * Which format a file is, and where its column names are. Makers are recognised by
 * their magic first line or by their column names, never by the file's extension,
 * which users rename freely.
 */
import { CellDataError } from './errors';
import { EC_LAB_MAGIC, ecLabHeaderLine, looksLikeEcLabColumns } from './ecLab';
import { guessSeparator, headerCells, isBlank, type Separator } from './lines';
import { TIDY_MAGIC } from './tidyFormat';
import { splitColumnName, type ColumnName } from './units';
import { detectVendor } from './vendors';
import type { FormatId } from './types';

export interface Detected {
  readonly format: FormatId;
  readonly headerLine: number;
  readonly sep: Separator;
  readonly names: readonly ColumnName[];
}

/** Maccor and some Arbin exports put a few lines of test details above the columns. */
const PREAMBLE_LINES = 30;

const UNKNOWN =
  'This file is not one of the formats SiGe Explorer reads: an EC-Lab text export (.mpt), ' +
  'an Arbin, Neware or Maccor CSV/text export, a SiGe Explorer tidy CSV, or a table with ' +
  'a header row and numeric columns.';

function at(lines: readonly string[], headerLine: number, format: FormatId): Detected {
  const line = lines[headerLine] ?? '';
  const sep = guessSeparator(line);
  return { format, headerLine, sep, names: headerCells(line, sep).map(splitColumnName) };
}

function firstLineWhere(lines: readonly string[], test: (line: string) => boolean): number {
  return lines.findIndex((line) => !isBlank(line) && test(line));
}

function isNumberCell(cell: string): boolean {
  const t = cell.trim().replace(',', '.');
  return t !== '' && Number.isFinite(Number(t));
}

/** A generic table needs a header of names above rows with at least two numbers. */
function genericOrThrow(lines: readonly string[], table: 'auto' | 'rate'): Detected {
  const headerLine = firstLineWhere(lines, (line) => !line.startsWith('#'));
  const found = at(lines, headerLine, 'generic');
  const raw = found.names.map((c) => c.raw);
  if (raw.length < 2) throw new CellDataError('unknown-format', UNKNOWN);
  if (raw.every(isNumberCell)) {
    throw new CellDataError(
      'unknown-format',
      `Line ${headerLine + 1} holds numbers, not column names: a table needs a header row.`,
      { line: headerLine + 1 },
    );
  }
  const data = lines[headerLine + 1];
  const numbers = (data ?? '').split(found.sep).filter(isNumberCell).length;
  if (numbers < 2) throw new CellDataError('unknown-format', UNKNOWN);
  const rate = table === 'rate' || (raw.length === 2 && /rate/.test(found.names[0]?.base ?? ''));
  return rate ? { ...found, format: 'rate-table' } : found;
}

export function detectFormat(lines: readonly string[], table: 'auto' | 'rate' = 'auto'): Detected {
  const first = lines[0] ?? '';
  if (first.startsWith(TIDY_MAGIC)) {
    return at(
      lines,
      firstLineWhere(lines, (line) => !line.startsWith('#')),
      'tidy',
    );
  }
  if (first.startsWith(EC_LAB_MAGIC)) return at(lines, ecLabHeaderLine(lines), 'ec-lab');
  if (table !== 'rate') {
    const scan = Math.min(lines.length, PREAMBLE_LINES);
    for (let i = 0; i < scan; i++) {
      if (isBlank(lines[i] ?? '')) continue;
      const found = at(lines, i, 'generic');
      const vendor = detectVendor(found.names);
      if (vendor) return { ...found, format: vendor };
      if (found.sep === '\t' && looksLikeEcLabColumns(found.names)) {
        return { ...found, format: 'ec-lab' };
      }
    }
  }
  return genericOrThrow(lines, table);
}
