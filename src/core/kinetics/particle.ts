/**
 * Finite-volume grid of a sphere of radius 1 (lengths scaled by the particle radius), or of
 * the spherical shell outside an inert core of radius `core` (no flux crosses it).
 * Shells thin geometrically toward the surface, where the gradients are.
 */
export interface SphereGrid {
  readonly shells: number;
  /** Radius of the inert core, 0 for a whole sphere. */
  readonly core: number;
  /** Node (shell-centre) radii. */
  readonly nodes: Float64Array;
  /** Shell volumes divided by the whole sphere's volume (they sum to 1 − core³). */
  readonly volumes: Float64Array;
  /** Face areas between shell i and i+1, divided by the sphere's surface area. */
  readonly faceAreas: Float64Array;
  /** Node-to-node distances across face i. */
  readonly faceGaps: Float64Array;
  /** Distance from the outermost node to the surface. */
  readonly surfaceGap: number;
}

/**
 * Outer over inner shell width, whatever the number of shells. D rises by decades with
 * lithiation, so a delithiating particle has a thin, Li-poor skin in which almost all of its
 * concentration drop sits: shells a hundred times thinner at the surface than at the centre
 * resolve it (16 shells then give what 64 give to within 0.5 %; six evenly graded ones were
 * 3–4 % off at 1–3 C). A fixed stretch, not a fixed ratio per shell, so that refining halves
 * every shell (`npm run convergence`).
 */
export const SURFACE_STRETCH = 0.01;

/** Width ratio of neighbouring shells that gives SURFACE_STRETCH across `shells` shells. */
export const stretchRatio = (shells: number): number =>
  shells > 1 ? SURFACE_STRETCH ** (1 / (shells - 1)) : 1;

/** Grids are immutable and depend only on their arguments: built once each. */
const GRIDS = new Map<string, SphereGrid>();

export function sphereGrid(shells: number, ratio = stretchRatio(shells), core = 0): SphereGrid {
  const key = `${shells}:${ratio}:${core}`;
  const cached = GRIDS.get(key);
  if (cached) return cached;
  const grid = buildSphereGrid(shells, ratio, core);
  GRIDS.set(key, grid);
  return grid;
}

function buildSphereGrid(shells: number, ratio: number, core: number): SphereGrid {
  const widths = Array.from({ length: shells }, (_, i) => ratio ** i);
  const total = widths.reduce((s, w) => s + w, 0);
  const faces = [core];
  for (const w of widths) faces.push((faces.at(-1) as number) + ((1 - core) * w) / total);
  faces[shells] = 1;
  const nodes = new Float64Array(shells);
  const volumes = new Float64Array(shells);
  for (let i = 0; i < shells; i++) {
    const r0 = faces[i] as number;
    const r1 = faces[i + 1] as number;
    // The centre of a whole sphere is its innermost node; a core's face is a wall instead.
    nodes[i] = i === 0 && core === 0 ? 0 : 0.5 * (r0 + r1);
    volumes[i] = r1 ** 3 - r0 ** 3;
  }
  const faceAreas = new Float64Array(Math.max(shells - 1, 0));
  const faceGaps = new Float64Array(Math.max(shells - 1, 0));
  for (let i = 0; i < shells - 1; i++) {
    faceAreas[i] = (faces[i + 1] as number) ** 2;
    faceGaps[i] = (nodes[i + 1] as number) - (nodes[i] as number);
  }
  return {
    shells,
    core,
    nodes,
    volumes,
    faceAreas,
    faceGaps,
    surfaceGap: 1 - (nodes[shells - 1] as number),
  };
}

/**
 * Implicit-Euler diffusion step of one sphere, with the diffusivity of every face frozen
 * for the step (lagged coefficients: a concentration-dependent D stays linear within a
 * step, so θ_new = θ_free + flux·response still holds). Works in θ = c/c_max, so a
 * surface flux is given as dθ/dt-equivalent units.
 */
export class SphereStep {
  private readonly lower: Float64Array;
  private readonly diag: Float64Array;
  private readonly upper: Float64Array;
  /** The matrix factored once per `set` (Thomas): c′ of each row and 1/pivot. */
  private readonly factor: Float64Array;
  private readonly pivot: Float64Array;
  private readonly work: Float64Array;
  /** Face area over node gap, per face: the grid's part of each face's conductance. */
  private readonly areaOverGap: Float64Array;
  /** Multiplies the inward flux (mol/cm²/s over c_max) into the outer shell's θ change. */
  private sourceGain = 0;
  /** Converts the inward flux into the surface-minus-outer-node θ difference. */
  surfaceGain = 0;
  /**
   * Response of every shell to a unit inward flux over one step (a column of the inverse
   * matrix times the source gain): the step is linear, so θ_new = θ_free + flux·response.
   */
  readonly response: Float64Array;

  constructor(readonly grid: SphereGrid) {
    const n = grid.shells;
    this.lower = new Float64Array(n);
    this.diag = new Float64Array(n);
    this.upper = new Float64Array(n);
    this.factor = new Float64Array(n);
    this.pivot = new Float64Array(n);
    this.work = new Float64Array(n);
    this.areaOverGap = Float64Array.from(
      grid.faceAreas,
      (area, f) => area / (grid.faceGaps[f] as number),
    );
    this.response = new Float64Array(n);
  }

