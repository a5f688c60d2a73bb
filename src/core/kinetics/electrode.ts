import { FARADAY_C_PER_MOL } from '../constants';
import { localSigmaE, localSigmaI, type CellDescription } from './cell';
import { openCircuitPotential, type Branch } from './ocp';
import { meanTheta, SphereStepper, sphereGrid, type SphereGrid } from './particle';
import { solveTridiagonal } from './tridiagonal';

/** Discretisation of the electrode: layers through the thickness, shells per particle. */
export interface Resolution {
  readonly layers: number;
  readonly shells: number;
}

export const DEFAULT_RESOLUTION: Resolution = { layers: 12, shells: 8 };

/** Growth of layer widths from each face of the electrode toward its middle. */
const LAYER_GROWTH = 1.4;

/**
 * Layer widths as fractions of the thickness, thinnest at the current collector and at
 * the separator: reaction fronts start there, so that is where resolution pays.
 */
export function layerWidths(layers: number): Float64Array {
  const raw = Array.from({ length: layers }, (_, k) => LAYER_GROWTH ** Math.min(k, layers - 1 - k));
  const total = raw.reduce((sum, w) => sum + w, 0);
  return Float64Array.from(raw, (w) => w / total);
}

/**
 * Site fraction below which the exchange current stops falling on the side the reaction
 * comes *from*: insertion into an empty surface (or removal from a full one) proceeds at a
 * finite rate, while removal from an empty surface (insertion into a full one) stops.
 */
const SITE_FLOOR = 0.1;
/** Keeps the linearised conductance finite when a surface is completely empty or full. */
const MIN_EXCHANGE_FRACTION = 1e-30;
/** Newton iterations on the current distribution per step stop when ψ moves less than this, V. */
const PSI_TOLERANCE_V = 1e-3;
const MAX_NEWTON = 30;

/** Exchange current relative to its value at θ = ½, for the surface fraction θs. */
function exchangeFraction(thetaS: number, branch: Branch): number {
  const filled = Math.min(1, Math.max(0, thetaS));
  const empty = 1 - filled;
  const sites =
    branch === 'lithiation'
      ? Math.max(filled, SITE_FLOOR) * empty
      : filled * Math.max(empty, SITE_FLOOR);
  return Math.max(2 * Math.sqrt(sites), MIN_EXCHANGE_FRACTION);
}

/**
 * State of the electrode: lithiation fraction θ in every shell of one representative
 * particle per layer, and the last solution of the current distribution.
 * z runs from the current collector (layer 0) to the separator (last layer).
 */
export class Electrode {
  readonly grid: SphereGrid;
  readonly layers: number;
  /** Layer widths, fractions of the thickness (sum 1). */
  readonly widths: Float64Array;
  /** Layer centres, fractions of the thickness from the current collector. */
  readonly centres: Float64Array;
  /** θ per layer and shell, layer-major. */
  readonly theta: Float64Array;
  /** Local reaction current per particle area, A/cm², positive = lithiation, per layer. */
  readonly reaction: Float64Array;
  /** ψ = φ_electrolyte − φ_solid per layer, the linearisation point. */
  private readonly psi: Float64Array;
  private readonly w: Float64Array;
  private readonly g: Float64Array;
  private readonly lower: Float64Array;
  private readonly diag: Float64Array;
  private readonly upper: Float64Array;
  private readonly rhs: Float64Array;
  private readonly scratch: Float64Array;
  private readonly faceInvSigma: Float64Array;
  private readonly faceInvKappa: Float64Array;
  /** Particle states after the current step with no reaction (scratch). */
  private readonly free: Float64Array;
  /** Converts A/cm² of reaction into the θ flux units of the particle solver. */
  private readonly fluxScale: number;
  private stepper: SphereStepper | null = null;
  private lastCurrent = 0;
  private stepperDt = Number.NaN;

  constructor(
    readonly cell: CellDescription,
    readonly resolution: Resolution = DEFAULT_RESOLUTION,
  ) {
    const n = resolution.layers;
    this.layers = n;
    this.widths = layerWidths(n);
    this.centres = new Float64Array(n);
    let edge = 0;
    for (let k = 0; k < n; k++) {
      this.centres[k] = edge + 0.5 * (this.widths[k] as number);
      edge += this.widths[k] as number;
    }
    this.grid = sphereGrid(resolution.shells);
    this.theta = new Float64Array(n * resolution.shells);
    this.free = new Float64Array(n * resolution.shells);
    this.fluxScale = 1 / (FARADAY_C_PER_MOL * cell.cMax_mol_per_cm3);
    this.reaction = new Float64Array(n);
    this.psi = new Float64Array(n).fill(Number.NaN);
    this.w = new Float64Array(n);
    this.g = new Float64Array(n);
    this.lower = new Float64Array(n);
    this.diag = new Float64Array(n);
    this.upper = new Float64Array(n);
    this.rhs = new Float64Array(n);
    this.scratch = new Float64Array(n);
    this.faceInvSigma = new Float64Array(n);
    this.faceInvKappa = new Float64Array(n);
  }

