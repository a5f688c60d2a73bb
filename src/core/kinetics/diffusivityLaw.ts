/**
 * Li diffusivity of the alloy against its lithiation θ: log₁₀ D is piecewise linear in θ
 * through a few knots (0 = θ₀ < θ₁ < … < θₙ = 1). The level is set so that the mean of
 * log₁₀ D over 0 ≤ θ ≤ 1 is log₁₀ of the GITT average `mean_cm2_per_s`: the study reports
 * one average over the lithiation, not its profile.
 *
 * Finite volumes need more than D: the Kirchhoff potential K(θ) = ∫₀^θ D dθ' (a steady flux
 * through a layer whose D varies is exactly ΔK over its width) and its inverse, which give
 * the mean D between two nodes and the surface lithiation one gap beyond the outer node. On
 * each piece D is exponential in θ, so both are closed-form. Beyond 0 and 1, D continues on
 * the end pieces (the rate solve never uses a surface outside 0…1; the extension only keeps
 * trial points finite).
 */
export interface DiffusivityKnot {
  readonly theta: number;
  /** log₁₀ D at the knot, relative to the others (the mean is removed). */
  readonly decades: number;
}

/** Below this |ln-slope × width|, a piece is integrated as nearly constant (no 0/0). */
const FLAT = 1e-9;

/** ∫₀^w d0·e^(s·t) dt, signed (w < 0 integrates backwards). */
function integral(d0: number, slope: number, w: number): number {
  const sw = slope * w;
  return Math.abs(sw) < FLAT ? d0 * w * (1 + 0.5 * sw) : (d0 * Math.expm1(sw)) / slope;
}

export class DiffusivityLaw {
  /** Knot positions, D at them (cm²/s), ln-slopes of the pieces, K at the knots. */
  private readonly knots: Float64Array;
  private readonly dAt: Float64Array;
  private readonly slopes: Float64Array;
  private readonly kAt: Float64Array;
  /** Smallest D on 0…1, cm²/s. */
  readonly lowest_cm2_per_s: number;

  constructor(
    readonly mean_cm2_per_s: number,
    shape: readonly DiffusivityKnot[],
  ) {
    const knots = [...shape].sort((a, b) => a.theta - b.theta);
    if (knots.length < 2 || knots[0]?.theta !== 0 || knots.at(-1)?.theta !== 1) {
      throw new RangeError('D(θ) needs knots at θ = 0 and θ = 1');
    }
    // Mean of a piecewise-linear function: the trapezoid rule is exact.
    let mean = 0;
    for (let i = 1; i < knots.length; i++) {
      const a = knots[i - 1] as DiffusivityKnot;
      const b = knots[i] as DiffusivityKnot;
      mean += 0.5 * (a.decades + b.decades) * (b.theta - a.theta);
    }
    const n = knots.length;
    this.knots = Float64Array.from(knots, (k) => k.theta);
    this.dAt = Float64Array.from(knots, (k) => mean_cm2_per_s * 10 ** (k.decades - mean));
    this.slopes = new Float64Array(n - 1);
    this.kAt = new Float64Array(n);
    for (let i = 0; i < n - 1; i++) {
      const w = (this.knots[i + 1] as number) - (this.knots[i] as number);
      const s = Math.log((this.dAt[i + 1] as number) / (this.dAt[i] as number)) / w;
      this.slopes[i] = s;
      this.kAt[i + 1] = (this.kAt[i] as number) + integral(this.dAt[i] as number, s, w);
    }
    this.lowest_cm2_per_s = Math.min(...this.dAt);
  }

  /** The piece that holds θ (the end pieces extend beyond 0 and 1). */
  private piece(theta: number): number {
    const last = this.slopes.length - 1;
    let i = 0;
    while (i < last && theta >= (this.knots[i + 1] as number)) i++;
    return i;
  }

  /** D at θ, cm²/s (any real θ). */
  at(theta: number): number {
    const i = this.piece(theta);
    return (
      (this.dAt[i] as number) *
      Math.exp((this.slopes[i] as number) * (theta - (this.knots[i] as number)))
    );
  }