  /**
   * Builds the step for face diffusivities `faceD` (cm²/s, between shell f and f+1), the
   * diffusivity at the surface, the radius and the step length.
   */
  set(faceD: ArrayLike<number>, surfaceD: number, radius_cm: number, dt_s: number): void {
    const grid = this.grid;
    const n = grid.shells;
    // In scaled radius ρ = r/R, with volumes V_i/V and areas A/(4πR²):
    // dθ_i/dt·V_i/3 = Σ_f (D_f/R²)·A_f (θ_j − θ_i)/Δρ  + (flux/R)·[i = n−1].
    const k = (3 * dt_s) / radius_cm ** 2;
    for (let i = 0; i < n; i++) {
      this.diag[i] = grid.volumes[i] as number;
      this.lower[i] = 0;
      this.upper[i] = 0;
    }
    for (let f = 0; f < n - 1; f++) {
      const g = k * (faceD[f] as number) * (this.areaOverGap[f] as number);
      this.diag[f] = (this.diag[f] as number) + g;
      this.diag[f + 1] = (this.diag[f + 1] as number) + g;
      this.upper[f] = -g;
      this.lower[f + 1] = -g;
    }
    this.sourceGain = (3 * dt_s) / radius_cm;
    this.surfaceGain = (radius_cm * grid.surfaceGap) / surfaceD;
    // Every solve of the step (the response here, the free step, a flux step) shares the
    // matrix: it is factored once, and each solve is a substitution.
    let pivot = this.diag[0] as number;
    this.pivot[0] = 1 / pivot;
    for (let i = 1; i < n; i++) {
      const c = (this.upper[i - 1] as number) * (this.pivot[i - 1] as number);
      this.factor[i] = c;
      pivot = (this.diag[i] as number) - (this.lower[i] as number) * c;
      this.pivot[i] = 1 / pivot;
    }
    // The response is the last column of the inverse: of the two sweeps only the backward
    // one has anything to do.
    const response = this.response;
    response[n - 1] = this.sourceGain * (this.pivot[n - 1] as number);
    for (let i = n - 2; i >= 0; i--) {
      response[i] = -(this.factor[i + 1] as number) * (response[i + 1] as number);
    }
  }

  /** Solves the factored step matrix against `x` in place (Thomas' two sweeps). */
  private substitute(x: Float64Array): void {
    const n = this.grid.shells;
    const lower = this.lower;
    const pivot = this.pivot;
    const factor = this.factor;
    x[0] = (x[0] as number) * (pivot[0] as number);
    for (let i = 1; i < n; i++) {
      x[i] =
        ((x[i] as number) - (lower[i] as number) * (x[i - 1] as number)) * (pivot[i] as number);
    }
    for (let i = n - 2; i >= 0; i--) {
      x[i] = (x[i] as number) - (factor[i + 1] as number) * (x[i + 1] as number);
    }
  }

  /**
   * θ after one step with no surface flux (diffusion of the present profile only), for
   * the particle stored at `offset` in `theta`, written at the same offset in `out`; with
   * `previous` and BDF2 `weights`, from a1·θ + a2·θ_previous. Offsets rather than subarrays:
   * this runs for every layer at every step.
   */
  stepFree(
    theta: Float64Array,
    out: Float64Array,
    offset = 0,
    previous?: Float64Array,
    weights: readonly [number, number] = [1, 0],
  ): void {
    const n = this.grid.shells;
    const work = this.work;
    const a1 = weights[0];
    const a2 = weights[1];
    // BDF2 starts from a combination of the last two states (a1 + a2 = 1); BE from the last.
    for (let i = 0; i < n; i++) {
      const base =
        previous && a2 !== 0
          ? a1 * (theta[offset + i] as number) + a2 * (previous[offset + i] as number)
          : (theta[offset + i] as number);
      work[i] = base * (this.grid.volumes[i] as number);
    }
    this.substitute(work);
    for (let i = 0; i < n; i++) out[offset + i] = work[i] as number;
  }

  /**
   * Advances θ (length = shells) by one step with the given inward flux
   * (mol per cm² of particle surface per s, divided by c_max in mol/cm³).
   */
  step(theta: Float64Array, inwardFlux: number): void {
    const n = this.grid.shells;
    for (let i = 0; i < n; i++) theta[i] = (theta[i] as number) * (this.grid.volumes[i] as number);
    theta[n - 1] = (theta[n - 1] as number) + this.sourceGain * inwardFlux;
    this.substitute(theta);
  }

  /** θ at the particle surface for a given inward flux (one-sided gradient). */
  surface(theta: Float64Array, inwardFlux: number): number {
    return (theta[this.grid.shells - 1] as number) + this.surfaceGain * inwardFlux;
  }
}

/** The constant-diffusivity step: built once per (grid, D, r, dt) and reused. */
export class SphereStepper extends SphereStep {
  constructor(grid: SphereGrid, diffusivity_cm2_per_s: number, radius_cm: number, dt_s: number) {
    super(grid);
    const faces = new Float64Array(Math.max(grid.shells - 1, 0)).fill(diffusivity_cm2_per_s);
    this.set(faces, diffusivity_cm2_per_s, radius_cm, dt_s);
  }
}

/** Volume-averaged θ of one particle (an inert core counts as empty). */
export function meanTheta(grid: SphereGrid, theta: Float64Array): number {
  let s = 0;
  for (let i = 0; i < grid.shells; i++) s += (grid.volumes[i] as number) * (theta[i] as number);
  return s;
}
