/**
 * Column names and their units. Each maker writes units its own way, "Voltage(V)",
 * "Ewe/V", "Test Time (sec)", "E mV"; reading them once per column lets the row loop
 * multiply by a plain factor.
 */
import type { Quantity } from './types';

export interface UnitInfo {
  readonly quantity: Quantity;
  /** Multiplier to the importer's units: V, mA, mAh, mAh/g, s. */
  readonly factor: number;
}

const UNITS: Readonly<Record<string, UnitInfo>> = {
  v: { quantity: 'voltage', factor: 1 },
  volts: { quantity: 'voltage', factor: 1 },
  mv: { quantity: 'voltage', factor: 1e-3 },
  a: { quantity: 'current', factor: 1e3 },
  amps: { quantity: 'current', factor: 1e3 },
  ma: { quantity: 'current', factor: 1 },
  ua: { quantity: 'current', factor: 1e-3 },
  ah: { quantity: 'capacity', factor: 1e3 },
  ahr: { quantity: 'capacity', factor: 1e3 },
  amphr: { quantity: 'capacity', factor: 1e3 },
  mah: { quantity: 'capacity', factor: 1 },
  mahr: { quantity: 'capacity', factor: 1 },
  uah: { quantity: 'capacity', factor: 1e-3 },
  'mah/g': { quantity: 'specificCapacity', factor: 1 },
  'ah/kg': { quantity: 'specificCapacity', factor: 1 },
  s: { quantity: 'time', factor: 1 },
  sec: { quantity: 'time', factor: 1 },
  min: { quantity: 'time', factor: 60 },
  h: { quantity: 'time', factor: 3600 },
  hr: { quantity: 'time', factor: 3600 },
};

/** "mA.h", "mA·h", "µAh", "Amp-hr" all name one unit each; fold the spellings together. */
function unitKey(unit: string): string {
  return unit
    .trim()
    .toLowerCase()
    .replace(/[µμ]/g, 'u')
    .replace(/[.·\- ]/g, '');
}

export function unitInfo(unit: string): UnitInfo | undefined {
  return UNITS[unitKey(unit)];
}

export interface ColumnName {
  readonly raw: string;
  /** Lower-case letters and digits of the name without its unit, for matching. */
  readonly base: string;
  readonly unit?: string;
  readonly info?: UnitInfo;
}

/** "Chg. Cap.(Ah)" → "chgcap", "<I>/mA" → "i": punctuation differs between versions. */
export function normalizeBase(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function named(raw: string, base: string, unit?: string): ColumnName {
  const info = unit === undefined ? undefined : unitInfo(unit);
  return info && unit !== undefined
    ? { raw, base: normalizeBase(base), unit: unit.trim(), info }
    : { raw, base: normalizeBase(raw) };
}

export function splitColumnName(raw: string): ColumnName {
  const bracket = /^(.*?)\s*[([]([^()[\]]*)[)\]]\s*$/.exec(raw);
  if (bracket && unitInfo(bracket[2] ?? '')) return named(raw, bracket[1] ?? '', bracket[2]);
  const slash = raw.lastIndexOf('/');
  if (slash > 0 && unitInfo(raw.slice(slash + 1))) {
    return named(raw, raw.slice(0, slash), raw.slice(slash + 1));
  }
  const space = Math.max(raw.lastIndexOf(' '), raw.lastIndexOf('_'));
  if (space > 0 && unitInfo(raw.slice(space + 1))) {
    return named(raw, raw.slice(0, space), raw.slice(space + 1));
  }
  return named(raw, raw);
}
