import type { Electrode } from './electrode';
import type { Branch } from './ocp';

export interface HoldResult {
  /** Charge passed during the hold, mAh per gram of alloy (always ≥ 0). */
  readonly capacity_mAh_per_g: number;
  /** Current density at the end of the hold, A/cm² (magnitude). */
  readonly finalCurrent_A_per_cm2: number;
}

export interface HoldOptions {
  /** Logarithmically spaced steps from the first second to the end of the hold. */
  readonly steps?: number;
  /** Current at which the hold starts its search (e.g. the last constant current). */
  readonly startCurrent?: number;
}

/** Regula-falsi iterations per step for the current that holds the potential (fallback)… */
const CURRENT_ITERATIONS = 10;
/** …stopping once the bracket on the current is this narrow, relative to its top. */
const CURRENT_TOLERANCE = 0.01;

/**
 * Constant-voltage hold of the electrode (mutated in place) at `potential_V` vs Li/Li⁺
 * for `duration_s`. Each step solves for the current whose end-of-step potential equals the
 * set one — the electrode model itself decides how fast trapped Li comes out — inside the
 * step's own Newton solve (the current one more unknown, the terminal potential one more
 * equation); where that fails, by regula falsi between zero current and one that overshoots.
 */
export function holdAt(
  e: Electrode,
  potential_V: number,
  duration_s: number,
  branch: Branch,
  { steps = 16, startCurrent = 1e-4 }: HoldOptions = {},
): HoldResult {
  const sign = branch === 'lithiation' ? 1 : -1;
  const toCapacity = 1 / (3.6 * e.cell.loading_g_per_cm2);
  const backup = e.clone();
  const trial = e.clone();
  const held = { potential_V, series_ohm_cm2: e.cell.seriesResistance_ohm_cm2 };
  e.rest(branch);
  let charge = 0;
  let magnitude = Math.abs(startCurrent);
  let time = 0;
  const first = Math.min(1, duration_s);
  for (let k = 0; k < steps && time < duration_s; k++) {
    const end = first * (duration_s / first) ** ((k + 1) / steps);
    const dt = end - time;
    backup.copyFrom(e);
    const v = e.step(sign * Math.max(magnitude, 1e-12), dt, branch, 1, held);
    const found = sign * e.lastCurrent;
    if (Number.isFinite(v) && found > 0) {
      magnitude = found;
    } else {
      // At rest already at (or past) the set potential: nothing more comes out (0), or
      // the solve failed and the search over currents decides.
      magnitude = Number.isFinite(v) ? 0 : searchCurrent(backup, trial, sign, magnitude, dt);
      e.copyFrom(backup);
      if (magnitude > 0) e.step(sign * magnitude, dt, branch);
    }
    charge += magnitude * dt;
    time = end;
  }
  return { capacity_mAh_per_g: charge * toCapacity, finalCurrent_A_per_cm2: magnitude };

  /**
   * The current magnitude that holds the potential over a step of dt from `from`, by Illinois
   * regula falsi between zero current and a current that overshoots (0 when zero current
   * already reaches the set potential), each trial a step of `scratch`.
   */
  function searchCurrent(
    from: Electrode,
    scratch: Electrode,
    sign: number,
    start: number,
    dt: number,
  ): number {
    // Potential error of a step at current magnitude i: < 0 means "not there yet".
    const miss = (i: number): number => {
      scratch.copyFrom(from);
      const v = scratch.step(sign * i, dt, branch);
      if (!Number.isFinite(v)) return Number.POSITIVE_INFINITY;
      return sign * (potential_V - v);
    };
    let lo = 0;
    let fLo = miss(0);
    if (!Number.isFinite(fLo)) {
      // Not "past the set potential": a multistep extrapolation from the steep start of the
      // hold that overshot (0.2 against 97 mAh/g at neighbouring x at 80 °C, 10 µm, 200 µm,
      // ε = 0.05; it also struck some holds the calibration runs). Start afresh (backward
      // Euler) and ask again.
      from.past.clear();
      fLo = miss(0);
    }
    // Already at (or past) the set potential at rest: nothing more comes out.
    if (fLo >= 0) return 0;
    let hi = Math.max(start, 1e-12);
    let fHi = miss(hi);
    for (let grow = 0; grow < 40 && fHi < 0; grow++) {
      lo = hi;
      fLo = fHi;
      hi *= 4;
      fHi = miss(hi);
    }
    // Illinois regula falsi: the end that stays is halved in weight, so the bracket closes
    // from both sides (plain regula falsi crawls from one end on these convex curves).
    let side = 0;
    for (let it = 0; it < CURRENT_ITERATIONS; it++) {
      const mid = Number.isFinite(fHi) ? lo + ((hi - lo) * -fLo) / (fHi - fLo) : 0.5 * (lo + hi);
      const guess = mid > lo && mid < hi ? mid : 0.5 * (lo + hi);
      const f = miss(guess);
      if (f < 0) {
        lo = guess;
        fLo = f;
        if (side === -1) fHi /= 2;
        side = -1;
      } else {
        hi = guess;
        fHi = f;
        if (side === 1) fLo /= 2;
        side = 1;
      }
      if (Math.abs(f) < 1e-4 || hi - lo < CURRENT_TOLERANCE * hi) break;
    }
    return lo;
  }
}
