import { GAS_CONSTANT_J_PER_MOL_K, FARADAY_C_PER_MOL, REFERENCE_TEMPERATURE_K } from '../constants';

/** Which branch of the hysteretic open-circuit curve applies. */
export type Branch = 'lithiation' | 'delithiation';

/**
 * Shape of the open-circuit potential of amorphous Li–Si, V vs Li/Li⁺, fixed (not fitted):
 * lithiation slopes from ≈0.30 V to ≈0.05 V, delithiation from ≈0.30 V to ≈0.50 V
 * (Obrovac & Christensen 2004, as summarised in the physics notes). The solid-solution
 * log term keeps the curve invertible and steepens it toward the empty and full ends.
 */
const SHAPE = {
  lithiation: { intercept: 0.24, slope: 0.2 },
  delithiation: { intercept: 0.5, slope: 0.22 },
  /** Width of the log term, as a fraction of RT/F. */
  logWeight: 0.7,
} as const;

/** Ge lithiates at a slightly higher potential than Si: shift at x = 1, V (assumption). */
export const GE_POTENTIAL_SHIFT_V = 0.1;

/**
 * Softens the log term at the ends (θ → 0, 1) so U stays finite (±0.08 V of swing):
 * real alloys never reach a Li-free or Li-saturated surface at finite rate anyway.
 */
const SOFT_EDGE = 0.01;

const THERMAL_V = (GAS_CONSTANT_J_PER_MOL_K * REFERENCE_TEMPERATURE_K) / FARADAY_C_PER_MOL;

/** Open-circuit potential of Si(1−x)Ge(x) at lithiation fraction θ (of Li15M4), V vs Li/Li⁺. */
export function openCircuitPotential(theta: number, xGe: number, branch: Branch): number {
  const t = Math.min(1, Math.max(0, theta));
  const s = SHAPE[branch];
  return (
    s.intercept -
    s.slope * t +
    SHAPE.logWeight * THERMAL_V * Math.log((1 - t + SOFT_EDGE) / (t + SOFT_EDGE)) +
    GE_POTENTIAL_SHIFT_V * xGe
  );
}

/** dU/dθ of the open-circuit potential (0 outside 0 ≤ θ ≤ 1, where U is held constant). */
export function openCircuitSlope(theta: number, branch: Branch): number {
  if (theta < 0 || theta > 1) return 0;
  return (
    -SHAPE[branch].slope -
    SHAPE.logWeight * THERMAL_V * (1 / (1 - theta + SOFT_EDGE) + 1 / (theta + SOFT_EDGE))
  );
}

/** Li–In counter electrode potential vs Li/Li⁺ (physics notes). */
export const LI_IN_POTENTIAL_V = 0.62;

/** The study's window, −0.6…1.4 V vs Li–In, on the Li/Li⁺ scale. */
export const VOLTAGE_WINDOW_V_VS_LI = {
  lower: -0.6 + LI_IN_POTENTIAL_V,
  upper: 1.4 + LI_IN_POTENTIAL_V,
} as const;