  clone(): Electrode {
    const copy = new Electrode(this.cell, this.resolution);
    copy.theta.set(this.theta);
    copy.reaction.set(this.reaction);
    copy.psi.set(this.psi);
    copy.lastCurrent = this.lastCurrent;
    return copy;
  }

  copyFrom(other: Electrode): void {
    this.theta.set(other.theta);
    this.reaction.set(other.reaction);
    this.psi.set(other.psi);
    this.lastCurrent = other.lastCurrent;
  }

  /** Particle θ of one layer (a view, not a copy). */
  particle(layer: number): Float64Array {
    const s = this.grid.shells;
    return this.theta.subarray(layer * s, (layer + 1) * s);
  }

  meanTheta(layer: number): number {
    return meanTheta(this.grid, this.particle(layer));
  }

  /** Mean lithiation of the whole electrode. */
  totalTheta(): number {
    let s = 0;
    for (let k = 0; k < this.layers; k++) s += (this.widths[k] as number) * this.meanTheta(k);
    return s;
  }

  /** θ at the particle surface of one layer under its current reaction rate. */
  surfaceTheta(layer: number): number {
    const outer = this.particle(layer)[this.grid.shells - 1] as number;
    return this.stepper
      ? this.stepper.surface(
          this.particle(layer),
          (this.reaction[layer] as number) * this.fluxScale,
        )
      : outer;
  }

  private stepperFor(dt: number): SphereStepper {
    if (!this.stepper || this.stepperDt !== dt) {
      this.stepper = new SphereStepper(
        this.grid,
        this.cell.diffusivity_cm2_per_s,
        this.cell.radius_cm,
        dt,
      );
      this.stepperDt = dt;
    }
    return this.stepper;
  }

  /**
   * Advances by dt at total current density I (A/cm², positive = lithiation) and returns
   * the anode potential vs Li/Li⁺ at the separator, including the separator's ohmic drop;
   * NaN when no current distribution can carry I (the caller treats it as a cut-off).
   */
  step(current: number, dt: number, branch: Branch): number {
    const c = this.cell;
    const n = this.layers;
    const L = c.thickness_cm;
    const a = c.specificArea_per_cm;
    const stepper = this.stepperFor(dt);
    const shells = this.grid.shells;
    // Implicit coupling: each particle's end-of-step state is linear in its reaction rate,
    // θ_new = θ_free + j·fluxScale·response, so the kinetics see end-of-step surfaces.
    for (let k = 0; k < n; k++) {
      stepper.stepFree(this.particle(k), this.free.subarray(k * shells, (k + 1) * shells));
    }

    // Conductivities at each face from the mean lithiation of its two layers: a lithiation
    // front inside a layer conducts up to the front, which a harmonic mean of the two
    // layer values would wrongly block (and make the front speed depend on the mesh).
    for (let f = 0; f < n - 1; f++) {
      const theta = 0.5 * (this.meanTheta(f) + this.meanTheta(f + 1));
      this.faceInvSigma[f] = 1 / localSigmaE(c, theta);
      this.faceInvKappa[f] = 1 / localSigmaI(c, theta);
    }
    // Newton starts from the last distribution, or from uniform when the current reverses.
    if (!(this.lastCurrent * current > 0)) this.reaction.fill(current / (a * L));
    this.lastCurrent = current;
    const s = this.fluxScale * ((stepper.response[shells - 1] as number) + stepper.surfaceGain);
    // Damped when an iteration fails to contract: a layer whose surface is nearly full
    // (or empty) has a log-steep kinetic wall that plain Newton steps overshoot.
    let converged = false;
    let damping = 1;
    let lastMove = Infinity;
    for (let iteration = 0; iteration < MAX_NEWTON && !converged; iteration++) {
      const moved = this.solveDistribution(current, a, s, branch, damping);
      converged = moved < PSI_TOLERANCE_V;
      if (moved > 0.7 * lastMove) damping = Math.max(damping / 2, 1 / 32);
      lastMove = moved;
    }
    // No consistent distribution: the electrode cannot carry this current any more.
    if (!converged) return Number.NaN;

    // 4. Terminal potential: solid at the collector minus electrolyte at the separator.
    let ionicDrop = 0;
    for (let f = 0; f < n - 1; f++) {
      ionicDrop += this.gap(f) * (this.rhs[f] as number) * (this.faceInvKappa[f] as number);
    }
    const edges =
      0.5 *
      current *
      L *
      ((this.widths[0] as number) / localSigmaE(c, this.meanTheta(0)) +
        (this.widths[n - 1] as number) / localSigmaI(c, this.meanTheta(n - 1)));
    const potential =
      -(this.psi[0] as number) - ionicDrop - edges - current * c.separatorResistance_ohm_cm2;

    // 5. Particles at the end of the step.
    for (let k = 0; k < n; k++) {
      const flux = (this.reaction[k] as number) * this.fluxScale;
      for (let i = 0; i < shells; i++) {
        this.theta[k * shells + i] =
          (this.free[k * shells + i] as number) + flux * (stepper.response[i] as number);
      }
    }
    return potential;
  }

