/**
 * The importer's entry point: bytes or text in, a typed data set (or a request for a
 * column mapping) out, and a CellDataError for anything wrong, never another throw.
 */
import type { ReadOptions, TableLayout } from './columns';
import { decodeInput } from './decodeInput';
import { detectFormat, type Detected } from './detect';
import { asCellDataError, CellDataError } from './errors';
import { describeColumns, genericRecipe, guessMapping } from './generic';
import { splitHalfCycles } from './halfCycles';
import { deriveRateTable, readRateTable } from './rateTable';
import { traceOf, type Recipe } from './recipe';
import { readTidy } from './tidyImport';
import type { CellDataResult, CellDataSet, FormatId, ParseOptions } from './types';
import { ecLabRecipe } from './ecLab';
import { separatorName, splitLines } from './lines';
import { vendorRecipe } from './vendors';

const LABELS: Readonly<Record<FormatId, string>> = {
  'ec-lab': 'EC-Lab text export',
  arbin: 'Arbin CSV',
  neware: 'Neware CSV',
  maccor: 'Maccor text export',
  generic: 'Generic table',
  'rate-table': 'Rate capability table',
  tidy: 'SiGe Explorer tidy CSV',
};

function labelOf(found: Detected): string {
  return found.format === 'generic'
    ? `Generic table (separated by ${separatorName(found.sep)})`
    : LABELS[found.format];
}

function checkMass(mass: number | undefined): void {
  if (mass !== undefined && !(Number.isFinite(mass) && mass > 0)) {
    throw new CellDataError(
      'bad-mass',
      `The active mass must be a positive number of mg, not ${mass}.`,
    );
  }
}

/** The file's name travels with the data, for the tidy export's header. */
function sourceOf(options: ParseOptions): { source?: { fileName: string } } {
  return options.fileName === undefined ? {} : { source: { fileName: options.fileName } };
}

function recipeOf(found: Detected, options: ParseOptions): Recipe | undefined {
  switch (found.format) {
    case 'ec-lab':
      return ecLabRecipe(found.names);
    case 'arbin':
    case 'neware':
    case 'maccor':
      return vendorRecipe(found.format, found.names);
    case 'generic':
      return options.mapping && genericRecipe(found.names, options.mapping, options.activeMass_mg);
    default:
      return undefined;
  }
}

function fromRecipe(
  found: Detected,
  recipe: Recipe,
  layout: TableLayout,
  read: ReadOptions,
  options: ParseOptions,
): CellDataSet {
  const mass = options.activeMass_mg;
  const halves = splitHalfCycles(traceOf(layout, recipe, read), mass);
  if (halves.series.length === 0) {
    throw new CellDataError(
      'no-data',
      'No lithiation or delithiation was found: every row is a rest, or the file has no data rows.',
    );
  }
  if (halves.dropped > 0) {
    read.warnings.push(`${halves.dropped} half-cycle(s) of a single point were left out.`);
  }
  const nominal = options.nominalCapacity_mAh_per_g;
  const rateTable =
    mass !== undefined && nominal !== undefined && nominal > 0
      ? deriveRateTable(halves.series, halves.meanCurrent_mA, mass, nominal)
      : [];
  return {
    status: 'parsed',
    format: found.format,
    formatLabel: labelOf(found),
    cycles: halves.cycles,
    series: halves.series,
    ...(rateTable.length > 0 && { rateTable }),
    ...(mass !== undefined && { activeMass_mg: mass }),
    ...sourceOf(options),
    warnings: read.warnings,
  };
}

function parse(input: string | Uint8Array, options: ParseOptions): CellDataResult {
  checkMass(options.activeMass_mg);
  const text = decodeInput(input);
  if (text.trim() === '') throw new CellDataError('empty', 'The file is empty.');
  const { lines, endsWithNewline } = splitLines(text);
  const found = detectFormat(lines, options.table);
  const layout: TableLayout = {
    lines,
    endsWithNewline,
    headerLine: found.headerLine,
    width: found.names.length,
    sep: found.sep,
  };
  const warnings: string[] = [];
  const read: ReadOptions = {
    warnings,
    ...(options.onProgress && { onProgress: options.onProgress }),
    ...(options.signal && { signal: options.signal }),
  };
  const mass = options.activeMass_mg;
  if (found.format === 'tidy') return readTidy(layout, found.names, read, mass);
  if (found.format === 'rate-table') {
    const rateTable = readRateTable(
      layout,
      found.names,
      read,
      mass,
      options.mapping?.units?.capacity,
    );
    return {
      status: 'parsed',
      format: 'rate-table',
      formatLabel: LABELS['rate-table'],
      cycles: 0,
      series: [],
      rateTable,
      ...(mass !== undefined && { activeMass_mg: mass }),
      ...sourceOf(options),
      warnings,
    };
  }
  if (options.mapping && found.format !== 'generic') {
    warnings.push(
      `The file is a ${LABELS[found.format]}; the column mapping given was not needed.`,
    );
  }
  const recipe = recipeOf(found, options);
  if (recipe === undefined) {
    return {
      status: 'needs-mapping',
      format: 'generic',
      formatLabel: labelOf(found),
      columns: describeColumns(layout, found.names),
      guess: guessMapping(found.names),
      warnings,
    };
  }
  return fromRecipe(found, recipe, layout, read, options);
}

/**
 * Parses a cycler export. Pure and deterministic: no DOM, no clock, no I/O; runs in
 * Node, a worker or a test alike. Check the file's size with checkFileSize before
 * reading it. Throws only CellDataError.
 */
export function parseCellData(
  input: string | Uint8Array,
  options: ParseOptions = {},
): CellDataResult {
  try {
    const result = parse(input, options);
    options.onProgress?.(1);
    return result;
  } catch (error) {
    throw asCellDataError(error);
  }
}
