/**
 * Model against data, one residual per data point. A point the model gives no value for
 * weighs as a large finite error, so that the least squares, the simplex and the Jacobian
 * never see a NaN.
 */
import { TOLERANCE } from '../calibration/kineticResiduals';
import type { RefitResidual, RefitTarget } from './types';

/** Relative error of a missing model value: ten times the data, far beyond any real miss. */
export const RESIDUAL_PENALTY = 10;

/** The calibration's target on a capacity, % (kineticResiduals' TOLERANCE.capacity). */
export const DEFAULT_TOLERANCE_PERCENT = TOLERANCE.capacity;

export function residualsOf(
  targets: readonly RefitTarget[],
  model: readonly number[],
): RefitResidual[] {
  return targets.map((t, i) => {
    const value = model[i] ?? Number.NaN;
    const relative = Number.isFinite(value) ? (value - t.data) / t.data : RESIDUAL_PENALTY;
    return { label: t.label, data: t.data, model: value, relative };
  });
}

/**
 * Each relative error in units of the tolerance, as the calibration scores a figure: a score
 * of 1 is one standard deviation for the uncertainty (calibration/uncertainty.ts).
 */
export const scoresOf = (rows: readonly RefitResidual[], tolerance_percent: number): number[] =>
  rows.map((r) => (100 * r.relative) / tolerance_percent);

export const sumOfSquares = (scores: readonly number[]): number =>
  scores.reduce((s, v) => s + v * v, 0);
