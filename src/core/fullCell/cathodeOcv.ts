import { curveOf, meanOver, valueAt, type Curve } from './interpolate';

/** One named point of a cathode's potential against its state of charge. */
export interface OcvPoint {
  /** 0 = fully discharged (lithiated), 1 = charged to its upper cut-off. */
  readonly soc: number;
  /** Potential vs Li/Li⁺, V. */
  readonly potential_V: number;
}

/**
 * The cathode's potential along a slow (0.1 C) discharge, as a function of state of charge.
 * The named points fix the shape only: the curve is shifted as a whole so that its mean over
 * a full discharge equals the stated average discharge voltage. That keeps the two settings
 * consistent whichever of them a user overrides.
 */
export interface CathodePotential {
  readonly discharge: (soc: number) => number;
  readonly charge: (soc: number) => number;
}

export function cathodePotential(
  shape: Curve,
  averageDischargeVoltage_V: number,
  chargeOverpotential_V: number,
): CathodePotential {
  const shift = averageDischargeVoltage_V - meanOver(shape, 0, 1);
  const discharge = (soc: number) => valueAt(shape, Math.min(1, Math.max(0, soc))) + shift;
  return { discharge, charge: (soc) => discharge(soc) + chargeOverpotential_V };
}

/** A curve from named points, or null if fewer than two usable ones lie within 0 ≤ soc ≤ 1. */
export function ocvCurveOf(points: readonly OcvPoint[]): Curve | null {
  return curveOf(
    points
      .filter((p) => typeof p === 'object' && p !== null && p.soc >= 0 && p.soc <= 1)
      .map((p): [number, number] => [p.soc, p.potential_V]),
  );
}
