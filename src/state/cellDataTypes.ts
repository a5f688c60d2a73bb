import type { CellDataSet } from '../core/cellData/types';

/** A cycler file the user imported: kept in the browser until removed. */
export interface ImportedSet {
  readonly id: string;
  readonly fileName: string;
  /** Active mass, mg; absent when none was given (then nothing is drawn per gram). */
  readonly mass_mg?: number;
  /** ISO 8601, when it was imported. */
  readonly importDate: string;
  readonly data: CellDataSet;
  /** Whether the figures draw it; a hidden set stays listed. */
  readonly visible: boolean;
  /** Its colour, taken at import and kept, so that removing one set repaints no other. */
  readonly slot: number;
}

/** What an import adds; the slice gives it its id, slot and visibility. */
export interface NewImportedSet {
  readonly fileName: string;
  readonly mass_mg?: number;
  readonly data: CellDataSet;
  /** Now, unless a test fixes it. */
  readonly importDate?: string;
}

/** Where the sets are kept: being read back, in the browser's storage, or in this tab only. */
export type CellStorageState =
  | { readonly status: 'loading' }
  | { readonly status: 'saved' }
  | { readonly status: 'memory'; readonly reason: string };

export interface CellDataSlice {
  /** In the order they were imported. */
  cellSets: readonly ImportedSet[];
  cellStorage: CellStorageState;
  /** Adds a set, shown, and says so; returns its id. */
  addCellSet(set: NewImportedSet): string;
  removeCellSet(id: string): void;
  /** Shows a hidden set or hides a shown one. */
  toggleCellSet(id: string): void;
  /** The sets read back from storage, before any imported since the page opened. */
  restoreCellSets(sets: readonly ImportedSet[]): void;
  setCellStorage(state: CellStorageState): void;
}
