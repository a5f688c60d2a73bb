/**
 * Writes a data set as SiGe Explorer's tidy CSV. The import date comes from the caller
 * so that the core stays deterministic: the same data always gives the same bytes.
 */
import {
  formatRateTable,
  TIDY_COLUMNS,
  TIDY_KEYS,
  TIDY_MAGIC,
  TIDY_PER_GRAM,
  tidyNumber,
} from './tidyFormat';
import type { CellDataSet } from './types';

export interface TidyExportInfo {
  /** ISO 8601, e.g. new Date().toISOString() at the caller. */
  readonly importDate: string;
  /** Defaults to the name a re-imported tidy file remembers. */
  readonly fileName?: string;
}

/** A value on one header line: a line break would end the block early. */
function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').trim();
}

export function toTidyCsv(data: CellDataSet, info: TidyExportInfo): string {
  const withPerGram = data.series.some((s) => s.capacity_mAh_per_g !== undefined);
  const header: [string, string | undefined][] = [
    [TIDY_KEYS.format, data.source?.formatLabel ?? data.formatLabel],
    [TIDY_KEYS.formatId, data.source?.formatId ?? data.format],
    [TIDY_KEYS.fileName, info.fileName ?? data.source?.fileName],
    [TIDY_KEYS.mass, data.activeMass_mg === undefined ? undefined : tidyNumber(data.activeMass_mg)],
    [TIDY_KEYS.importDate, info.importDate],
    [TIDY_KEYS.rateTable, data.rateTable ? formatRateTable(data.rateTable) : undefined],
  ];
  const out = [TIDY_MAGIC];
  for (const [key, value] of header) {
    if (value !== undefined && value !== '') out.push(`# ${key}: ${oneLine(value)}`);
  }
  out.push([...TIDY_COLUMNS, ...(withPerGram ? [TIDY_PER_GRAM] : [])].join(','));
  for (const s of data.series) {
    const prefix = `${s.cycle},${s.kind},`;
    for (let i = 0; i < s.n; i++) {
      let row = `${prefix}${tidyNumber(s.capacity_mAh[i] ?? 0)},${tidyNumber(s.voltage_V[i] ?? 0)}`;
      if (withPerGram) row += `,${tidyNumber(s.capacity_mAh_per_g?.[i] ?? 0)}`;
      out.push(row);
    }
  }
  return `${out.join('\n')}\n`;
}
