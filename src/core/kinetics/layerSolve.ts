import { solveTridiagonal } from './tridiagonal';

/** Newton on the potentials stops when every layer's charge balance holds to this × I. */
const BALANCE_TOLERANCE = 1e-6;
/** Held potential: the terminal potential counts as held within this, V. */
const HELD_TOLERANCE_V = 1e-9;
/** Largest change of ψ per Newton iteration, V (voltage limiting, as circuit solvers do). */
const MAX_PSI_STEP_V = 0.2;
const MAX_NEWTON = 10;
/** A held potential also solves for the current: more room before it is given up on. */
const MAX_NEWTON_HELD = 20;
/**
 * A Newton update below this lands on the solution, V: the balance it leaves is of the order
 * of the update squared over (RT/F)² — 10⁻⁹ of the current at 1 µV, far inside
 * BALANCE_TOLERANCE — so the rates are not evaluated again only to confirm it.
 */
const SETTLED_V = 1e-6;
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
  /**
   * The layer's currents at ψ after a last update too small to solve again for: the reaction
   * stays where its tangent put it (off by the square of the update), the side currents are
   * evaluated there.
   */
  settle(k: number, psi: number): void;
  readonly reaction: Float64Array;
  readonly slope: Float64Array;
  readonly sideTotal: Float64Array;
  readonly sideTotalSlope: Float64Array;
}

/** A terminal potential to hold: V = −ψ₀ − (ionic drop) − I·R_series = `potential_V`. */
export interface HeldPotential {
  readonly potential_V: number;
  readonly series_ohm_cm2: number;
}

/**
 * The potentials through the layer: ψ_k = φ_electrolyte − φ_solid per layer, the faces
 * between layers, and the Newton solve of every layer's charge balance. Faces carry the
 * ionic current q_f = G_f·(ψ_{f+1} − ψ_f) + S_f, from ψ_{f+1} − ψ_f = d_f·[q_f·(1/σ + 1/κ) − I/σ],
 * so S_f = I·share_f with share_f = (1/σ)/(1/σ + 1/κ).
 */
export class LayerSolve {
  readonly psi: Float64Array;
  /** The total current of the last solve, A/cm² (the held potential's answer). */
  current = 0;
  private readonly conductance: Float64Array;
  private readonly share: Float64Array;
  private readonly invKappa: Float64Array;
  private readonly invSigma: Float64Array;
  private readonly lower: Float64Array;
  private readonly diag: Float64Array;
  private readonly upper: Float64Array;
  private readonly rhs: Float64Array;
  private readonly scratch: Float64Array;
  /** Held potential: the residuals' response to the current, solved against J. */
  private readonly byCurrent: Float64Array;
  /** Each layer's last Newton update of ψ, V. */
  private readonly moved: Float64Array;

  constructor(readonly layers: number) {
    const n = layers;
    this.psi = new Float64Array(n);
    this.conductance = new Float64Array(n);
    this.share = new Float64Array(n);
    this.invKappa = new Float64Array(n);
    this.invSigma = new Float64Array(n);
    this.lower = new Float64Array(n);
    this.diag = new Float64Array(n);
    this.upper = new Float64Array(n);
    this.rhs = new Float64Array(n);
    this.scratch = new Float64Array(n);
    this.byCurrent = new Float64Array(n);
    this.moved = new Float64Array(n);
  }

  /** Face f at distance d (cm) between layer centres, with its local 1/σ and 1/κ, S/cm. */
  setFace(f: number, d: number, invSigma: number, invKappa: number): void {
    const r = invSigma + invKappa;
    this.conductance[f] = 1 / (d * r);
    this.share[f] = invSigma / r;
    this.invKappa[f] = invKappa * d;
    this.invSigma[f] = invSigma * d;
  }

  /** Ionic current through face f at total current I, A/cm². */
  faceCurrent(f: number, current: number): number {
    return (
      (this.conductance[f] as number) * ((this.psi[f + 1] as number) - (this.psi[f] as number)) +
      current * (this.share[f] as number)
    );
  }

  /** Ohmic drops through the layer at total current I, V, into out[0] (electronic), out[1] (ionic). */
  drops(current: number, out: Float64Array): void {
    let electronic = 0;
    let ionic = 0;
    for (let f = 0; f < this.layers - 1; f++) {
      const q = this.faceCurrent(f, current);
      ionic += q * (this.invKappa[f] as number);
      electronic += (current - q) * (this.invSigma[f] as number);
    }
    out[0] = electronic;
    out[1] = ionic;
  }

