import type { CellDescription } from './cell';
import { openCircuitPotential, openCircuitSlope, type Branch } from './ocp';

/**
 * Site fraction below which the exchange current stops falling on the side the reaction
 * comes *from*: insertion into an empty surface (or removal from a full one) proceeds at a
 * finite rate, while removal from an empty surface (insertion into a full one) stops.
 */
const SITE_FLOOR = 0.1;
const MAX_RATE_ITERATIONS = 60;
/**
 * |ψ(j) − ψ| from which one more Newton update solves a layer's kinetics, V: Newton converges
 * quadratically (ψ(j) bends on the scale of 2RT/F), so the update from within 0.1 mV lands
 * within ~0.2 µV, far inside what any figure feels; returning it saves the evaluation that
 * would only confirm it (a fifth of all kinetics evaluations).
 */
const KINETIC_TOLERANCE_V = 1e-4;
/** The surface D never falls below this share of the alloy's lowest (keeps its log finite). */
const SURFACE_D_FLOOR = 1e-3;
/** A rate this close to a wall (as a fraction of the span between the two) is on it. */
const WALL_REACH = 1e-10;

/** Relative margin by which a current must pass the walls' limit to be refused unsolved. */
const WALL_MARGIN = 1e-4;

/**
 * A move of a layer's rate from j toward `next`, stopped at most 90 % of the way to a wall:
 * near a wall ψ is log-steep and a full Newton step would overshoot it.
 */
export function shortOfWalls(j: number, next: number, jMin: number, jMax: number): number {
  if (next >= jMax) return j + 0.9 * (jMax - j);
  if (next <= jMin) return j + 0.9 * (jMin - j);
  return next;
}

/**
 * The particle surfaces of every layer over one step: how much Li each surface holds for a
 * reaction current j (the particle's end-of-step state is linear in j), the Butler–Volmer
 * potential that current needs, and its inverse — the rate a layer takes at a potential —
 * kept between the walls where a surface would be full or empty. The electrode fills
 * `free` and `outerResponse` for each step and asks `setWalls` once per layer.
 */
export class SurfaceKinetics {
  /** Per layer: the outer shell's θ change per unit reaction current over the step. */
  readonly outerResponse: Float64Array;
  /** Per layer: the reaction currents that would fill or empty the surface this step. */
  readonly jMax: Float64Array;
  readonly jMin: Float64Array;
  /** Branch of the open-circuit curve for the step being solved. */
  branch: Branch = 'lithiation';
  /** dθ_surface/dj of the last `surfaceAt` call. */
  private surfaceSlope = 0;
  private readonly kin = new Float64Array(2);
  /** Lowest surface diffusivity the Kirchhoff relation may return, cm²/s. */
  private readonly surfaceDFloor: number;

  constructor(
    private readonly cell: CellDescription,
    private readonly shells: number,
    /** θ of every shell after the step with no reaction (owned by the electrode). */
    private readonly free: Float64Array,
    /** θ change across the surface gap per unit rate and unit D. */
    private readonly gapFlux: number,
  ) {
    const layers = free.length / shells;
    this.outerResponse = new Float64Array(layers);
    this.jMax = new Float64Array(layers);
    this.jMin = new Float64Array(layers);
    this.surfaceDFloor = cell.diffusivityLaw.lowest_cm2_per_s * SURFACE_D_FLOOR;
    this.wallTheta = new Float64Array(2 * layers).fill(Number.NaN);
  }

  /** The walls depend only on the start of the step: found once per layer, not per iterate. */
  setWalls(k: number): void {
    this.jMax[k] = this.wallCurrent(k, 1);
    this.jMin[k] = this.wallCurrent(k, 0);
  }

  /**
   * The outer-node lithiation at each layer's walls in the last step ([full, empty] per
   * layer), where the next step's search starts: it moves little from step to step, and
   * Newton from there needs two or three iterations instead of five or six from the wall.
   * Part of the electrode's state (copied with it), so a result does not depend on which
   * copy of an electrode computed it.
   */
  readonly wallTheta: Float64Array;

