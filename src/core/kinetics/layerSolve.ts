import { solveTridiagonal } from './tridiagonal';

/** Newton on the potentials stops when every layer's charge balance holds to this × I. */
const BALANCE_TOLERANCE = 1e-6;
/** Largest change of ψ per Newton iteration, V (voltage limiting, as circuit solvers do). */
const MAX_PSI_STEP_V = 0.2;
const MAX_NEWTON = 10;
/** A Newton update below this moves ψ by rounding only, V. */
const PSI_ROUNDING_V = 1e-14;

/** What the layer solve asks of the particles: each layer's currents at its potential. */
export interface LayerRates {
  /**
   * Sets the layer's reaction current `reaction[k]` (and `slope[k]` = dj/dψ) and its side
   * currents `sideTotal[k]` (and `sideTotalSlope[k]`) at potential ψ; false if it cannot.
   */
  rates(k: number, psi: number): boolean;
  /** After a Newton update of ψ_k by `delta`: move the rate guess along its tangent. */
  predict(k: number, delta: number): void;
  readonly reaction: Float64Array;
  readonly slope: Float64Array;
  readonly sideTotal: Float64Array;
  readonly sideTotalSlope: Float64Array;
}

/**
 * The potentials through the layer: ψ_k = φ_electrolyte − φ_solid per layer, the faces
 * between layers, and the Newton solve of every layer's charge balance. Faces carry the
 * ionic current q_f = G_f·(ψ_{f+1} − ψ_f) + S_f, from ψ_{f+1} − ψ_f = d_f·[q_f·(1/σ + 1/κ) − I/σ].
 */
export class LayerSolve {
  readonly psi: Float64Array;
  private readonly conductance: Float64Array;
  private readonly source: Float64Array;
  private readonly invKappa: Float64Array;
  private readonly invSigma: Float64Array;
  private readonly lower: Float64Array;
  private readonly diag: Float64Array;
  private readonly upper: Float64Array;
  private readonly rhs: Float64Array;
  private readonly scratch: Float64Array;

  constructor(readonly layers: number) {
    const n = layers;
    this.psi = new Float64Array(n);
    this.conductance = new Float64Array(n);
    this.source = new Float64Array(n);
    this.invKappa = new Float64Array(n);
    this.invSigma = new Float64Array(n);
    this.lower = new Float64Array(n);
    this.diag = new Float64Array(n);
    this.upper = new Float64Array(n);
    this.rhs = new Float64Array(n);
    this.scratch = new Float64Array(n);
  }

  /** Face f at distance d (cm) between layer centres, with its local 1/σ and 1/κ, S/cm. */
  setFace(f: number, current: number, d: number, invSigma: number, invKappa: number): void {
    const r = invSigma + invKappa;
    this.conductance[f] = 1 / (d * r);
    this.source[f] = (current * invSigma) / r;
    this.invKappa[f] = invKappa * d;
    this.invSigma[f] = invSigma * d;
  }

  /** Ionic current through face f, A/cm². */
  faceCurrent(f: number): number {
    return (
      (this.conductance[f] as number) * ((this.psi[f + 1] as number) - (this.psi[f] as number)) +
      (this.source[f] as number)
    );
  }

  /** Ohmic drops through the layer at total current I, V, into out[0] (electronic), out[1] (ionic). */
  drops(current: number, out: Float64Array): void {
    let electronic = 0;
    let ionic = 0;
    for (let f = 0; f < this.layers - 1; f++) {
      const q = this.faceCurrent(f);
      ionic += q * (this.invKappa[f] as number);
      electronic += (current - q) * (this.invSigma[f] as number);
    }
    out[0] = electronic;
    out[1] = ionic;
  }

  /**
   * Newton on ψ: each layer must take, by reaction, what flows into it,
   *   R_k = q_k − q_{k−1} − a·w_k·L·(j_k + j_side,k)(ψ_k) = 0,  q_{−1} = 0, q_{n−1} = I,
   * with `areaWeights[k]` = a·w_k·L. Returns false if it does not converge.
   */
  solve(current: number, areaWeights: Float64Array, particles: LayerRates): boolean {
    const n = this.layers;
    const tolerance = BALANCE_TOLERANCE * Math.abs(current) + 1e-15;
    const { reaction, slope, sideTotal: side, sideTotalSlope: sideSlope } = particles;
    let lastUpdate = Infinity;
    let firstImbalance = Infinity;
    for (let iteration = 0; iteration < MAX_NEWTON; iteration++) {
      for (let k = 0; k < n; k++) {
        if (!particles.rates(k, this.psi[k] as number)) return false;
      }
      let imbalance = 0;
      for (let k = 0; k < n; k++) {
        const w = areaWeights[k] as number;
        const toSeparator = k === n - 1 ? current : this.faceCurrent(k);
        const toCollector = k === 0 ? 0 : this.faceCurrent(k - 1);
        const gUp = k === n - 1 ? 0 : (this.conductance[k] as number);
        const gDown = k === 0 ? 0 : (this.conductance[k - 1] as number);
        this.lower[k] = gDown;
        this.upper[k] = gUp;
        this.diag[k] = -gUp - gDown - w * ((slope[k] as number) + (sideSlope[k] as number));
        const residual =
          toSeparator - toCollector - w * ((reaction[k] as number) + (side[k] as number));
        this.rhs[k] = -residual;
        imbalance = Math.max(imbalance, Math.abs(residual));
      }
      // Converged on charge balance: a layer whose surface is saturated has a flat j(ψ),
      // so its ψ may keep drifting without changing anything that matters. Face currents
      // are G·Δψ of ψ values near a volt: with large conductances their rounding error can
      // exceed a relative tolerance on a tiny current, so a Newton update that no longer
      // moves ψ beyond rounding also counts as converged.
      if (imbalance < tolerance || lastUpdate < PSI_ROUNDING_V) return true;
      // Not contracting after a few iterations: no distribution carries this current
      // (typically past a cut-off). Give up early; the caller shortens the step.
      if (iteration === 1) firstImbalance = imbalance;
      if (iteration >= 4 && imbalance > 0.3 * firstImbalance) return false;
      solveTridiagonal(this.lower, this.diag, this.upper, this.rhs, this.scratch, n);
      lastUpdate = 0;
      for (let k = 0; k < n; k++) {
        const delta = Math.max(-MAX_PSI_STEP_V, Math.min(MAX_PSI_STEP_V, this.rhs[k] as number));
        if (!Number.isFinite(delta)) return false;
        lastUpdate = Math.max(lastUpdate, Math.abs(delta));
        this.psi[k] = (this.psi[k] as number) + delta;
        particles.predict(k, delta);
      }
    }
    return false;
  }
}