  /** Kirchhoff potential K(θ) = ∫₀^θ D dθ', cm²/s. */
  potential(theta: number): number {
    const i = this.piece(theta);
    const w = theta - (this.knots[i] as number);
    return (this.kAt[i] as number) + integral(this.dAt[i] as number, this.slopes[i] as number, w);
  }

  /**
   * Results of `potentialAndD` and `inverseAndD`: [K or θ, D there]. The rate solve needs D
   * and K (or θ) at the same point many times per step; on a piece both come from one
   * exponential (or one logarithm), not two. Written here rather than returned: a double
   * returned from a call the engine does not inline is boxed, and these run ~10⁵ times an
   * evaluation (a tenth of its time went to collecting the boxes).
   */
  readonly result = new Float64Array(2);

  /** K(θ) as `potential` gives it, and D(θ), into `result`. */
  potentialAndD(theta: number): void {
    const i = this.piece(theta);
    const d0 = this.dAt[i] as number;
    const s = this.slopes[i] as number;
    const w = theta - (this.knots[i] as number);
    const sw = s * w;
    const out = this.result;
    if (Math.abs(sw) < FLAT) {
      out[0] = (this.kAt[i] as number) + d0 * w * (1 + 0.5 * sw);
      out[1] = d0 * (1 + sw);
      return;
    }
    const grown = Math.expm1(sw);
    out[0] = (this.kAt[i] as number) + (d0 * grown) / s;
    out[1] = d0 + d0 * grown;
  }

  /**
   * θ whose Kirchhoff potential is k, and D there, into `result`: on the piece
   * K = K_i + d0·(e^(s·w) − 1)/s, so D = d0·e^(s·w) = d0 + s·ΔK and no exponential is needed.
   * Where an end piece's D would have to fall below `floor` to reach k, θ is taken where D
   * equals the floor (the caller keeps its log finite).
   */
  inverseAndD(k: number, floor: number): void {
    const last = this.slopes.length - 1;
    let i = 0;
    while (i < last && k >= (this.kAt[i + 1] as number)) i++;
    const d0 = this.dAt[i] as number;
    const s = this.slopes[i] as number;
    const t0 = this.knots[i] as number;
    const dk = k - (this.kAt[i] as number);
    const out = this.result;
    if (Math.abs(s) < FLAT) {
      out[0] = t0 + dk / d0;
      out[1] = d0;
      return;
    }
    const grown = 1 + (s * dk) / d0;
    if (grown > floor / d0) {
      out[0] = t0 + Math.log(grown) / s;
      out[1] = d0 * grown;
      return;
    }
    out[0] = t0 + Math.log(floor / d0) / s;
    out[1] = floor;
  }

  /**
   * For the first n lithiations in `thetas` (within 0…1): D at each into `nodes`, and the
   * mean of D between each neighbouring pair into `faces` (as `meanBetween`). One call per
   * particle and step rather than two per node: the doubles those calls would return are
   * boxed when the engine does not inline them.
   */
  fillNodesAndFaces(
    thetas: Float64Array,
    nodes: Float64Array,
    faces: Float64Array,
    n: number,
  ): void {
    for (let i = 0; i < n; i++) nodes[i] = this.at(thetas[i] as number);
    for (let f = 0; f < n - 1; f++) {
      faces[f] = this.meanBetween(
        thetas[f] as number,
        thetas[f + 1] as number,
        nodes[f] as number,
        nodes[f + 1] as number,
      );
    }
  }

  /**
   * Mean of D between θ₁ and θ₂ (the exact face diffusivity for a steady flux between two
   * nodes at those lithiations), given their node values d1 = D(θ₁), d2 = D(θ₂).
   */
  meanBetween(t1: number, t2: number, d1: number, d2: number): number {
    const span = t2 - t1;
    if (Math.abs(span) < 1e-9) return Math.sqrt(d1 * d2);
    const i = this.piece(t1);
    if (i === this.piece(t2)) {
      const spread = (this.slopes[i] as number) * span;
      return Math.abs(spread) < 1e-6 ? Math.sqrt(d1 * d2) : (d2 - d1) / spread;
    }
    return (this.potential(t2) - this.potential(t1)) / span;
  }
}
