import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { KineticsView } from '../../core';
import { pinLabel } from '../../format/pinLabel';
import { useAppStore, useDeferredAppStore } from '../../state/hooks';
import type { Pin, PinResult } from '../../state/pinTypes';
import type { Store } from '../../state/storeTypes';
import type { PinnedPath } from './PinnedCurves';

const selectPins = (s: Store) => s.pins;
const selectPinResults = (s: Store) => s.pinResults;
/** Strings only, so that a drag re-renders a legend only when a label really changes. */
const selectLabels = (s: Store) => s.pins.map((pin) => pinLabel(pin, s));

export interface PinnedEntry {
  readonly pin: Pin;
  /** Its composition and how it differs from the live view (format/pinLabel). */
  readonly label: string;
  /** Undefined until the pins driver has asked for it. */
  readonly result: PinResult | undefined;
}

/** Every pin with its label and answer, for legends and the comparison table. */
export function usePinnedEntries(): readonly PinnedEntry[] {
  const pins = useAppStore(selectPins);
  const results = useAppStore(selectPinResults);
  const labels = useAppStore(useShallow(selectLabels));
  return useMemo(
    () => pins.map((pin, i) => ({ pin, label: labels[i] ?? '', result: results[pin.key] })),
    [pins, results, labels],
  );
}

/** One pin's share of a figure: what the figure draws of its answer. */
export interface PinnedSeries<T> {
  readonly key: string;
  readonly slot: number;
  readonly xGe: number;
  readonly data: T;
}

/**
 * What a figure draws of each pin that has its answer, as `pick` takes it from the view (a
 * module-level function, so the list changes only when the pins or their answers do).
 * Deferred like the figures' own answer: drawing pins never holds up a drag.
 */
export function usePinnedSeries<T>(pick: (view: KineticsView) => T): readonly PinnedSeries<T>[] {
  const pins = useDeferredAppStore(selectPins);
  const results = useDeferredAppStore(selectPinResults);
  return useMemo(
    () =>
      pins.flatMap((pin) => {
        const result = results[pin.key];
        return result?.status === 'ready'
          ? [{ key: pin.key, slot: pin.slot, xGe: pin.inputs.xGe, data: pick(result.view) }]
          : [];
      }),
    [pins, results, pick],
  );
}

/** The pins themselves, for a figure that needs their settings and not their kinetics. */
export const usePins = (): readonly Pin[] => useDeferredAppStore(selectPins);

/** Each pin's path as `draw` makes it (memoised on the scales by the caller's useCallback). */
export function usePinnedPaths<T>(
  pinned: readonly PinnedSeries<T>[],
  draw: (data: T) => string,
): readonly PinnedPath[] {
  return useMemo(
    () => pinned.map(({ key, slot, data }) => ({ key, slot, d: draw(data) })),
    [pinned, draw],
  );
}
