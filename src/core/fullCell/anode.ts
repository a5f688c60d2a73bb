import { curveOf, valueAt, type Curve } from './interpolate';
import { clampNoted, nonNegative, type IssueLog } from './issues';

export interface AnodeProfilePoint {
  /** Charge passed since the start of the half-cycle, mAh per gram of alloy. */
  readonly capacity_mAh_per_g: number;
  /** Anode potential vs Li/Li⁺, V. */
  readonly potential_V: number;
}

/** What the anode (half-cell) model delivers, per gram of Si–Ge alloy. */
export interface AnodeHalfCell {
  /** First lithiation at 0.1 C. */
  readonly lithiation_mAh_per_g: number;
  /** First delithiation at 0.1 C: the reversible part of the first lithiation. */
  readonly delithiation_mAh_per_g: number;
  /** Delithiation capacity against C-rate, from the formed electrode. */
  readonly rateCurve: readonly { readonly cRate: number; readonly capacity_mAh_per_g: number }[];
  /**
   * The capacity that defines 1 C in rateCurve, mAh/g. The project's half-cell model uses the
   * alloy's Li₁₅M₄ capacity (src/core/kinetics/cell.ts). Default: delithiation_mAh_per_g.
   */
  readonly rateCurveBasis_mAh_per_g?: number;
  readonly averageDelithiationPotential_V: number;
  readonly averageLithiationPotential_V: number;
  /** Alloy loading, g/cm². */
  readonly loading_g_per_cm2: number;
  readonly lithiationProfile?: readonly AnodeProfilePoint[];
  readonly delithiationProfile?: readonly AnodeProfilePoint[];
  /**
   * Share (0–1) of the first-cycle loss that is spent whatever the depth of lithiation — Li
   * consumed by interphase formation with the electrolyte, the study's "inactive Li" — while the
   * rest scales with the Li inserted (Li trapped in the alloy). Default 0: all loss scales.
   */
  readonly fixedLossShare?: number;
  /**
   * The anode simulated through the full cell's first charge (src/core/kinetics/plating.ts),
   * mAh/cm²: where the charge went, plating included. When given and its charge is the cell's,
   * it replaces the bookkeeping "what does not fit plates".
   */
  readonly firstCharge?: SimulatedFirstCharge;
  /** Share of the Li alloyed in the first lithiation that the delithiation gives back (0–1). */
  readonly alloyReturn?: number;
}

/** Where the Li of the first charge went in a simulated anode, mAh/cm². */
export interface SimulatedFirstCharge {
  /** Charge passed (the cathode's first charge). */
  readonly charge_mAh_per_cm2: number;
  /** Alloyed with the Si–Ge. */
  readonly alloyed_mAh_per_cm2: number;
  /** Consumed by the low-potential side reaction with the electrolyte. */
  readonly sideReaction_mAh_per_cm2: number;
  /** Plated where the separator's electrolyte reaches: it reacts, and is lost. */
  readonly platedLost_mAh_per_cm2: number;
  /** Plated inside the layer, away from the electrolyte: strips back on discharge. */
  readonly platedInside_mAh_per_cm2: number;
  /** Lowest anode potential at the separator during the charge, V vs Li/Li⁺. */
  readonly lowestPotential_V: number;
  /**
   * The anode's potential through that charge (charge passed per gram of alloy): the full
   * cell's charge curve follows it, plating (below 0 V) included.
   */
  readonly profile?: readonly AnodeProfilePoint[];
}

/** The anode after its figures have been checked, with its curves built. */
export interface ResolvedAnode {
  readonly lithiation_mAh_per_g: number;
  readonly delithiation_mAh_per_g: number;
  readonly rateCurveBasis_mAh_per_g: number;
  readonly averageDelithiationPotential_V: number;
  readonly averageLithiationPotential_V: number;
  readonly loading_g_per_cm2: number;
  readonly fixedLossShare: number;
  readonly firstCharge: SimulatedFirstCharge | null;
  /** The simulated first-charge potential, when there is one. */
  readonly firstChargeCurve: Curve | null;
  readonly alloyReturn: number | null;
  readonly lithiation: Curve | null;
  readonly delithiation: Curve | null;
  /** Delithiation capacity as a share of delithiation_mAh_per_g against log₁₀ of the C-rate. */
  readonly rate: Curve | null;
}

function profileCurve(
  name: string,
  points: readonly AnodeProfilePoint[] | undefined,
  log: IssueLog,
): Curve | null {
  if (points === undefined) return null;
  if (!Array.isArray(points)) throw new TypeError(`${name} must be an array`);
  const curve = curveOf(
    points
      .filter((p) => typeof p === 'object' && p !== null)
      .map((p): [number, number] => [p.capacity_mAh_per_g, p.potential_V]),
  );
  if (!curve)
    log.add(
      'curveFallback',
      `${name} has fewer than two usable points; the average potential was used.`,
    );
  return curve;
}

