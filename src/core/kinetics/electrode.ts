import { FARADAY_C_PER_MOL } from '../constants';
import type { CellDescription } from './cell';
import { localSigmaE, localSigmaI } from './layerTransport';
import { openCircuitPotential, type Branch } from './ocp';
import { CONTACT_DEPTH_NM, contactWeights, layerWidths, separatorExposure } from './layerGrid';
import { DEFAULT_RESOLUTION, type Resolution } from './resolution';
import { SideReactions } from './sideReactions';
import { LayerSolve, type HeldPotential, type LayerRates } from './layerSolve';
import { StepHistory } from './stepHistory';
import { shortOfWalls, SurfaceKinetics } from './surfaceKinetics';
import { SphereStep, sphereGrid, type SphereGrid } from './particle';

/**
 * State of the electrode: lithiation θ in every shell of one representative particle per
 * layer (z from the current collector, layer 0, to the separator) and the last current
 * distribution. Each step solves the charge balance of every layer for the potentials
 * ψ_k = φ_electrolyte − φ_solid, with Butler–Volmer kinetics at the end-of-step particle
 * surface (backward Euler or BDF2, stable for any step). In ψ the kinetics are saturating and
 * monotone — a particle takes only so much before its surface is full (or empty) — so
 * Newton with voltage limiting converges where a rate-based one stalls.
 */
export class Electrode implements LayerRates {
  readonly grid: SphereGrid;
  /** Volume share of each particle outside its unconverted core: the most θ can reach. */
  readonly convertible: number;
  /** Share of each shell in the particle's contact skin (sum 1). */
  private readonly contactWeights: Float64Array;
  readonly layers: number;
  /** Layer widths, fractions of the thickness (sum 1). */
  readonly widths: Float64Array;
  /** Layer centres, fractions of the thickness from the current collector. */
  readonly centres: Float64Array;
  /** θ per layer and shell, layer-major. */
  readonly theta: Float64Array;
  /** Local reaction current per particle area, A/cm², positive = lithiation, per layer. */
  readonly reaction: Float64Array;
  /** ψ = φ_electrolyte − φ_solid per layer, V (the layer solve's). */
  readonly psi: Float64Array;
  /** Faces between layers and the Newton solve of the layer potentials. */
  private readonly solve: LayerSolve;
  /** a·w_k·L per layer: particle surface per electrode area. */
  private readonly areaWeights: Float64Array;
  /** Particle states after the current step with no reaction (scratch). */
  private readonly free: Float64Array;
  /** dj/dψ of each layer at the last solve. */
  readonly slope: Float64Array;
  /** The last step's ohmic drops and its current: [electronic, ionic, series, I]. */
  readonly lastDrops = new Float64Array(4);
  /** The total current of the last step, A/cm² (what a held potential drew). */
  get lastCurrent(): number {
    return this.lastDrops[3] as number;
  }
  /** Converts A/cm² of reaction into the θ flux units of the particle solver. */
  private readonly fluxScale: number;
  private readonly sphere: SphereStep;
  /** The particle surfaces: Butler–Volmer, surface lithiation, walls. */
  private readonly surfaces: SurfaceKinetics;
  /** Per layer: every shell's response to a unit surface flux over the current step. */
  private readonly responses: Float64Array;
  private readonly faceD: Float64Array;
  /** Scratch: D at each shell node of the particle being prepared, and the θ it is taken at. */
  private readonly nodeD: Float64Array;
  private readonly nodeTheta: Float64Array;
  /** The states and step lengths behind the current step (BDF2, D's extrapolation, error). */
  readonly past: StepHistory;
  /** βh of the step being solved: the implicit coefficient (h for backward Euler). */
  private implicitDt = 0;
  /** Local error of the last step's particle states over ERROR_ATOL_THETA (≤ 1: within). */
  lastError = 0;
  /** The side reaction with the electrolyte, and plating (full cell only). */
  readonly sides: SideReactions;