  /**
   * Newton on ψ: each layer must take, by reaction, what flows into it,
   *   R_k = q_k − q_{k−1} − a·w_k·L·(j_k + j_side,k)(ψ_k) = 0,  q_{−1} = 0, q_{n−1} = I,
   * with `areaWeights[k]` = a·w_k·L. With `held`, I is an unknown too (starting from
   * `current`), fixed by the terminal potential: one bordered Newton solve instead of a
   * search over currents, each a solve of its own. The current found is in `this.current`.
   * Returns false if it does not converge.
   */
  solve(
    current: number,
    areaWeights: Float64Array,
    particles: LayerRates,
    held: HeldPotential | null = null,
  ): boolean {
    const n = this.layers;
    const { reaction, slope, sideTotal: side, sideTotalSlope: sideSlope } = particles;
    let lastUpdate = Infinity;
    let firstImbalance = Infinity;
    this.current = current;
    const iterations = held ? MAX_NEWTON_HELD : MAX_NEWTON;
    for (let iteration = 0; iteration < iterations; iteration++) {
      const I = this.current;
      const tolerance = BALANCE_TOLERANCE * Math.abs(I) + 1e-15;
      for (let k = 0; k < n; k++) {
        // A layer the last update barely moved keeps the rate its tangent gave (off by the
        // square of the move, as SETTLED_V): only its side currents are evaluated again.
        if (iteration > 0 && Math.abs(this.moved[k] as number) < SETTLED_V) {
          particles.settle(k, this.psi[k] as number);
        } else if (!particles.rates(k, this.psi[k] as number)) return false;
      }
      let imbalance = 0;
      // Each face's current once, carried to the next layer as what enters it (faceCurrent
      // inlined: a double returned from a call is boxed).
      let toCollector = 0;
      const psi = this.psi;
      for (let k = 0; k < n; k++) {
        const w = areaWeights[k] as number;
        const toSeparator =
          k === n - 1
            ? I
            : (this.conductance[k] as number) * ((psi[k + 1] as number) - (psi[k] as number)) +
              I * (this.share[k] as number);
        const gUp = k === n - 1 ? 0 : (this.conductance[k] as number);
        const gDown = k === 0 ? 0 : (this.conductance[k - 1] as number);
        this.lower[k] = gDown;
        this.upper[k] = gUp;
        this.diag[k] = -gUp - gDown - w * ((slope[k] as number) + (sideSlope[k] as number));
        const residual =
          toSeparator - toCollector - w * ((reaction[k] as number) + (side[k] as number));
        this.rhs[k] = -residual;
        imbalance = Math.max(imbalance, Math.abs(residual));
        toCollector = toSeparator;
      }
      const missed = held ? this.terminalMiss(held) : 0;
      // Every surface at its wall (no rate follows ψ) short of the held potential: further
      // out they stay there, so the held potential lies beyond what the surfaces can give.
      // The current is then what they give — the limit the held solution approaches within
      // rounding, where Newton has nothing left to move.
      if (held && missed * Math.sign(I) <= 0 && I !== 0 && this.allPinned(slope)) {
        let total = 0;
        for (let k = 0; k < n; k++) {
          total += (areaWeights[k] as number) * ((reaction[k] as number) + (side[k] as number));
        }
        this.current = total;
        return Math.sign(total) === Math.sign(I);
      }
      // Converged on charge balance: a layer whose surface is saturated has a flat j(ψ),
      // so its ψ may keep drifting without changing anything that matters. Face currents
      // are G·Δψ of ψ values near a volt: with large conductances their rounding error can
      // exceed a relative tolerance on a tiny current, so a Newton update that no longer
      // moves ψ beyond rounding also counts as converged.
      const balanced = imbalance < tolerance && Math.abs(missed) < HELD_TOLERANCE_V;
      if (balanced || lastUpdate < PSI_ROUNDING_V) return true;
      // Not contracting after a few iterations: no distribution carries this current
      // (typically past a cut-off). Give up early; the caller shortens the step.
      if (!held) {
        if (iteration === 1) firstImbalance = imbalance;
        if (iteration >= 4 && imbalance > 0.3 * firstImbalance) return false;
      }
      solveTridiagonal(this.lower, this.diag, this.upper, this.rhs, this.scratch, n);
      const change = held ? this.currentUpdate(held, missed) : 0;
      // One damping factor for ψ and I together, so a limited update stays on the tangent.
      let largest = 0;
      for (let k = 0; k < n; k++) {
        // (byCurrent is only this solve's own when held: a stale one may hold a NaN.)
        const delta = held
          ? (this.rhs[k] as number) - change * (this.byCurrent[k] as number)
          : (this.rhs[k] as number);
        this.rhs[k] = delta;
        largest = Math.max(largest, Math.abs(delta));
      }
      const damping = held && largest > MAX_PSI_STEP_V ? MAX_PSI_STEP_V / largest : 1;
      lastUpdate = 0;
      for (let k = 0; k < n; k++) {
        const delta = Math.max(
          -MAX_PSI_STEP_V,
          Math.min(MAX_PSI_STEP_V, damping * (this.rhs[k] as number)),
        );
        if (!Number.isFinite(delta)) return false;
        lastUpdate = Math.max(lastUpdate, Math.abs(delta));
        this.psi[k] = (this.psi[k] as number) + delta;
        particles.predict(k, delta);
        this.moved[k] = delta;
      }
      if (!held && lastUpdate < SETTLED_V) {
        for (let k = 0; k < n; k++) particles.settle(k, this.psi[k] as number);
        return true;
      }
      if (held) {
        if (!Number.isFinite(change)) return false;
        this.current = I + damping * change;
        if (damping * Math.abs(change) > 1e-12 * Math.abs(I)) lastUpdate = Infinity;
      }
    }
    return false;
  }