export function resolveAnode(anode: AnodeHalfCell, log: IssueLog): ResolvedAnode {
  if (typeof anode !== 'object' || anode === null) throw new TypeError('anode must be an object');
  if (!Array.isArray(anode.rateCurve)) throw new TypeError('anode.rateCurve must be an array');
  const delithiation = nonNegative(
    'anode delithiation_mAh_per_g',
    anode.delithiation_mAh_per_g,
    log,
  );
  let lithiation = nonNegative('anode lithiation_mAh_per_g', anode.lithiation_mAh_per_g, log);
  if (lithiation < delithiation) {
    // An efficiency above 100 % cannot be: raise the lithiation to the delithiation.
    log.add(
      'clamped',
      `anode lithiation (${lithiation}) is below its delithiation (${delithiation}); used ${delithiation}.`,
    );
    lithiation = delithiation;
  }
  const basisRaw = anode.rateCurveBasis_mAh_per_g;
  const basis =
    basisRaw === undefined
      ? delithiation
      : nonNegative('anode rateCurveBasis_mAh_per_g', basisRaw, log) || delithiation;
  const fixedLossShare =
    anode.fixedLossShare === undefined
      ? 0
      : clampNoted(
          'anode fixedLossShare',
          nonNegative('anode fixedLossShare', anode.fixedLossShare, log),
          0,
          1,
          log,
        );
  const ratePoints =
    delithiation > 0
      ? anode.rateCurve
          .filter(
            (p) =>
              typeof p === 'object' &&
              p !== null &&
              p.cRate > 0 &&
              Number.isFinite(p.cRate) &&
              Number.isFinite(p.capacity_mAh_per_g),
          )
          .map((p): [number, number] => [
            Math.log10(p.cRate),
            Math.min(1, Math.max(0, p.capacity_mAh_per_g / delithiation)),
          ])
      : [];
  // A single measured rate still says something: hold it flat on both sides.
  const only = ratePoints.length === 1 ? ratePoints[0] : undefined;
  const rate = curveOf(only ? [[only[0] - 1, only[1]], only] : ratePoints);
  return {
    lithiation_mAh_per_g: lithiation,
    delithiation_mAh_per_g: delithiation,
    rateCurveBasis_mAh_per_g: basis,
    averageDelithiationPotential_V: nonNegative(
      'anode averageDelithiationPotential_V',
      anode.averageDelithiationPotential_V,
      log,
    ),
    averageLithiationPotential_V: nonNegative(
      'anode averageLithiationPotential_V',
      anode.averageLithiationPotential_V,
      log,
    ),
    loading_g_per_cm2: nonNegative('anode loading_g_per_cm2', anode.loading_g_per_cm2, log),
    fixedLossShare,
    firstCharge: anode.firstCharge ?? null,
    firstChargeCurve: anode.firstCharge?.profile
      ? profileCurve('anode firstCharge.profile', anode.firstCharge.profile, log)
      : null,
    alloyReturn:
      anode.alloyReturn === undefined
        ? null
        : clampNoted('anode alloyReturn', anode.alloyReturn, 0, 1, log),
    lithiation: profileCurve('anode lithiationProfile', anode.lithiationProfile, log),
    delithiation: profileCurve('anode delithiationProfile', anode.delithiationProfile, log),
    rate,
  };
}

/**
 * Anode potential after `inserted` mAh/g went in on the first charge: the simulated charge's
 * when there is one; else the half-cell lithiation's, and past the anode's own first
 * lithiation capacity it is full: further Li plates as metal, at 0 V vs Li/Li⁺.
 */
export function lithiationPotential(anode: ResolvedAnode, inserted_mAh_per_g: number): number {
  // Simulated through this very charge: its own potential, below 0 V where Li plates.
  if (anode.firstChargeCurve) return valueAt(anode.firstChargeCurve, inserted_mAh_per_g);
  if (inserted_mAh_per_g > anode.lithiation_mAh_per_g) return 0;
  return anode.lithiation
    ? valueAt(anode.lithiation, inserted_mAh_per_g)
    : anode.averageLithiationPotential_V;
}

/** Anode potential after `removed` mAh/g came out, counted as in the half-cell delithiation. */
export function delithiationPotential(anode: ResolvedAnode, removed_mAh_per_g: number): number {
  return anode.delithiation
    ? valueAt(anode.delithiation, removed_mAh_per_g)
    : anode.averageDelithiationPotential_V;
}

/**
 * Delithiation capacity at an anode C-rate as a share of the first-cycle reversible capacity,
 * interpolated linearly in log(C-rate) and held at the end values outside the measured rates.
 * Null when there is no usable rate curve.
 */
export function anodeRateFraction(anode: ResolvedAnode, anodeCRate: number): number | null {
  if (!anode.rate) return null;
  if (!(anodeCRate > 0)) return valueAt(anode.rate, -Infinity);
  return Math.min(1, Math.max(0, valueAt(anode.rate, Math.log10(anodeCRate))));
}
