/**
 * Arbin, Neware and Maccor exports, told apart by their column names. Each maker's
 * documented default unit stands in where a header names none (Maccor's plain
 * "Voltage", "Capacity", "Current" are V, Ah and A).
 */
import type { CodeColumn } from './columns';
import { findColumn, numberColumn, plainColumn, requireColumn, type Recipe } from './recipe';
import type { ColumnName } from './units';

export type VendorId = 'arbin' | 'neware' | 'maccor';

function has(names: readonly ColumnName[], ...bases: string[]): boolean {
  return bases.every((b) => names.some((c) => c.base === b));
}

export function detectVendor(names: readonly ColumnName[]): VendorId | undefined {
  if (has(names, 'voltage', 'chgcap', 'dchgcap')) return 'neware';
  if (has(names, 'voltage', 'chargecapacity', 'dischargecapacity')) return 'arbin';
  if (has(names, 'testtime', 'voltage') && findColumn(names, ['capacity', 'amphr']) !== undefined) {
    return 'maccor';
  }
  return undefined;
}

function stateColumn(
  names: readonly ColumnName[],
  index: number | undefined,
  code: (cell: string) => number,
): CodeColumn | undefined {
  const c = index === undefined ? undefined : names[index];
  if (index === undefined || c === undefined) return undefined;
  return { kind: 'code', index, name: c.raw, code, expected: 'a step type' };
}

/** "CC DChg", "CCCV Chg", "Rest": discharge first, since "DChg" contains "Chg". */
function newareStep(cell: string): number {
  const s = cell.toLowerCase();
  if (s.includes('dchg') || s.includes('discharge')) return -1;
  if (s.includes('chg') || s.includes('charge')) return 1;
  return 0;
}

/** Maccor's MD: C charge, D discharge, R rest; other modes (O, S) carry no capacity here. */
function maccorMode(cell: string): number {
  const c = cell.toUpperCase();
  if (c === 'D') return -1;
  if (c === 'C') return 1;
  return 0;
}

function optionalCurrent(
  names: readonly ColumnName[],
  bases: readonly string[],
  fallback?: number,
) {
  const i = findColumn(names, bases);
  return i === undefined ? {} : { current: numberColumn(names, i, 'current', fallback) };
}

export function vendorRecipe(vendor: VendorId, names: readonly ColumnName[]): Recipe {
  const voltage = (fallback?: number) =>
    numberColumn(names, requireColumn(names, ['voltage', 'volts'], 'voltage'), 'voltage', fallback);
  const capacity = (bases: string[], what: string, fallback?: number) =>
    numberColumn(names, requireColumn(names, bases, what), 'capacity', fallback);
  switch (vendor) {
    case 'arbin':
      return {
        voltage: voltage(),
        lithiationCapacity: capacity(['dischargecapacity'], 'Discharge_Capacity'),
        delithiationCapacity: capacity(['chargecapacity'], 'Charge_Capacity'),
        capacityKind: 'counter',
        ...optionalCurrent(names, ['current']),
      };
    case 'neware': {
      const step = stateColumn(names, findColumn(names, ['steptype']), newareStep);
      return {
        voltage: voltage(),
        lithiationCapacity: capacity(['dchgcap'], 'DChg. Cap.'),
        delithiationCapacity: capacity(['chgcap'], 'Chg. Cap.'),
        capacityKind: 'counter',
        ...optionalCurrent(names, ['current']),
        ...(step && { state: step }),
      };
    }
    case 'maccor': {
      const mode = stateColumn(names, findColumn(names, ['md']), maccorMode);
      const cycle = findColumn(names, ['cyc', 'cycle']);
      return {
        voltage: voltage(1),
        lithiationCapacity: capacity(['capacity', 'amphr'], 'Capacity', 1e3),
        capacityKind: 'counter',
        // Maccor's current has no sign: without MD the direction comes from the trend.
        ...(mode ? { state: mode, ...optionalCurrent(names, ['current', 'amps'], 1e3) } : {}),
        ...(cycle !== undefined && { cycle: plainColumn(names, cycle) }),
      };
    }
  }
}