  /** Whether no layer's reaction follows its potential any more (each at a wall). */
  private allPinned(slope: Float64Array): boolean {
    for (let k = 0; k < this.layers; k++) if ((slope[k] as number) !== 0) return false;
    return true;
  }

  /** The terminal potential at the present ψ and current, minus the one held, V. */
  private terminalMiss(held: HeldPotential): number {
    const I = this.current;
    let ionic = 0;
    for (let f = 0; f < this.layers - 1; f++) {
      ionic += this.faceCurrent(f, I) * (this.invKappa[f] as number);
    }
    return -(this.psi[0] as number) - ionic - I * held.series_ohm_cm2 - held.potential_V;
  }

  /**
   * The Newton change of the current for a held potential, by block elimination of the
   * bordered system [J b; c d]·[Δψ; ΔI] = −[R; g]: with J·x₁ = −R (in `rhs`, solved by the
   * caller) and J·x₂ = b (left in `byCurrent`), ΔI = (−g − c·x₁)/(d − c·x₂), and then
   * Δψ = x₁ − ΔI·x₂.
   */
  private currentUpdate(held: HeldPotential, missed: number): number {
    const n = this.layers;
    const b = this.byCurrent;
    // b_k = ∂R_k/∂I: through q_k (share, or 1 at the separator) and q_{k−1}.
    for (let k = 0; k < n; k++) {
      const out = k === n - 1 ? 1 : (this.share[k] as number);
      const into = k === 0 ? 0 : (this.share[k - 1] as number);
      b[k] = out - into;
    }
    solveTridiagonal(this.lower, this.diag, this.upper, b, this.scratch, n);
    // c = ∂g/∂ψ: −1 at the collector layer's ψ, and the ionic drop through every face;
    // d = ∂g/∂I: the faces' shares of the current and the series resistance.
    let cx1 = 0;
    let cx2 = 0;
    let d = -held.series_ohm_cm2;
    for (let k = 0; k < n; k++) {
      let c = k === 0 ? -1 : 0;
      if (k > 0) c -= (this.invKappa[k - 1] as number) * (this.conductance[k - 1] as number);
      if (k < n - 1) c += (this.invKappa[k] as number) * (this.conductance[k] as number);
      cx1 += c * (this.rhs[k] as number);
      cx2 += c * (b[k] as number);
    }
    for (let f = 0; f < n - 1; f++) d -= (this.invKappa[f] as number) * (this.share[f] as number);
    return (-missed - cx1) / (d - cx2);
  }
}
