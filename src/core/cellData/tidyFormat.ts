/**
 * SiGe Explorer's own tidy CSV: one row per point, units in the column names, a
 * "# key: value" block saying where the data came from. Shared by the writer and reader
 * so the two cannot drift apart.
 */
import type { RatePoint } from './types';

export const TIDY_MAGIC = '# SiGe Explorer tidy CSV';
export const TIDY_LABEL = 'SiGe Explorer tidy CSV';

export const TIDY_KEYS = {
  format: 'format',
  formatId: 'format id',
  fileName: 'source file',
  mass: 'active mass mg',
  importDate: 'import date',
  rateTable: 'rate table (C-rate=mAh/g)',
} as const;

export const TIDY_COLUMNS = ['cycle', 'kind', 'capacity_mAh', 'voltage_V'] as const;
export const TIDY_PER_GRAM = 'capacity_mAh_per_g';

/** Ten significant digits: more than any cycler measures, none of the binary noise. */
export function tidyNumber(v: number): string {
  return String(Number(v.toPrecision(10)));
}

export function formatRateTable(points: readonly RatePoint[]): string {
  return points.map((p) => `${tidyNumber(p.cRate)}=${tidyNumber(p.capacity_mAh_per_g)}`).join('; ');
}

/** The inverse of formatRateTable; undefined for anything it did not write. */
export function parseRateTable(text: string): RatePoint[] | undefined {
  const points: RatePoint[] = [];
  for (const part of text.split(';')) {
    const [c = '', q = ''] = part.split('=');
    const cRate = Number(c);
    const capacity = Number(q);
    if (
      c.trim() === '' ||
      q.trim() === '' ||
      !Number.isFinite(cRate) ||
      !Number.isFinite(capacity)
    ) {
      return undefined;
    }
    points.push({ cRate, capacity_mAh_per_g: capacity });
  }
  return points;
}

/** "# key: value" lines at the top of the file. */
export function readHeaderBlock(lines: readonly string[]): Map<string, string> {
  const block = new Map<string, string>();
  for (const line of lines) {
    if (!line.startsWith('#')) break;
    const colon = line.indexOf(': ');
    if (colon < 0) continue;
    block.set(line.slice(1, colon).trim(), line.slice(colon + 2).trim());
  }
  return block;
}