  copyFrom(other: SurfaceKinetics): void {
    this.wallTheta.set(other.wallTheta);
  }

  /**
   * Whether total current I is beyond what the surfaces can give this step, with every layer
   * (particle surface `areaWeights[k]` per electrode area) at its wall. Only delithiation is
   * refused: the side currents only take Li (side reaction and plating are ≥ 0), so no
   * distribution carries more than the emptied surfaces give, while in lithiation they could
   * take the rest. The margin leaves a current the balance tolerance could still meet to the
   * solve, so nothing it would have carried is refused.
   */
  beyondWalls(current: number, areaWeights: Float64Array): boolean {
    if (!(current < 0)) return false;
    let most = 0;
    for (let k = 0; k < this.jMin.length; k++) {
      most += (areaWeights[k] as number) * (this.jMin[k] as number);
    }
    return most >= current * (1 - WALL_MARGIN);
  }

  /**
   * ψ at which layer k takes reaction current j, and dψ/dj:
   *   ψ(j) = −U(θs) + (2RT/F)·asinh(j / 2i0(θs)),  θs = θ_free,outer + s·j.
   */
  private kinetics(k: number, j: number, branch: Branch, out: Float64Array): void {
    const c = this.cell;
    const thetaS = this.surfaceAt(k, j);
    const s = this.surfaceSlope;
    const filled = Math.min(1, Math.max(0, thetaS));
    const empty = 1 - filled;
    // Exchange current ∝ √(filled·empty sites), with a floor on the side the reaction
    // draws from: insertion (j > 0) into an empty surface, or removal from a full one,
    // proceeds at a finite rate; removal from an empty surface cannot.
    const inserting = j > 0;
    const a = inserting ? Math.max(filled, SITE_FLOOR) : filled;
    const b = inserting ? empty : Math.max(empty, SITE_FLOOR);
    const i0 = 2 * c.exchangeCurrent_A_per_cm2 * Math.sqrt(Math.max(a * b, 1e-300));
    // d(ln i0)/dθs, zero where a factor sits on its floor or θs is outside 0…1.
    let dLnI0 = 0;
    if (thetaS > 0 && thetaS < 1) {
      if (!inserting || filled > SITE_FLOOR) dLnI0 += 0.5 / Math.max(filled, 1e-300);
      if (inserting || empty > SITE_FLOOR) dLnI0 -= 0.5 / Math.max(empty, 1e-300);
    }
    const ratio = j / (2 * i0);
    const root = Math.sqrt(1 + ratio * ratio);
    const thermal = 2 / c.f_per_V;
    out[0] = -openCircuitPotential(thetaS, c.ocpShift_V, branch) + thermal * Math.asinh(ratio);
    // d/dj asinh(j/2i0) = (1/2i0 − ratio·dln i0/dj)/root
    out[1] =
      -openCircuitSlope(thetaS, branch) * s + (thermal * (1 / (2 * i0) - ratio * dLnI0 * s)) / root;
  }

  /**
   * Surface lithiation of layer k's particle at reaction current j over the step, with
   * dθs/dj in `surfaceSlope`. Between the outer node and the surface the flux is steady
   * and D(θ) = D½·e^(b(θ−½)), so ∫D dθ across that half-shell equals gap·flux:
   * D(θs) = D(θo) + b·gap·flux — exact for any spread of D, where a D frozen at the outer
   * node would make an empty surface refuse Li it could pass on at once.
   */
  surfaceAt(k: number, j: number): number {
    const law = this.cell.diffusivityLaw;
    const shells = this.shells;
    const ro = this.outerResponse[k] as number;
    const thetaO = (this.free[k * shells + shells - 1] as number) + ro * j;
    const inside = thetaO >= 0 && thetaO <= 1;
    const clamped = inside ? thetaO : Math.min(1, Math.max(0, thetaO));
    const result = law.result;
    law.potentialAndD(clamped);
    const dOuter = result[1] as number;
    law.inverseAndD((result[0] as number) + this.gapFlux * j, this.surfaceDFloor);
    const thetaS = result[0] as number;
    const d = Math.max(result[1] as number, this.surfaceDFloor);
    this.surfaceSlope = (ro * dOuter * (inside ? 1 : 0) + this.gapFlux) / d;
    return thetaS;
  }

