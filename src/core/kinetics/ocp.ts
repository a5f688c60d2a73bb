import { GAS_CONSTANT_J_PER_MOL_K, FARADAY_C_PER_MOL, REFERENCE_TEMPERATURE_K } from '../constants';

/** Which branch of the hysteretic open-circuit curve applies. */
export type Branch = 'lithiation' | 'delithiation';

/**
 * Open-circuit potential of amorphous Li–Si, V vs Li/Li⁺, fixed (not fitted). Obrovac &
 * Christensen (2004), as summarised in the physics notes: lithiation slopes from ≈0.30 V to
 * ≈0.05 V, delithiation from ≈0.30 V to ≈0.50 V. Each branch is a line through those two
 * end values, taken at 2 % and 98 % lithiation, plus the ideal lattice-gas (configurational
 * entropy) term RT/F·ln((1 − θ)/θ) of Li on the host's sites: it makes the curve rise
 * steeply as a host empties and fall as it fills, as measured curves do over their last
 * per cent. Until session 9 the term carried an arbitrary weight of 0.3 and was cut off 1 %
 * from the ends, which left an almost empty alloy at only 0.31 V.
 */
const ANCHOR_THETA = 0.02;
const ENDS = {
  lithiation: { empty: 0.3, full: 0.05 },
  delithiation: { empty: 0.5, full: 0.3 },
} as const;
/** Weight of the log term in units of RT/F: 1 for an ideal lattice gas. */
const LOG_WEIGHT = 1;

/**
 * Keeps the log term finite at θ = 0 and 1 (±0.24 V of swing at 25 °C), an assumption:
 * a surface 10⁻⁴ from empty or full is as far as the model's shells resolve anyway.
 */
const SOFT_EDGE = 1e-4;

const THERMAL_V = (GAS_CONSTANT_J_PER_MOL_K * REFERENCE_TEMPERATURE_K) / FARADAY_C_PER_MOL;

const logTerm = (t: number) =>
  LOG_WEIGHT * THERMAL_V * Math.log((1 - t + SOFT_EDGE) / (t + SOFT_EDGE));

/** Line coefficients of each branch, so that U(2 %) and U(98 %) hit the source's ends. */
const LINES = Object.fromEntries(
  (['lithiation', 'delithiation'] as const).map((branch) => {
    const { empty, full } = ENDS[branch];
    const lo = ANCHOR_THETA;
    const hi = 1 - ANCHOR_THETA;
    const slope = (empty - logTerm(lo) - (full - logTerm(hi))) / (hi - lo);
    return [branch, { intercept: empty - logTerm(lo) + slope * lo, slope }];
  }),
) as Record<Branch, { intercept: number; slope: number }>;

/**
 * Open-circuit potential at lithiation fraction θ (of Li15M4), V vs Li/Li⁺: the Li–Si curve
 * raised by `shift_V` (the alloy's Ge shift, `CellDescription.ocpShift_V`).
 */
export function openCircuitPotential(theta: number, shift_V: number, branch: Branch): number {
  const t = Math.min(1, Math.max(0, theta));
  const line = LINES[branch];
  return line.intercept - line.slope * t + logTerm(t) + shift_V;
}

/** dU/dθ of the open-circuit potential (0 outside 0 ≤ θ ≤ 1, where U is held constant). */
export function openCircuitSlope(theta: number, branch: Branch): number {
  if (theta < 0 || theta > 1) return 0;
  return (
    -LINES[branch].slope -
    LOG_WEIGHT * THERMAL_V * (1 / (1 - theta + SOFT_EDGE) + 1 / (theta + SOFT_EDGE))
  );
}

/** Li–In counter electrode potential vs Li/Li⁺ (physics notes). */
export const LI_IN_POTENTIAL_V = 0.62;

/**
 * The Li–In potential depends on the alloy's Li:In ratio, which the study does not state:
 * its uncertainty, V (the fit is made at 0.62; docs/model.md gives each figure's spread).
 */
export const LI_IN_POTENTIAL_RANGE_V = { low: 0.6, high: 0.64 } as const;

/** The study's window, −0.6…1.4 V vs Li–In, on the Li/Li⁺ scale for a counter at `liIn_V`. */
export function voltageWindow(liIn_V: number): { readonly lower: number; readonly upper: number } {
  return { lower: -0.6 + liIn_V, upper: 1.4 + liIn_V };
}

/** The window at the nominal Li–In potential. */
export const VOLTAGE_WINDOW_V_VS_LI = voltageWindow(LI_IN_POTENTIAL_V);
