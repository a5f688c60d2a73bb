import { differentialCapacity, largestPeak, type DifferentialOptions } from '../cellData/dqdv';
import type { FirstCycleProfile } from './formation';
import type { ProfilePoint } from './halfCycle';

/** Where a cycle's main dQ/dV peaks sit, and how far apart: a measure of its hysteresis. */
export interface PeakSeparation {
  readonly lithiation_V: number;
  readonly delithiation_V: number;
  /** Delithiation peak minus lithiation peak, V. */
  readonly separation_V: number;
}

type BranchKind = keyof FirstCycleProfile;

/**
 * Isotonic regression (pool adjacent violators): the non-decreasing sequence closest to
 * `values` in least squares. A run that breaks the order is replaced by its mean.
 */
export function isotonic(values: readonly number[]): number[] {
  const blocks: { sum: number; count: number }[] = [];
  for (const v of values) {
    blocks.push({ sum: v, count: 1 });
    while (blocks.length > 1) {
      const last = blocks[blocks.length - 1] as { sum: number; count: number };
      const before = blocks[blocks.length - 2] as { sum: number; count: number };
      if (before.sum / before.count <= last.sum / last.count) break;
      before.sum += last.sum;
      before.count += last.count;
      blocks.pop();
    }
  }
  return blocks.flatMap((b) => Array<number>(b.count).fill(b.sum / b.count));
}

/**
 * The branch with its potential made monotone (falling while lithiating, rising while
 * delithiating) by isotonic regression. Where the potential turns back (Si's first
 * lithiation dips and recovers in its first few mAh/g), binning by potential would mix charge
 * from both sides of the turn into one bin and differentiate into spikes of both signs; the
 * regression pools the turn into one short step instead.
 */
export function monotoneBranch(points: readonly ProfilePoint[], kind: BranchKind): ProfilePoint[] {
  const sign = kind === 'lithiation' ? -1 : 1;
  const fitted = isotonic(points.map((p) => sign * p.potential_V));
  return points.map((p, i) => ({
    capacity_mAh_per_g: p.capacity_mAh_per_g,
    potential_V: sign * (fitted[i] ?? Number.NaN),
  }));
}

/** dQ/dV and dV/dQ of a model branch (made monotone first, see monotoneBranch). */
export function branchDifferentials(
  points: readonly ProfilePoint[],
  kind: BranchKind,
  options: DifferentialOptions,
) {
  const branch = monotoneBranch(points, kind);
  return differentialCapacity(
    branch.map((p) => p.capacity_mAh_per_g),
    branch.map((p) => p.potential_V),
    options,
  );
}

const peakOf = (points: readonly ProfilePoint[], kind: BranchKind, options: DifferentialOptions) =>
  largestPeak(branchDifferentials(points, kind, options).dQdV);

/**
 * The main peaks of a cycle's dQ/dV, the same analysis as for imported data (binned in
 * voltage, optionally smoothed); null when a branch has no peak (nothing inserted).
 */
export function peakSeparation(
  cycle: FirstCycleProfile,
  options: DifferentialOptions = {},
): PeakSeparation | null {
  const lithiation = peakOf(cycle.lithiation, 'lithiation', options);
  const delithiation = peakOf(cycle.delithiation, 'delithiation', options);
  if (!lithiation || !delithiation) return null;
  return {
    lithiation_V: lithiation.x,
    delithiation_V: delithiation.x,
    separation_V: delithiation.x - lithiation.x,
  };
}
