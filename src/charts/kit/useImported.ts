import { useMemo } from 'react';
import type { ImportedSet } from '../../state/cellDataTypes';
import { useDeferredAppStore } from '../../state/hooks';
import type { Store } from '../../state/storeTypes';

const selectCellSets = (s: Store) => s.cellSets;

/** One imported set's share of a figure: what the figure draws of it. */
export interface ImportedSeries<T> {
  readonly id: string;
  readonly slot: number;
  readonly data: T;
}

/** A set as a figure draws it: its path, and for measured-style figures its points (px). */
export interface ImportedShape {
  readonly d: string;
  readonly points?: readonly (readonly [number, number])[];
}

export interface ImportedPath extends ImportedShape {
  readonly id: string;
  readonly slot: number;
}

/**
 * What a figure draws of each visible set, as `pick` takes it (null: nothing to draw; a
 * module-level or memoised function, so the list changes only when the sets do). Deferred
 * like the figures' own answers: an import never holds up a drag.
 */
export function useImportedSeries<T>(
  pick: (set: ImportedSet) => T | null,
): readonly ImportedSeries<T>[] {
  const sets = useDeferredAppStore(selectCellSets);
  return useMemo(
    () =>
      sets.flatMap((set) => {
        const data = set.visible ? pick(set) : null;
        return data === null ? [] : [{ id: set.id, slot: set.slot, data }];
      }),
    [sets, pick],
  );
}

/** Each set's shape as `draw` makes it (memoised on the scales by the caller's useCallback). */
export function useImportedPaths<T>(
  series: readonly ImportedSeries<T>[],
  draw: (data: T) => ImportedShape,
): readonly ImportedPath[] {
  return useMemo(
    () => series.map(({ id, slot, data }) => ({ id, slot, ...draw(data) })),
    [series, draw],
  );
}
