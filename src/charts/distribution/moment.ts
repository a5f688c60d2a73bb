import type { KineticsView } from '../../core';
import { formatFixed, formatInputValue } from '../../format/number';

/** "lithiation at 1 C, 50 % of theoretical capacity": when the snapshot was taken. */
export function snapshotMoment(view: KineticsView): string {
  const { snapshotRate, snapshotDepth } = view.inputs;
  return (
    `${view.distribution.branch} at ${formatInputValue(snapshotRate)} C, ` +
    `${formatFixed(100 * snapshotDepth, 0)} % of theoretical capacity`
  );
}

/** The half-cycle hit its cut-off first: the model returns an empty reaction profile. */
export const snapshotMissed = (view: KineticsView): boolean =>
  view.distribution.capacity_mAh_per_g <= 0 && view.distribution.reaction.every((r) => r === 0);

export const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
