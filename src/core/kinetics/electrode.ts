import { FARADAY_C_PER_MOL } from '../constants';
import type { CellDescription } from './cell';
import { localDiffusivity, localSigmaE, localSigmaI } from './layerTransport';
import { openCircuitPotential, openCircuitSlope, type Branch } from './ocp';
import { SphereStep, sphereGrid, type SphereGrid } from './particle';
import { solveTridiagonal } from './tridiagonal';

/**
 * Discretisation: layers through the thickness, shells per particle, and time steps per
 * theoretical half-cycle (the cut-off itself is located by root finding, not by steps).
 */
export interface Resolution {
  readonly layers: number;
  readonly shells: number;
  readonly steps: number;
  /** Log-spaced steps of the 16 h constant-voltage hold. */
  readonly holdSteps: number;
}

/**
 * Chosen with `npm run convergence`: doubling the shells moves no Si7Ge capacity up to 3 C by
 * more than 0.3 %; doubling the steps moves them by up to 1.1 % (backward Euler, with D taken
 * mid-step and steps refined where the voltage moves fast), doubling the layers by under 1 % for Si7Ge but several per cent for Si and Ge
 * at 2–3 C.
 */
export const DEFAULT_RESOLUTION: Resolution = { layers: 10, shells: 16, steps: 60, holdSteps: 16 };

/**
 * Depth of the particle skin through which electrons pass to the next particle, nm
 * (assumption: a few times the roughness of a milled particle's contact; small against the
 * 500 nm default radius). The layer's electronic conductivity follows this skin's lithiation.
 */
export const CONTACT_DEPTH_NM = 25;

/**
 * Share of each shell's volume in the outer `depth_cm` of a particle of radius `radius_cm`,
 * normalised to sum 1 (all of the particle when the skin is deeper than the radius).
 */
export function contactWeights(
  grid: SphereGrid,
  depth_cm: number,
  radius_cm: number,
): Float64Array {
  const inner = Math.max(0, 1 - depth_cm / radius_cm);
  const key = `${grid.shells}:${grid.core}:${grid.volumes[0]}:${inner}`;
  const cached = CONTACT_WEIGHTS.get(key);
  if (cached) return cached;
  const weights = new Float64Array(grid.shells);
  let outer = grid.core;
  let total = 0;
  for (let i = 0; i < grid.shells; i++) {
    const lo = outer;
    outer = Math.cbrt(lo ** 3 + (grid.volumes[i] as number));
    const from = Math.max(lo, inner);
    const part = outer > from ? outer ** 3 - from ** 3 : 0;
    weights[i] = part;
    total += part;
  }
  for (let i = 0; i < grid.shells; i++) weights[i] = (weights[i] as number) / total;
  CONTACT_WEIGHTS.set(key, weights);
  return weights;
}

/** Weights per grid and skin depth (never written after: every clone of an electrode shares them). */
const CONTACT_WEIGHTS = new Map<string, Float64Array>();

/** Growth of layer widths from each face of the electrode toward its middle. */
const LAYER_GROWTH = 1.4;

/**
 * Layer widths as fractions of the thickness, thinnest at the current collector and at
 * the separator: reaction fronts start there, so that is where resolution pays.
 */
export function layerWidths(layers: number): Float64Array {
  const cached = WIDTHS.get(layers);
  if (cached) return cached;
  const raw = Array.from({ length: layers }, (_, k) => LAYER_GROWTH ** Math.min(k, layers - 1 - k));
  const total = raw.reduce((sum, w) => sum + w, 0);
  const widths = Float64Array.from(raw, (w) => w / total);
  WIDTHS.set(layers, widths);
  return widths;
}

/**
 * Share of each layer that lies within `reach` (a fraction of the thickness) of the separator
 * face: where the separator's electrolyte touches the alloy. Continuous in the reach, so the
 * side reaction does not jump when a layer boundary crosses it.
 */
