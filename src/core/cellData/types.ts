/**
 * Shapes of an imported cycler file. Plain arrays and objects only, so that a result
 * crosses a worker boundary (structured clone) and JSON unchanged.
 */

export type FormatId = 'ec-lab' | 'arbin' | 'neware' | 'maccor' | 'generic' | 'rate-table' | 'tidy';

export type HalfCycleKind = 'lithiation' | 'delithiation';

/** Names of the per-point arrays a series may carry, in the order they are written. */
export type SeriesColumn = 'capacity_mAh' | 'voltage_V' | 'capacity_mAh_per_g';

export interface CellSeries {
  readonly kind: HalfCycleKind;
  /** 1-based count of lithiation–delithiation pairs (makers number cycles differently). */
  readonly cycle: number;
  readonly n: number;
  readonly columns: readonly SeriesColumn[];
  /** Charge passed since the half-cycle began: starts at 0. */
  readonly capacity_mAh: readonly number[];
  readonly voltage_V: readonly number[];
  /** Present only when the active mass is known. */
  readonly capacity_mAh_per_g?: readonly number[];
}

export interface RatePoint {
  readonly cRate: number;
  readonly capacity_mAh_per_g: number;
}

/** What a tidy CSV remembers of the file it was made from. */
export interface CellDataSource {
  readonly formatId?: string;
  readonly formatLabel?: string;
  readonly fileName?: string;
  readonly importDate?: string;
}

export interface CellDataSet {
  readonly status: 'parsed';
  readonly format: FormatId;
  readonly formatLabel: string;
  readonly cycles: number;
  readonly series: readonly CellSeries[];
  readonly rateTable?: readonly RatePoint[];
  readonly activeMass_mg?: number;
  readonly source?: CellDataSource;
  readonly warnings: readonly string[];
}

export type Quantity = 'voltage' | 'current' | 'capacity' | 'specificCapacity' | 'time';

export interface DetectedColumn {
  readonly name: string;
  /** The unit as written in the header, when there is one the importer knows. */
  readonly unit?: string;
  readonly quantity?: Quantity;
  /** Whether the first data row holds a number in this column. */
  readonly numeric: boolean;
}

export type VoltageUnit = 'V' | 'mV';
export type CurrentUnit = 'A' | 'mA' | 'µA';
export type CapacityUnit = 'Ah' | 'mAh' | 'µAh' | 'mAh/g';
export type TimeUnit = 's' | 'min' | 'h';

/** The caller's choice of columns (by header name) for a table of no known maker. */
export interface ColumnMapping {
  readonly voltage: string;
  readonly capacity: string;
  readonly current?: string;
  readonly cycle?: string;
  /** Accepted for the column picker; series do not carry time. */
  readonly time?: string;
  /** Units for columns whose header does not say them; a unit in the header wins. */
  readonly units?: {
    readonly voltage?: VoltageUnit;
    readonly current?: CurrentUnit;
    readonly capacity?: CapacityUnit;
    readonly time?: TimeUnit;
  };
}

/** A table of no known maker and no mapping: the caller must choose the columns. */
export interface NeedsMapping {
  readonly status: 'needs-mapping';
  readonly format: 'generic';
  readonly formatLabel: string;
  readonly columns: readonly DetectedColumn[];
  readonly guess: Partial<ColumnMapping>;
  readonly warnings: readonly string[];
}

export type CellDataResult = CellDataSet | NeedsMapping;

/** Enough of AbortSignal for a worker to cancel, without needing the DOM's type. */
export interface AbortFlag {
  readonly aborted: boolean;
}

export interface ParseOptions {
  readonly fileName?: string;
  /** Active (alloy) mass in mg; without it the per-gram arrays are absent. */
  readonly activeMass_mg?: number;
  readonly mapping?: ColumnMapping;
  /** 'rate': the caller labels a two-column (C-rate, capacity) table as rate capability. */
  readonly table?: 'auto' | 'rate';
  /** With the mass and a current column, each delithiation gives a point of a rate table. */
  readonly nominalCapacity_mAh_per_g?: number;
  readonly onProgress?: (fraction: number) => void;
  readonly signal?: AbortFlag;
}
