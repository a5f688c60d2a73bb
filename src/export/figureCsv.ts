import { writeCsvWithHeader, type CsvCell } from './csv';
import {
  fileSafe,
  provenanceMeta,
  settingsFileTags,
  settingsMeta,
  type ExportSettings,
} from './exportSettings';
import type { DataRow, FigureData } from './figureData';

/** Column names in the order they first appear (a row may lack some). */
export function columnsOf(rows: readonly DataRow[]): string[] {
  const seen = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) seen.add(key);
  return [...seen];
}

/**
 * `sige-rate-capability_x0.125_25C_r0.5um_L5um.csv`: the figure, then its key settings (none
 * when they are not known). Its images (.svg, .png) take the same name.
 */
export function figureFilename(
  data: FigureData,
  settings: ExportSettings | null,
  extension: 'csv' | 'svg' | 'png' = 'csv',
): string {
  const tags = [
    ...(settings ? settingsFileTags(settings, { withComposition: !data.spansComposition }) : []),
    ...(data.tags ?? []),
  ];
  return `${[data.id, ...tags].map(fileSafe).join('_')}.${extension}`;
}

/**
 * The file a figure's download holds: app, version, date, every input and choice, the figure
 * name, then the table. `exportedAt` (ISO 8601) comes from the caller, so this stays pure.
 */
export function figureCsv(
  data: FigureData,
  settings: ExportSettings | null,
  exportedAt: string,
): string {
  const rows = data.rows();
  const columns = columnsOf(rows);
  return writeCsvWithHeader({
    meta: [...provenanceMeta(data.title, exportedAt), ...(settings ? settingsMeta(settings) : [])],
    columns,
    rows: rows.map((row) => columns.map((c): CsvCell => row[c])),
  });
}