  /** Width of layer k, cm. */
  private width(k: number): number {
    return (this.widths[k] as number) * this.cell.thickness_cm;
  }

  /** Distance between the centres of layers f and f+1, cm. */
  private gap(f: number): number {
    return (
      0.5 * ((this.widths[f] as number) + (this.widths[f + 1] as number)) * this.cell.thickness_cm
    );
  }

  /**
   * Overpotential form of the kinetics for one layer: the ψ = φ_l − φ_s at which the
   * particle takes reaction current j, with the surface θ shifted by j itself:
   *   ψ(j) = −U(θs) + (2RT/F)·asinh(j / 2i0(θs)),  θs = θ_free,outer + s·j
   * (end-of-step surface: backward Euler, stable for any step).
   * Monotone in j, so Newton on the inverse form converges where the sinh form overshoots.
   */
  private psiOf(k: number, j: number, s: number, branch: Branch): number {
    const shells = this.grid.shells;
    const thetaS = (this.free[k * shells + shells - 1] as number) + s * j;
    const i0 = this.cell.exchangeCurrent_A_per_cm2 * exchangeFraction(thetaS, branch);
    return (
      -openCircuitPotential(thetaS, this.cell.settings.xGe, branch) +
      (2 / this.cell.f_per_V) * Math.asinh(j / (2 * i0))
    );
  }

  /**
   * One Newton pass: linearise every layer's ψ(j) about the last j, solve the current
   * distribution, update the reactions. Returns the largest change of ψ, V.
   */
  private solveDistribution(
    current: number,
    a: number,
    s: number,
    branch: Branch,
    damping: number,
  ): number {
    const c = this.cell;
    const n = this.layers;
    // 1. ψ_k ≈ w_k + j_k/g_k about the last reaction rate.
    for (let k = 0; k < n; k++) {
      const j0 = this.reaction[k] as number;
      const psi0 = this.psiOf(k, j0, s, branch);
      const dj = 1e-6 * Math.max(Math.abs(j0), c.exchangeCurrent_A_per_cm2 * 1e-3);
      const slope = (this.psiOf(k, j0 + dj, s, branch) - psi0) / dj;
      this.g[k] = 1 / slope;
      this.w[k] = psi0 - slope * j0;
    }

    // 2. Current distribution: ionic current q at the n−1 inner faces (tridiagonal).
    // ψ_{k+1} − ψ_k = d_f·[q_f·(1/σ + 1/κ) − I/σ], with ψ_k = w_k + (q_k − q_{k−1})·r_k.
    const r = (k: number) => 1 / (a * this.width(k) * (this.g[k] as number));
    for (let f = 0; f < n - 1; f++) {
      const rk = r(f);
      const rk1 = r(f + 1);
      const d = this.gap(f);
      const invS = this.faceInvSigma[f] as number;
      this.lower[f] = rk;
      this.diag[f] = -(rk + rk1 + d * (invS + (this.faceInvKappa[f] as number)));
      this.upper[f] = rk1;
      this.rhs[f] = (this.w[f] as number) - (this.w[f + 1] as number) - d * current * invS;
    }
    // q_n = I is known: move its term to the right-hand side.
    this.rhs[n - 2] = (this.rhs[n - 2] as number) - r(n - 1) * current;
    if (n > 1) solveTridiagonal(this.lower, this.diag, this.upper, this.rhs, this.scratch, n - 1);

    // 3. Reaction per layer and the new linearisation point.
    let qPrev = 0;
    let moved = 0;
    for (let k = 0; k < n; k++) {
      const q = k === n - 1 ? current : (this.rhs[k] as number);
      const jNewton = (q - qPrev) / (a * this.width(k));
      const j = (this.reaction[k] as number) + damping * (jNewton - (this.reaction[k] as number));
      this.reaction[k] = j;
      const psi = (this.w[k] as number) + j / (this.g[k] as number);
      const old = this.psi[k] as number;
      moved = Math.max(moved, Number.isNaN(old) ? Infinity : Math.abs(psi - old));
      this.psi[k] = psi;
      qPrev = q;
    }
    return moved;
  }
}