  /**
   * The reaction current at which layer k's surface reaches θ = `wall` (0 or 1). Solved in
   * the outer node's lithiation θo (j = (θo − θo,free)/r): h(θo) = K(θo) + gap·(θo − θo,free)/r
   * − K(wall) rises with θo, and its root lies between θo,free and the wall (the surface
   * leads the outer node): Newton, kept inside that bracket by bisection.
   */
  private wallCurrent(k: number, wall: number): number {
    const law = this.cell.diffusivityLaw;
    const shells = this.shells;
    const ro = this.outerResponse[k] as number;
    const free = this.free[k * shells + shells - 1] as number;
    const perTheta = this.gapFlux / ro;
    const target = law.potential(wall);
    let lo = Math.min(free, wall);
    let hi = Math.max(free, wall);
    const slot = 2 * k + (wall === 1 ? 0 : 1);
    const last = this.wallTheta[slot] as number;
    let theta = last > lo && last < hi ? last : wall;
    for (let i = 0; i < 60; i++) {
      const t = theta < 0 ? 0 : theta > 1 ? 1 : theta;
      law.potentialAndD(t);
      const value = (law.result[0] as number) + perTheta * (theta - free) - target;
      if (value > 0) hi = Math.min(hi, theta);
      else lo = Math.max(lo, theta);
      const slope = (t === theta ? (law.result[1] as number) : 0) + perTheta;
      let next = theta - value / slope;
      if (!(next >= lo && next <= hi)) next = 0.5 * (lo + hi);
      const done = Math.abs(next - theta) < 1e-13;
      theta = next;
      if (done) break;
    }
    this.wallTheta[slot] = theta;
    return (theta - free) / ro;
  }

  /**
   * Reaction rate of layer k at potential ψ: solves ψ(j) = ψ by safeguarded Newton,
   * from `guess`, never crossing the walls where the surface would be full or empty. Stores
   * dj/dψ in `slopes[k]`.
   */
  rateAt(k: number, psi: number, guess: number, slopes: Float64Array): number {
    const jMax = this.jMax[k] as number;
    const jMin = this.jMin[k] as number;
    let j = guess;
    if (!(j < jMax && j > jMin)) j = 0.5 * (jMin + jMax);
    const kin = this.kin;
    for (let i = 0; i < MAX_RATE_ITERATIONS; i++) {
      this.kinetics(k, j, this.branch, kin);
      const g = (kin[0] as number) - psi;
      const dpsi = kin[1] as number;
      const next = shortOfWalls(j, j - g / dpsi, jMin, jMax);
      if (!Number.isFinite(next)) return Number.NaN;
      if (Math.abs(g) < KINETIC_TOLERANCE_V) {
        slopes[k] = 1 / dpsi;
        return next;
      }
      // Within rounding of a wall: ψ asks for more than the surface can give, and closer
      // still the surface lithiation itself is rounding noise (its ψ would be garbage).
      const reach = WALL_REACH * (jMax - jMin);
      if (jMax - next < reach || next - jMin < reach) {
        j = next;
        break;
      }
      if (Math.abs(next - j) <= 1e-12 * (Math.abs(j) + 1e-12)) {
        j = next;
        break;
      }
      j = next;
    }
    // Unsolved: ψ lies beyond what this surface can do (it is pinned at a wall, empty or
    // full), so j no longer follows ψ; a slope of zero tells the outer Newton as much.
    slopes[k] = 0;
    return j;
  }
}
