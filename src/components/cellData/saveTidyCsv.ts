import { toTidyCsv } from '../../core/cellData/tidyExport';
import { saveFile } from '../../export/saveFile';
import type { ImportedSet } from '../../state/cellDataTypes';

/** "arbin.csv" → "arbin_tidy.csv": beside the original, never over it. */
export function tidyFileName(fileName: string): string {
  const base = fileName.replace(/\.[^.]*$/, '') || 'cell-data';
  return `${base}_tidy.csv`;
}

/** Saves a set as SiGe Explorer's tidy CSV (units in the column names), which imports back. */
export function saveTidyCsv(set: ImportedSet): void {
  const text = toTidyCsv(set.data, { importDate: set.importDate, fileName: set.fileName });
  saveFile(tidyFileName(set.fileName), text, 'text/csv;charset=utf-8');
}
