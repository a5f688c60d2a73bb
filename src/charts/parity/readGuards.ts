/**
 * Guards for reading calibration.json. The file is rewritten by the calibration script,
 * often by someone else and ahead of the app, so every field is checked where it is read:
 * what fails a check is left out, never drawn as NaN.
 */

export type Row = Readonly<Record<string, unknown>>;

export const isRow = (v: unknown): v is Row => typeof v === 'object' && v !== null;
export const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
export const isText = (v: unknown): v is string => typeof v === 'string' && v !== '';

/** A finite number, or null where the field is missing or not one. */
export const numberOrNull = (v: unknown): number | null => (isNumber(v) ? v : null);

/** [low setting, high setting] of two finite numbers, or null. */
export function numberPair(v: unknown): readonly [number, number] | null {
  if (!Array.isArray(v) || v.length !== 2) return null;
  const [a, b] = v as unknown[];
  return isNumber(a) && isNumber(b) ? [a, b] : null;
}

/** The array under `key` of a section, or none. */
export const listOf = (section: unknown, key: string): readonly unknown[] => {
  if (!isRow(section)) return [];
  const list = section[key];
  return Array.isArray(list) ? list : [];
};

/** Reads each entry, keeping those that parse. */
export const parsed = <T>(list: readonly unknown[], read: (r: unknown) => T | null): T[] =>
  list.map(read).filter((r): r is T => r !== null);
