import type { CellDescription, PlatingLaw } from './cell';

/**
 * Low-potential side reaction per particle surface over a step, A/cm² (times the share of
 * the layer the separator's electrolyte reaches), with its derivative in ψ written to
 * `slopes[k]`. The film grows as dq/dt = k·exp(−α·f·E)/q (cathodic Tafel in the local
 * potential E = −ψ vs Li/Li⁺, slowed by the film it has formed: parabolic growth); with E
 * frozen over the step, q_new solves q_new² − Q·q_new = k·e·βh exactly (Q the film a BDF2
 * step starts from, q for backward Euler; βh the step's implicit length), which stays stable
 * for any step length.
 */
export function sideReactionRate(
  cell: CellDescription,
  base: number,
  implicitDt: number,
  psi: number,
  exposure: number,
  slopes: Float64Array,
  k: number,
): number {
  const drive = 4 * cell.sideRate_A_C_per_cm4 * Math.exp(cell.sideAlpha_f * psi) * implicitDt;
  const root = Math.sqrt(base * base + drive);
  slopes[k] = (exposure * (cell.sideAlpha_f * drive)) / (4 * implicitDt * root);
  return (exposure * (root - base)) / (2 * implicitDt);
}

/**
 * Li plating per particle surface, A/cm², with its slope in ψ written to `slopes[k]`: only in
 * a full cell, where no cut-off keeps the anode above 0 V vs Li. Butler–Volmer for
 * Li⁺ + e⁻ → Li below the nucleation overpotential η_n (cathodic branch; no Li to strip yet):
 * j = i₀·(e^(α·f·(ψ − η_n)) − 1) for ψ = −E > η_n, else 0.
 */
export function platingRate(
  law: PlatingLaw | undefined,
  psi: number,
  slopes: Float64Array,
  k: number,
): number {
  if (!law || psi <= law.onset_V) {
    slopes[k] = 0;
    return 0;
  }
  const e = Math.exp(law.alpha_f * (psi - law.onset_V));
  slopes[k] = law.exchange_A_per_cm2 * law.alpha_f * e;
  return law.exchange_A_per_cm2 * (e - 1);
}

/**
 * The side reaction's and the plating's state per layer: the film each exposed surface has
 * grown (with the one before the last step, for BDF2), the last step's currents and their
 * slopes in ψ, and the charge both have taken so far.
 */
export class SideReactions {
  /**
   * SEI charge per exposed particle surface, C/cm², per layer: the low-potential side
   * reaction slows as this film thickens (parabolic growth).
   */
  readonly sei: Float64Array;
  private readonly seiPrev: Float64Array;
  /** The film a BDF2 step starts from, a1·q_n + a2·q_{n−1} (q_n for backward Euler). */
  private readonly seiBase: Float64Array;
  /** Side-reaction and plating current per particle surface in the last step, A/cm², per layer. */
  readonly side: Float64Array;
  readonly plate: Float64Array;
  private readonly sideSlope: Float64Array;
  private readonly plateSlope: Float64Array;
  /** Their sum per layer and its slope in ψ: what the layer solve balances. */
  readonly total: Float64Array;
  readonly totalSlope: Float64Array;
  /** Charge lost to the side reaction so far, C per cm² of electrode. */
  charge = 0;
  /**
   * Li plated so far, C per cm² of electrode: where the separator's electrolyte reaches (it
   * reacts, and counts as lost) and inside the layer (metal that strips back on discharge).
   */
  platedAtSeparator = 0;
  platedInside = 0;

  constructor(
    private readonly cell: CellDescription,
    /** Share of each layer within reach of the separator's electrolyte. */
    private readonly exposure: Float64Array,
    /** Particle surface per electrode area of each layer, cm²/cm². */
    private readonly areas: Float64Array,
  ) {
    const n = exposure.length;
    this.sei = new Float64Array(n).fill(cell.seiInitial_C_per_cm2);
    this.seiPrev = new Float64Array(n);
    this.seiBase = new Float64Array(n);
    this.side = new Float64Array(n);
    this.plate = new Float64Array(n);
    this.sideSlope = new Float64Array(n);
    this.plateSlope = new Float64Array(n);
    this.total = new Float64Array(n);
    this.totalSlope = new Float64Array(n);
  }

  copyFrom(other: SideReactions): void {
    this.sei.set(other.sei);
    this.seiPrev.set(other.seiPrev);
    this.side.set(other.side);
    this.plate.set(other.plate);
    this.charge = other.charge;
    this.platedAtSeparator = other.platedAtSeparator;
    this.platedInside = other.platedInside;
  }

  /** Before a step with BDF2 `weights` (or [1, 0]): the film each layer starts from. */
  begin(weights: readonly [number, number]): void {
    for (let k = 0; k < this.sei.length; k++) {
      this.seiBase[k] =
        weights[0] * (this.sei[k] as number) + weights[1] * (this.seiPrev[k] as number);
    }
  }

  /** Layer k's side currents at potential ψ over a step of implicit length βh. */
  rates(k: number, psi: number, implicitDt: number): void {
    const exposed = this.exposure[k] as number;
    const base = this.seiBase[k] as number;
    this.side[k] = sideReactionRate(this.cell, base, implicitDt, psi, exposed, this.sideSlope, k);
    this.plate[k] = platingRate(this.cell.plating, psi, this.plateSlope, k);
    this.total[k] = (this.side[k] as number) + (this.plate[k] as number);
    this.totalSlope[k] = (this.sideSlope[k] as number) + (this.plateSlope[k] as number);
  }

  /** After a step of length dt (implicit length βh) is taken: grow the films, count the charge. */
  finish(dt: number, implicitDt: number): void {
    for (let k = 0; k < this.sei.length; k++) {
      const exposed = this.exposure[k] as number;
      const area = this.areas[k] as number;
      const before = this.sei[k] as number;
      this.seiPrev[k] = before;
      if (exposed > 0) {
        // The film is the side reaction's own record: what it took is the film it grew.
        const after =
          (this.seiBase[k] as number) + ((this.side[k] as number) / exposed) * implicitDt;
        this.sei[k] = after;
        this.charge += area * exposed * (after - before);
      }
      const plated = area * (this.plate[k] as number) * dt;
      this.platedAtSeparator += exposed * plated;
      this.platedInside += (1 - exposed) * plated;
    }
  }
}