export function separatorExposure(widths: Float64Array, reach: number): Float64Array {
  const from = 1 - Math.min(1, Math.max(0, reach));
  const exposure = new Float64Array(widths.length);
  let edge = 0;
  for (let k = 0; k < widths.length; k++) {
    const w = widths[k] as number;
    exposure[k] = Math.max(0, edge + w - Math.max(edge, from)) / w;
    edge += w;
  }
  return exposure;
}

/** Widths per layer count (shared and never written: every electrode of a size uses them). */
const WIDTHS = new Map<number, Float64Array>();

/**
 * Site fraction below which the exchange current stops falling on the side the reaction
 * comes *from*: insertion into an empty surface (or removal from a full one) proceeds at a
 * finite rate, while removal from an empty surface (insertion into a full one) stops.
 */
const SITE_FLOOR = 0.1;
/** Newton on the potentials stops when every layer's charge balance holds to this × I. */
const BALANCE_TOLERANCE = 1e-6;
/** Largest change of ψ per Newton iteration, V (voltage limiting, as circuit solvers do). */
const MAX_PSI_STEP_V = 0.2;
const MAX_NEWTON = 10;
/** A Newton update below this moves ψ by rounding only, V. */
const PSI_ROUNDING_V = 1e-14;
const MAX_RATE_ITERATIONS = 60;
/** |ψ(j) − ψ| at which a layer's kinetics count as solved, V. */
const KINETIC_TOLERANCE_V = 1e-9;
/**
 * A move of a layer's rate from j toward `next`, stopped at most 90 % of the way to a wall:
 * near a wall ψ is log-steep and a full Newton step would overshoot it.
 */
function shortOfWalls(j: number, next: number, jMin: number, jMax: number): number {
  if (next >= jMax) return j + 0.9 * (jMax - j);
  if (next <= jMin) return j + 0.9 * (jMin - j);
  return next;
}

/** The surface D never falls below this share of an empty alloy's (keeps its log finite). */
const SURFACE_D_FLOOR = 1e-3;

/** A rate this close to a wall (as a fraction of the span between the two) is on it. */
const WALL_REACH = 1e-10;

/**
 * State of the electrode: lithiation fraction θ in every shell of one representative
 * particle per layer, and the last solution of the current distribution.
 * z runs from the current collector (layer 0) to the separator (last layer).
 *
 * Each step solves, for the layer potentials ψ_k = φ_electrolyte − φ_solid, the charge
 * balance of every layer with Butler–Volmer kinetics evaluated at the end-of-step particle
 * surface (backward Euler, stable for any step). In ψ the kinetics are a saturating,
 * monotone function j_k(ψ_k) — a particle can take only so much before its surface is
 * full (or empty) — so Newton with voltage limiting converges where a rate-based one stalls.
 */
