import type { MapCell, MapRequest } from '../core/designMap/request';

/** Where a design map stands: computing cell by cell, complete, stopped by Cancel, or failed. */
export type MapStatus = 'idle' | 'computing' | 'ready' | 'cancelled' | 'error';

/** The newest design map the page asked for, as far as it has arrived. */
export interface DesignMapRun {
  /** Numbers the maps; an answer for any but the newest is dropped. */
  readonly run: number;
  /** What is mapped, with the inputs and choices of the moment it started; null before any. */
  readonly request: MapRequest | null;
  /** The cells in grid order (i along x, then j: slot i·ny + j); null where none arrived yet. */
  readonly cells: readonly (MapCell | null)[];
  /** How many cells have arrived. */
  readonly filled: number;
  /** How many the map has. */
  readonly total: number;
  readonly status: MapStatus;
  readonly error: string | null;
}

export interface DesignMapSlice {
  designMap: DesignMapRun;
  /** Begins a new map (the design-map driver sends its cells); it supersedes any other. */
  startDesignMap(request: MapRequest): void;
  /** Stops the map being computed: nothing more is sent, answers still on their way are dropped. */
  cancelDesignMap(): void;
  /** Cells of map `run` arrived; those of another map, or after Cancel, are ignored. */
  addMapCells(run: number, cells: readonly MapCell[]): void;
  failDesignMap(run: number, message: string): void;
}