  /** What the layer solve balances besides the reaction: side currents per layer and slopes. */
  get sideTotal(): Float64Array {
    return this.sides.total;
  }
  get sideTotalSlope(): Float64Array {
    return this.sides.totalSlope;
  }
  private initialised = false;
  /** ψ before the current step, its change over the last step, and that step's length. */
  private readonly psiBefore: Float64Array;
  private readonly psiChange: Float64Array;

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
    this.grid = sphereGrid(resolution.shells, undefined, Math.cbrt(cell.coreFraction));
    this.convertible = 1 - cell.coreFraction;
    this.contactWeights = contactWeights(this.grid, CONTACT_DEPTH_NM * 1e-7, cell.radius_cm);
    this.theta = new Float64Array(n * resolution.shells);
    this.free = new Float64Array(n * resolution.shells);
    this.fluxScale = 1 / (FARADAY_C_PER_MOL * cell.cMax_mol_per_cm3);
    this.reaction = new Float64Array(n);
    this.sphere = new SphereStep(this.grid);
    this.responses = new Float64Array(n * resolution.shells);
    this.faceD = new Float64Array(Math.max(resolution.shells - 1, 0));
    this.nodeD = new Float64Array(resolution.shells);
    this.nodeTheta = new Float64Array(resolution.shells);
    this.past = new StepHistory(n * resolution.shells);
    // From the outer node to the particle surface, cm, in θ per unit rate and unit D.
    const gapFlux = cell.radius_cm * this.grid.surfaceGap * this.fluxScale;
    this.surfaces = new SurfaceKinetics(cell, resolution.shells, this.free, gapFlux);
    this.solve = new LayerSolve(n);
    this.psi = this.solve.psi;
    this.areaWeights = Float64Array.from(
      this.widths,
      (w) => cell.specificArea_per_cm * cell.thickness_cm * w,
    );
    this.sides = new SideReactions(
      cell,
      separatorExposure(this.widths, cell.sideReach_cm / cell.thickness_cm),
      this.areaWeights,
    );
    this.psiBefore = new Float64Array(n);
    this.psiChange = new Float64Array(n);
    this.slope = new Float64Array(n);
  }

  clone(): Electrode {
    const copy = new Electrode(this.cell, this.resolution);
    copy.copyFrom(this);
    return copy;
  }

  copyFrom(other: Electrode): void {
    this.theta.set(other.theta);
    this.past.copyFrom(other.past);
    this.lastError = other.lastError;
    this.reaction.set(other.reaction);
    this.sides.copyFrom(other.sides);
    this.surfaces.copyFrom(other.surfaces);
    this.lastDrops.set(other.lastDrops);
    this.psi.set(other.psi);
    this.psiChange.set(other.psiChange);
    this.initialised = other.initialised;
  }

  /**
   * Open circuit: no reaction, ψ at equilibrium with each layer's surface. Newton for the
   * next current then starts close to its answer instead of from the end of the last
   * half-cycle (where ψ may sit a volt away, at a cut-off).
   */
  rest(branch: Branch): void {
    this.restPotentials(branch);
    for (let k = 0; k < this.layers; k++) {
      this.reaction[k] = 0;
      this.psiChange[k] = 0;
    }
    this.past.clear();
    this.lastError = 0;
    this.initialised = true;
  }

  private restPotentials(branch: Branch): void {
    const shift = this.cell.ocpShift_V;
    for (let k = 0; k < this.layers; k++) {
      this.psi[k] = -openCircuitPotential(this.outerTheta(k), shift, branch);
    }
  }

  /** Particle θ of one layer (a view, not a copy). */
  particle(layer: number): Float64Array {
    const s = this.grid.shells;
    return this.theta.subarray(layer * s, (layer + 1) * s);
  }

  meanTheta(layer: number): number {
    const volumes = this.grid.volumes;
    const offset = layer * this.grid.shells;
    let sum = 0;
    for (let i = 0; i < this.grid.shells; i++) {
      sum += (volumes[i] as number) * (this.theta[offset + i] as number);
    }
    return sum;
  }

  /**
   * Mean lithiation of the convertible part of a layer's particles (the amorphous shell
   * outside an unconverted core): what the open-circuit curve applies to.
   */
  activeTheta(layer: number): number {
    return this.meanTheta(layer) / this.convertible;
  }

  /** Mean lithiation of the convertible part of the whole electrode. */
  activeTotalTheta(): number {
    return this.totalTheta() / this.convertible;
  }

  /** Lithiation of a layer's outermost particle shell (its surface, as the grid sees it). */
  outerTheta(layer: number): number {
    return this.theta[(layer + 1) * this.grid.shells - 1] as number;
  }

  /**
   * Mean lithiation of a layer's particle skin, the outer CONTACT_DEPTH_NM. Electrons pass
   * from particle to particle through that skin, so the layer's electronic conductivity
   * follows it, not the mean: a delithiated, insulating skin cuts off the Li still held in
   * the core. A stated depth, not the outermost shell, whose thickness is the grid's.
   */
  contactTheta(layer: number): number {
    const weights = this.contactWeights;
    const offset = layer * this.grid.shells;
    let sum = 0;
    for (let i = 0; i < this.grid.shells; i++) {
      sum += (weights[i] as number) * (this.theta[offset + i] as number);
    }
    return sum;
  }

  /** Mean lithiation of the whole electrode. */
  totalTheta(): number {
    let s = 0;
    for (let k = 0; k < this.layers; k++) s += (this.widths[k] as number) * this.meanTheta(k);
    return s;
  }

  /**
   * Diffusion over the step for every layer's particle, with D frozen at its start-of-step
   * profile: fills θ_free (no reaction), the flux responses and the surface factors.
   */
  private prepareParticles(dt: number, weights: readonly [number, number], dAt: number): void {
    const c = this.cell;
    const shells = this.grid.shells;
    const faceD = this.faceD;
    const nodeD = this.nodeD;
    const nodeTheta = this.nodeTheta;
    const law = c.diffusivityLaw;
    // D is taken where the step is implicit — its middle for backward Euler, its end for
    // BDF2 — extrapolated from the last step (second order in the lag at no extra solve; D
    // frozen at the start was first order). No history at the start of a half-cycle: D at
    // the start.
    const last = this.past.dt1;
    const toMid = last > 0 ? Math.min(2, (dAt * dt) / last) : 0;
    for (let k = 0; k < this.layers; k++) {
      const offset = k * shells;
      for (let i = 0; i < shells; i++) {
        const now = this.theta[offset + i] as number;
        const mid = now + toMid * (now - (this.past.theta1[offset + i] as number));
        nodeTheta[i] = mid < 0 ? 0 : mid > 1 ? 1 : mid;
      }
      law.fillNodesAndFaces(nodeTheta, nodeD, faceD, shells);
      this.sphere.set(faceD, nodeD[shells - 1] as number, c.radius_cm, this.implicitDt);
      this.sphere.stepFree(this.theta, this.free, offset, this.past.theta1, weights);
      this.responses.set(this.sphere.response, offset);
      this.surfaces.outerResponse[k] =
        this.fluxScale * (this.sphere.response[shells - 1] as number);
      this.surfaces.setWalls(k);
    }
  }

  /**
   * Advances by dt at total current density I (A/cm², positive = lithiation) and returns
   * the anode potential vs Li/Li⁺ at the separator, including the separator's ohmic drop;
   * NaN when no current distribution can carry I (the caller treats it as a cut-off).
   *
   * `order` 2 takes a variable-step BDF2 step when the electrode has a step of history
   * since its last rest (x_{n+1} − β·h·f(x_{n+1}) = a1·x_n + a2·x_{n−1}, second order and
   * stiffly stable), else backward Euler; either way the system keeps the backward-Euler
   * shape, with βh in place of h, so one Newton solve on the layer potentials does it.
   * With `held`, the terminal potential is held instead and `current` is only where the
   * search for it starts: the current found is `lastCurrent`.
   */
  step(
    current: number,
    dt: number,
    branch: Branch,
    order: 1 | 2 = 1,
    held: HeldPotential | null = null,
  ): number {
    const c = this.cell;
    const n = this.layers;
    const L = c.thickness_cm;
    this.past.coefficients(dt, order);
    const { beta, weights } = this.past;
    const bdf2 = weights[1] !== 0;
    this.implicitDt = beta * dt;
    this.sides.begin(weights);
    const shells = this.grid.shells;
    // End-of-step particles are linear in their reaction rate: θ = θ_free + j·scale·response.
    this.prepareParticles(dt, weights, bdf2 ? 1 : 0.5);
    // A current no distribution can carry is refused before Newton (a failing one costs
    // five steps' worth of iterations).
    if (!held && this.surfaces.beyondWalls(current, this.areaWeights)) return Number.NaN;

    // Faces: ionic current q_f = G_f·(ψ_{f+1} − ψ_f) + S_f, from
    // ψ_{f+1} − ψ_f = d_f·[q_f·(1/σ + 1/κ) − I/σ]. Conductivities at each face come from
    // the mean lithiation of its two layers, so a front inside a layer conducts up to it.
    for (let f = 0; f < n - 1; f++) {
      const d = 0.5 * ((this.widths[f] as number) + (this.widths[f + 1] as number)) * L;
      const invSigma = 1 / localSigmaE(c, 0.5 * (this.contactTheta(f) + this.contactTheta(f + 1)));
      const invKappa = 1 / localSigmaI(c, 0.5 * (this.meanTheta(f) + this.meanTheta(f + 1)));
      this.solve.setFace(f, d, invSigma, invKappa);
    }

    if (!this.initialised) this.rest(branch);
    this.surfaces.branch = branch;

    // Predictor: ψ moves smoothly from step to step, so start Newton where the last change
    // points (scaled to this step's length); then remember the change for the next step.
    const scale = this.past.dt1 > 0 ? dt / this.past.dt1 : 0;
    for (let k = 0; k < n; k++) {
      this.psiBefore[k] = this.psi[k] as number;
      this.psi[k] = (this.psi[k] as number) + scale * (this.psiChange[k] as number);
    }
    // Whether a current can be carried must not depend on where Newton happened to start:
    // a failure from the predictor is retried from each layer's open-circuit ψ before the
    // step is declared impossible, each rate guessed at its open-circuit value, zero, where
    // that lies between the walls (a guess left within rounding of a wall stays pinned).
    if (!this.solve.solve(current, this.areaWeights, this, held)) {
      this.restPotentials(branch);
      for (let k = 0; k < n; k++) {
        if ((this.surfaces.jMin[k] as number) < 0 && (this.surfaces.jMax[k] as number) > 0)
          this.reaction[k] = 0;
      }
      if (!this.solve.solve(current, this.areaWeights, this, held)) {
        this.psi.set(this.psiBefore);
        return Number.NaN;
      }
    }
    if (held) current = this.solve.current;
    for (let k = 0; k < n; k++) {
      this.psiChange[k] = (this.psi[k] as number) - (this.psiBefore[k] as number);
    }

    // Terminal potential: solid at the collector minus electrolyte at the separator. The
    // particles of the first layer touch the collector and those of the last layer the
    // separator, so no half-layer drop is charged at either face: charging one would make
    // a pristine insulating layer refuse any current, though its contact surface lithiates
    // (and starts to conduct) at once.
    this.solve.drops(current, this.lastDrops);
    const ionic = this.lastDrops[1] as number;
    const series = current * c.seriesResistance_ohm_cm2;
    const potential = -(this.psi[0] as number) - ionic - series;

    this.past.push(this.theta, dt);
    for (let k = 0; k < n; k++) {
      const flux = (this.reaction[k] as number) * this.fluxScale;
      for (let i = 0; i < shells; i++) {
        this.theta[k * shells + i] =
          (this.free[k * shells + i] as number) + flux * (this.responses[k * shells + i] as number);
      }
    }
    this.sides.finish(dt, this.implicitDt);
    this.lastError = this.past.localError(this.theta);
    this.lastDrops[2] = series;
    this.lastDrops[3] = current;
    return potential;
  }

  /** Layer k's surface lithiation at reaction current j over the last step. */
  surfaceAt(k: number, j: number): number {
    return this.surfaces.surfaceAt(k, j);
  }

  /** The layer solve's question: layer k's currents at potential ψ (see LayerRates). */
  rates(k: number, psi: number): boolean {
    const j = this.surfaces.rateAt(k, psi, this.reaction[k] as number, this.slope);
    this.sides.rates(k, psi, this.implicitDt);
    if (!Number.isFinite(j)) return false;
    this.reaction[k] = j;
    return true;
  }

  /** After the layer solve's last, tiny update (see LayerRates): the side currents at ψ. */
  settle(k: number, psi: number): void {
    this.sides.rates(k, psi, this.implicitDt);
  }

  /**
   * Tangent predictor for layer k's rate after ψ_k moved by `delta`: the inner solve then
   * starts next to its answer and needs one or two iterations instead of five or more.
   */
  predict(k: number, delta: number): void {
    const j = this.reaction[k] as number;
    this.reaction[k] = shortOfWalls(
      j,
      j + (this.slope[k] as number) * delta,
      this.surfaces.jMin[k] as number,
      this.surfaces.jMax[k] as number,
    );
  }
}