export class Electrode {
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
  /** ψ = φ_electrolyte − φ_solid per layer, V. */
  readonly psi: Float64Array;
  /** Particle states after the current step with no reaction (scratch). */
  private readonly free: Float64Array;
  private readonly slope: Float64Array;
  private readonly faceConductance: Float64Array;
  private readonly faceSource: Float64Array;
  private readonly faceInvKappa: Float64Array;
  private readonly faceInvSigma: Float64Array;
  /**
   * Where the last step's polarisation went, V (positive = lost):
   * [electronic, ionic, series (separator + interfaces), kinetic, solid diffusion].
   */
  readonly losses = new Float64Array(5);
  private readonly lower: Float64Array;
  private readonly diag: Float64Array;
  private readonly upper: Float64Array;
  private readonly rhs: Float64Array;
  private readonly scratch: Float64Array;
  /** Converts A/cm² of reaction into the θ flux units of the particle solver. */
  private readonly fluxScale: number;
  private readonly sphere: SphereStep;
  /** Per layer: every shell's response to a unit surface flux over the current step. */
  private readonly responses: Float64Array;
  /** Per layer: the outer shell's θ change per unit reaction current over the step. */
  private readonly outerResponse: Float64Array;
  /** Per layer: the reaction currents that would fill or empty the surface this step. */
  private readonly jMax: Float64Array;
  private readonly jMin: Float64Array;
  /** dθ_surface/dj of the last `surfaceAt` call. */
  private surfaceSlope = 0;
  private readonly faceD: Float64Array;
  /** Distance from the outer node to the particle surface, cm. */
  private readonly surfaceGap_cm: number;
  /** Scratch: D at each shell node of the particle being prepared, and the θ it is taken at. */
  private readonly nodeD: Float64Array;
  private readonly nodeTheta: Float64Array;
  /** θ before the last accepted step: with lastDt, where the profile is heading. */
  private readonly thetaPrev: Float64Array;
  /** θ change across the surface gap per unit rate and unit D (constant per electrode). */
  private readonly gapFlux: number;
  /** Lowest surface diffusivity the Kirchhoff relation may return, cm²/s. */
  private readonly surfaceDFloor: number;
  /** Surface lithiation of each layer's particle at the end of the last step. */
  private readonly surface: Float64Array;
  /**
   * SEI charge per particle surface, C/cm², per layer: the low-potential side reaction
   * slows as this film thickens (parabolic growth).
   */
  readonly sei: Float64Array;
  /** Side-reaction current per particle surface in the last step, A/cm², per layer. */
  readonly side: Float64Array;
  private readonly sideSlope: Float64Array;
  /** Share of each layer within reach of the separator's electrolyte (side reaction). */
  private readonly exposure: Float64Array;
  /** Charge lost to the side reaction so far, C per cm² of electrode. */
  sideCharge = 0;
  /** Li plating current per particle surface in the last step, A/cm², per layer (full cell). */
  readonly plate: Float64Array;
  private readonly plateSlope: Float64Array;
  /**
   * Li plated so far, C per cm² of electrode: where the separator's electrolyte reaches (it
   * reacts, and counts as lost) and inside the layer (metal that strips back on discharge).
   */
  platedAtSeparator = 0;
  platedInside = 0;
  private initialised = false;
  /** ψ before the current step, its change over the last step, and that step's length. */
  private readonly psiBefore: Float64Array;
  private readonly psiChange: Float64Array;
  private lastDt = 0;
  /** Branch of the open-circuit curve for the step being solved. */
  private branch: Branch = 'lithiation';

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
    this.outerResponse = new Float64Array(n);
    this.jMax = new Float64Array(n);
    this.jMin = new Float64Array(n);
    this.faceD = new Float64Array(Math.max(resolution.shells - 1, 0));
    this.nodeD = new Float64Array(resolution.shells);
    this.nodeTheta = new Float64Array(resolution.shells);
    this.thetaPrev = new Float64Array(n * resolution.shells);
    this.surfaceGap_cm = cell.radius_cm * this.grid.surfaceGap;
    this.gapFlux = this.surfaceGap_cm * this.fluxScale;
    const law = cell.diffusivityLaw;
    this.surfaceDFloor = law.lowest_cm2_per_s * SURFACE_D_FLOOR;
    this.surface = new Float64Array(n);
    this.sei = new Float64Array(n).fill(cell.seiInitial_C_per_cm2);
    this.side = new Float64Array(n);
    this.sideSlope = new Float64Array(n);
    this.plate = new Float64Array(n);
    this.plateSlope = new Float64Array(n);
    this.exposure = separatorExposure(this.widths, cell.sideReach_cm / cell.thickness_cm);
    this.psi = new Float64Array(n);
    this.psiBefore = new Float64Array(n);
    this.psiChange = new Float64Array(n);
    this.slope = new Float64Array(n);
    this.faceConductance = new Float64Array(n);
    this.faceSource = new Float64Array(n);
    this.faceInvKappa = new Float64Array(n);
    this.faceInvSigma = new Float64Array(n);
    this.lower = new Float64Array(n);
    this.diag = new Float64Array(n);
    this.upper = new Float64Array(n);
    this.rhs = new Float64Array(n);
    this.scratch = new Float64Array(n);
  }

  clone(): Electrode {
    const copy = new Electrode(this.cell, this.resolution);
    copy.copyFrom(this);
    return copy;
  }

  copyFrom(other: Electrode): void {
    this.theta.set(other.theta);
    this.thetaPrev.set(other.thetaPrev);
    this.reaction.set(other.reaction);
    this.sei.set(other.sei);
    this.surface.set(other.surface);
    this.side.set(other.side);
    this.sideCharge = other.sideCharge;
    this.plate.set(other.plate);
    this.platedAtSeparator = other.platedAtSeparator;
    this.platedInside = other.platedInside;
    this.psi.set(other.psi);
    this.psiChange.set(other.psiChange);
    this.lastDt = other.lastDt;
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
    this.lastDt = 0;
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
  private prepareParticles(dt: number): void {
    const c = this.cell;
    const shells = this.grid.shells;
    const faceD = this.faceD;
    const nodeD = this.nodeD;
    const nodeTheta = this.nodeTheta;
    const law = c.diffusivityLaw;
    // D is taken at the middle of the step, extrapolated from the last one (second order
    // in the lag at no extra solve; D frozen at the start was first order, 2.5 % at 3 C).
    // No history at the start of a half-cycle: D at the start, as before.
    const toMid = this.lastDt > 0 ? Math.min(1, (0.5 * dt) / this.lastDt) : 0;
    for (let k = 0; k < this.layers; k++) {
      const offset = k * shells;
      for (let i = 0; i < shells; i++) {
        const now = this.theta[offset + i] as number;
        const mid = now + toMid * (now - (this.thetaPrev[offset + i] as number));
        const t = Math.min(1, Math.max(0, mid));
        nodeTheta[i] = t;
        nodeD[i] = localDiffusivity(c, t);
      }
      for (let f = 0; f < shells - 1; f++) {
        const t1 = nodeTheta[f] as number;
        const t2 = nodeTheta[f + 1] as number;
        faceD[f] = law.meanBetween(t1, t2, nodeD[f] as number, nodeD[f + 1] as number);
      }
      this.sphere.set(faceD, nodeD[shells - 1] as number, c.radius_cm, dt);
      this.sphere.stepFree(this.theta, this.free, offset);
      this.responses.set(this.sphere.response, offset);
      this.outerResponse[k] = this.fluxScale * (this.sphere.response[shells - 1] as number);
      // The walls depend only on the start of the step: found once here, not per iterate.
      this.jMax[k] = this.wallCurrent(k, 1);
      this.jMin[k] = this.wallCurrent(k, 0);
    }
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
    const shells = this.grid.shells;
    // End-of-step particles are linear in their reaction rate: θ = θ_free + j·scale·response.
    this.prepareParticles(dt);

    // Faces: ionic current q_f = G_f·(ψ_{f+1} − ψ_f) + S_f, from
    // ψ_{f+1} − ψ_f = d_f·[q_f·(1/σ + 1/κ) − I/σ]. Conductivities at each face come from
    // the mean lithiation of its two layers, so a front inside a layer conducts up to it.
    for (let f = 0; f < n - 1; f++) {
      const d = 0.5 * ((this.widths[f] as number) + (this.widths[f + 1] as number)) * L;
      const invSigma = 1 / localSigmaE(c, 0.5 * (this.contactTheta(f) + this.contactTheta(f + 1)));
      const invKappa = 1 / localSigmaI(c, 0.5 * (this.meanTheta(f) + this.meanTheta(f + 1)));
      const r = invSigma + invKappa;
      this.faceConductance[f] = 1 / (d * r);
      this.faceSource[f] = (current * invSigma) / r;
      this.faceInvKappa[f] = invKappa * d;
      this.faceInvSigma[f] = invSigma * d;
    }

    if (!this.initialised) this.rest(branch);
    this.branch = branch;

    // Predictor: ψ moves smoothly from step to step, so start Newton where the last change
    // points (scaled to this step's length); then remember the change for the next step.
    const scale = this.lastDt > 0 ? dt / this.lastDt : 0;
    for (let k = 0; k < n; k++) {
      this.psiBefore[k] = this.psi[k] as number;
      this.psi[k] = (this.psi[k] as number) + scale * (this.psiChange[k] as number);
    }
    // Whether a current can be carried must not depend on where Newton happened to start:
    // a failure from the predictor is retried from each layer's open-circuit ψ before the
    // step is declared impossible.
    if (!this.solvePotentials(current, dt)) {
      this.restPotentials(branch);
      if (!this.solvePotentials(current, dt)) {
        this.psi.set(this.psiBefore);
        return Number.NaN;
      }
    }
    for (let k = 0; k < n; k++) {
      this.psiChange[k] = (this.psi[k] as number) - (this.psiBefore[k] as number);
    }
    this.lastDt = dt;

    // Terminal potential: solid at the collector minus electrolyte at the separator. The
    // particles of the first layer touch the collector and those of the last layer the
    // separator, so no half-layer drop is charged at either face: charging one would make
    // a pristine insulating layer refuse any current, though its contact surface lithiates
    // (and starts to conduct) at once.
    let electronic = 0;
    let ionic = 0;
    for (let f = 0; f < n - 1; f++) {
      const q = this.faceCurrent(f);
      ionic += q * (this.faceInvKappa[f] as number);
      electronic += (current - q) * (this.faceInvSigma[f] as number);
    }
    const series = current * c.seriesResistance_ohm_cm2;
    const potential = -(this.psi[0] as number) - ionic - series;

    this.thetaPrev.set(this.theta);
    for (let k = 0; k < n; k++) {
      const flux = (this.reaction[k] as number) * this.fluxScale;
      for (let i = 0; i < shells; i++) {
        this.theta[k * shells + i] =
          (this.free[k * shells + i] as number) + flux * (this.responses[k * shells + i] as number);
      }
    }
    for (let k = 0; k < n; k++) {
      this.surface[k] = this.surfaceAt(k, this.reaction[k] as number);
      const side = this.side[k] as number;
      const exposed = this.exposure[k] as number;
      if (exposed > 0) this.sei[k] = (this.sei[k] as number) + (side / exposed) * dt;
      const area = this.cell.specificArea_per_cm * L * (this.widths[k] as number);
      this.sideCharge += area * side * dt;
      const plated = area * (this.plate[k] as number) * dt;
      this.platedAtSeparator += exposed * plated;
      this.platedInside += (1 - exposed) * plated;
    }
    this.recordLosses(current, branch, electronic, ionic, series);
    return potential;
  }

  /** Reaction-weighted kinetic and diffusion overpotentials, with the transport drops. */
  private recordLosses(
    current: number,
    branch: Branch,
    electronic: number,
    ionic: number,
    series: number,
  ): void {
    const shift = this.cell.ocpShift_V;
    let kinetic = 0;
    let diffusion = 0;
    let weight = 0;
    for (let k = 0; k < this.layers; k++) {
      const j = this.reaction[k] as number;
      const w = Math.abs(j) * (this.widths[k] as number);
      const thetaS = this.surfaceAt(k, j);
      const uSurface = openCircuitPotential(thetaS, shift, branch);
      kinetic += w * ((this.psi[k] as number) + uSurface);
      const uMean = openCircuitPotential(this.activeTheta(k), shift, branch);
      diffusion += w * (uMean - uSurface);
      weight += w;
    }
    const sign = Math.sign(current) || 1;
    const l = this.losses;
    l[0] = sign * electronic;
    l[1] = sign * ionic;
    l[2] = sign * series;
    l[3] = weight > 0 ? (sign * kinetic) / weight : 0;
    l[4] = weight > 0 ? (sign * diffusion) / weight : 0;
  }

  private faceCurrent(f: number): number {
    return (
      (this.faceConductance[f] as number) *
        ((this.psi[f + 1] as number) - (this.psi[f] as number)) +
      (this.faceSource[f] as number)
    );
  }

  /**
   * Newton on ψ: each layer must take, by reaction, what flows into it,
   *   R_k = q_k − q_{k−1} − a·w_k·L·j_k(ψ_k) = 0,  q_{−1} = 0, q_{n−1} = I.
   * Returns false if it does not converge.
   */
  private solvePotentials(current: number, dt: number): boolean {
    const n = this.layers;
    const aL = this.cell.specificArea_per_cm * this.cell.thickness_cm;
    const tolerance = BALANCE_TOLERANCE * Math.abs(current) + 1e-15;
    let lastUpdate = Infinity;
    let firstImbalance = Infinity;
    for (let iteration = 0; iteration < MAX_NEWTON; iteration++) {
      for (let k = 0; k < n; k++) {
        const j = this.rateAt(k, this.psi[k] as number);
        this.side[k] = this.sideRate(k, this.psi[k] as number, dt);
        this.plate[k] = this.plateRate(k, this.psi[k] as number);
        if (!Number.isFinite(j)) return false;
        this.reaction[k] = j;
      }
      let imbalance = 0;
      for (let k = 0; k < n; k++) {
        const w = aL * (this.widths[k] as number);
        const toSeparator = k === n - 1 ? current : this.faceCurrent(k);
        const toCollector = k === 0 ? 0 : this.faceCurrent(k - 1);
        const gUp = k === n - 1 ? 0 : (this.faceConductance[k] as number);
        const gDown = k === 0 ? 0 : (this.faceConductance[k - 1] as number);
        this.lower[k] = gDown;
        this.upper[k] = gUp;
        const side = (this.side[k] as number) + (this.plate[k] as number);
        const sideSlope = (this.sideSlope[k] as number) + (this.plateSlope[k] as number);
        this.diag[k] = -gUp - gDown - w * ((this.slope[k] as number) + sideSlope);
        const residual = toSeparator - toCollector - w * ((this.reaction[k] as number) + side);
        this.rhs[k] = -residual;
        imbalance = Math.max(imbalance, Math.abs(residual));
      }
      // Converged on charge balance: a layer whose surface is saturated has a flat j(ψ),
      // so its ψ may keep drifting without changing anything that matters.
      // Face currents are G·Δψ of ψ values near a volt: with large conductances their
      // rounding error can exceed a relative tolerance on a tiny current, so a Newton
      // update that no longer moves ψ beyond rounding also counts as converged.
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
        // Tangent predictor for the layer's rate: the inner solve then starts next to its
        // answer and needs one or two iterations instead of five or more.
        const j = this.reaction[k] as number;
        this.reaction[k] = shortOfWalls(
          j,
          j + (this.slope[k] as number) * delta,
          this.jMin[k] as number,
          this.jMax[k] as number,
        );
      }
    }
    return false;
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

  private readonly kin = new Float64Array(2);

  /**
   * Surface lithiation of layer k's particle at reaction current j over the step, with
   * dθs/dj in `surfaceSlope`. Between the outer node and the surface the flux is steady
   * and D(θ) = D½·e^(b(θ−½)), so ∫D dθ across that half-shell equals gap·flux:
   * D(θs) = D(θo) + b·gap·flux — exact for any spread of D, where a D frozen at the outer
   * node would make an empty surface refuse Li it could pass on at once.
   */
  private surfaceAt(k: number, j: number): number {
    const law = this.cell.diffusivityLaw;
    const shells = this.grid.shells;
    const ro = this.outerResponse[k] as number;
    const thetaO = (this.free[k * shells + shells - 1] as number) + ro * j;
    const inside = thetaO >= 0 && thetaO <= 1;
    const clamped = inside ? thetaO : Math.min(1, Math.max(0, thetaO));
    const dOuter = law.at(clamped);
    const thetaS = law.inverse(law.potential(clamped) + this.gapFlux * j, this.surfaceDFloor);
    const d = Math.max(law.at(thetaS), this.surfaceDFloor);
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
    const shells = this.grid.shells;
    const ro = this.outerResponse[k] as number;
    const free = this.free[k * shells + shells - 1] as number;
    const perTheta = this.gapFlux / ro;
    const target = law.potential(wall);
    const clamp = (t: number) => Math.min(1, Math.max(0, t));
    let lo = Math.min(free, wall);
    let hi = Math.max(free, wall);
    let theta = wall;
    for (let i = 0; i < 60; i++) {
      const t = clamp(theta);
      const value = law.potential(t) + perTheta * (theta - free) - target;
      if (value > 0) hi = Math.min(hi, theta);
      else lo = Math.max(lo, theta);
      const slope = (t === theta ? law.at(t) : 0) + perTheta;
      let next = theta - value / slope;
      if (!(next >= lo && next <= hi)) next = 0.5 * (lo + hi);
      const done = Math.abs(next - theta) < 1e-13;
      theta = next;
      if (done) break;
    }
    return (theta - free) / ro;
  }

  /**
   * Low-potential side reaction per particle surface over the step, A/cm², and its
   * derivative in ψ (stored in `sideSlope`). The film grows as dq/dt = k·exp(−α·f·E)/q
   * (cathodic Tafel in the local potential E = −ψ vs Li/Li⁺, slowed by the film it has
   * formed: parabolic growth); with E frozen over the step, q_new solves
   * q_new² − q·q_new = k·e·dt exactly, which stays stable for any step length.
   */
  private sideRate(k: number, psi: number, dt: number): number {
    const c = this.cell;
    const q = this.sei[k] as number;
    const drive = 4 * c.sideRate_A_C_per_cm4 * Math.exp(c.sideAlpha_f * psi) * dt;
    const root = Math.sqrt(q * q + drive);
    const e = this.exposure[k] as number;
    this.sideSlope[k] = (e * (c.sideAlpha_f * drive)) / (4 * dt * root);
    return (e * (root - q)) / (2 * dt);
  }

  /**
   * Li plating per particle surface, A/cm², and its slope in ψ (stored in `plateSlope`): only
   * in a full cell, where no cut-off keeps the anode above 0 V vs Li. Butler–Volmer for
   * Li⁺ + e⁻ → Li below the nucleation overpotential η_n (cathodic branch; no Li to strip
   * yet): j = i₀·(e^(α·f·(ψ − η_n)) − 1) for ψ = −E > η_n, else 0.
   */
  private plateRate(k: number, psi: number): number {
    const p = this.cell.plating;
    if (!p || psi <= p.onset_V) {
      this.plateSlope[k] = 0;
      return 0;
    }
    const e = Math.exp(p.alpha_f * (psi - p.onset_V));
    this.plateSlope[k] = p.exchange_A_per_cm2 * p.alpha_f * e;
    return p.exchange_A_per_cm2 * (e - 1);
  }

  /**
   * Reaction rate of layer k at potential ψ: solves ψ(j) = ψ by safeguarded Newton,
   * never crossing the walls where the surface would be full or empty. Stores dj/dψ in
   * `slope`.
   */
  private rateAt(k: number, psi: number): number {
    const jMax = this.jMax[k] as number;
    const jMin = this.jMin[k] as number;
    let j = this.reaction[k] as number;
    if (!(j < jMax && j > jMin)) j = 0.5 * (jMin + jMax);
    const kin = this.kin;
    for (let i = 0; i < MAX_RATE_ITERATIONS; i++) {
      this.kinetics(k, j, this.branch, kin);
      const g = (kin[0] as number) - psi;
      const dpsi = kin[1] as number;
      const next = shortOfWalls(j, j - g / dpsi, jMin, jMax);
      if (!Number.isFinite(next)) return Number.NaN;
      if (Math.abs(g) < KINETIC_TOLERANCE_V) {
        this.slope[k] = 1 / dpsi;
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
    this.slope[k] = 0;
    return j;
  }
}
