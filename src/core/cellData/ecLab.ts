/**
 * EC-Lab (BioLogic) text export, .mpt. The header block's length is written in the file
 * ("Nb header lines : 52"); the last header line holds the column names, tab-separated.
 * Numbers follow the PC's locale, so a decimal comma is common.
 */
import { CellDataError } from './errors';
import { findColumn, numberColumn, requireColumn, type Recipe } from './recipe';
import type { ColumnName } from './units';

export const EC_LAB_MAGIC = 'EC-Lab ASCII FILE';

/** 0-based index of the column-name line of a file that starts with the magic line. */
export function ecLabHeaderLine(lines: readonly string[]): number {
  for (let i = 1; i < Math.min(lines.length, 10); i++) {
    const line = lines[i] ?? '';
    if (!/^\s*nb header lines/i.test(line)) continue;
    const count = Number(line.slice(line.indexOf(':') + 1).trim());
    if (Number.isInteger(count) && count >= 2 && count <= lines.length) return count - 1;
    throw new CellDataError(
      'bad-header',
      `Line ${i + 1}: 'Nb header lines' is ${count > lines.length ? 'beyond the end of the file' : 'not a whole number'}.`,
      { line: i + 1 },
    );
  }
  throw new CellDataError(
    'bad-header',
    "Line 2: an EC-Lab text file must say 'Nb header lines : N' near its top.",
    { line: 2 },
  );
}

/** A headerless export (EC-Lab's "no header" option) still has EC-Lab's column names. */
export function looksLikeEcLabColumns(names: readonly ColumnName[]): boolean {
  const bases = new Set(names.map((c) => c.base));
  return (bases.has('ewe') || bases.has('ecell')) && (bases.has('oxred') || bases.has('i'));
}

function stateOfOxRed(cell: string): number | undefined {
  if (cell === '1') return 1;
  if (cell === '0') return -1;
  return undefined;
}

export function ecLabRecipe(names: readonly ColumnName[]): Recipe {
  const voltage = numberColumn(names, requireColumn(names, ['ewe', 'ecell'], 'Ewe/V'), 'voltage');
  // Per-half-cycle counters are the plainest; (Q-Qo) is a running total of both ways.
  const counter = findColumn(names, ['qchargedischarge', 'capacity']);
  const cumulative = findColumn(names, ['qqo']);
  const capacityIndex = counter ?? cumulative;
  if (capacityIndex === undefined) {
    throw new CellDataError(
      'missing-column',
      "The EC-Lab file has no capacity column ('Q charge/discharge/mA.h' or '(Q-Qo)/mA.h').",
    );
  }
  const current = findColumn(names, ['i']);
  const oxRed = findColumn(names, ['oxred']);
  const recipe: Recipe = {
    voltage,
    lithiationCapacity: numberColumn(names, capacityIndex, 'capacity'),
    capacityKind: counter !== undefined ? 'counter' : 'cumulative',
  };
  return {
    ...recipe,
    ...(current !== undefined && { current: numberColumn(names, current, 'current') }),
    ...(oxRed !== undefined && {
      state: {
        kind: 'code',
        index: oxRed,
        name: names[oxRed]?.raw ?? 'ox/red',
        code: stateOfOxRed,
        expected: '0 or 1',
      },
    }),
  };
}
