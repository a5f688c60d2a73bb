import type { ImportedSet } from '../state/cellDataTypes';
import { formatSignificant } from './number';

const two = (n: number) => String(n).padStart(2, '0');

/** The import's day in the reader's time zone, as 2026-03-14: unambiguous in every locale. */
export function importDay(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'unknown date';
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

/** "0.02 mg", or what its absence means for the reader. */
export const massText = (mass_mg: number | undefined): string =>
  mass_mg === undefined ? 'no mass' : `${formatSignificant(mass_mg, 4)} mg`;

/** "arbin.csv · 0.02 mg · 2026-03-14": how legends and lists name an imported set. */
export const cellSetLabel = (set: Pick<ImportedSet, 'fileName' | 'mass_mg' | 'importDate'>) =>
  `${set.fileName} · ${massText(set.mass_mg)} · ${importDay(set.importDate)}`;
