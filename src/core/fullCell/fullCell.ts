import {
  anodeRateFraction,
  delithiationPotential,
  lithiationPotential,
  resolveAnode,
  type AnodeHalfCell,
  type ResolvedAnode,
} from './anode';
import { cathodePotential, type CathodePotential } from './cathodeOcv';
import {
  isCathodeId,
  resolveCathode,
  type CathodeId,
  type CathodeParameters,
  type ResolvedCathode,
} from './cathodes';
import { checkedNumber, IssueLog, type FullCellIssue } from './issues';
import { firstCycle, platingMessage, type FirstCycle } from './firstCycle';
import { rateRetention } from './rateRetention';
import { resolveStack, stackMasses, type StackMasses, type StackSettings } from './stack';

export interface FullCellSettings {
  readonly cathode: CathodeId;
  /**
   * N/P: the anode's reversible areal capacity (first 0.1 C delithiation × alloy loading) over
   * the cathode's reversible areal capacity (first 0.1 C discharge × cathode loading).
   */
  readonly npRatio: number;
  readonly cathodeOverrides?: Partial<CathodeParameters>;
  readonly stack?: Partial<StackSettings>;
}

/** Full-cell C-rates of the rate curve; 1 C = the cathode's reversible areal capacity in 1 h. */
export const FULL_CELL_RATES: readonly number[] = [0.2, 0.5, 1, 2];

/** The first cycle's rate, C of the cathode's reversible capacity. */
export const FIRST_CYCLE_RATE = 0.1;

/** N/P outside this range is clamped (and noted). */
export const NP_RATIO_RANGE = { min: 0.1, max: 10 } as const;

/** Points per half-cycle of the voltage curves. */
const CURVE_POINTS = 41;

export interface VoltagePoint {
  readonly capacity_mAh_per_g_cathode: number;
  /** Cathode potential minus anode potential, V. */
  readonly voltage_V: number;
}

export interface FullCellRatePoint {
  readonly cRate: number;
  readonly capacity_mAh_per_g_cathode: number;
  /** The electrode whose rate capability is the poorer at this rate. */
  readonly limitedBy: 'anode' | 'cathode';
}

/** Where the Li of the first charge went, mAh/cm²; the three add up to charge − discharge. */
export interface FirstCycleLoss {
  /** Spent in the anode: interphase formation and Li trapped in the alloy. */
  readonly anode_mAh_per_cm2: number;
  /** Plated as metal because the anode was full; counted as lost (see docs/full-cell.md). */
  readonly plated_mAh_per_cm2: number;
  /** Still reversible in the anode, but the cathode had no sites left to take it back. */
  readonly leftInAnode_mAh_per_cm2: number;
}

export interface FullCellResult {
  readonly cathode: CathodeId;
  /** N/P as used, after clamping. */
  readonly npRatio: number;
  /** First-cycle efficiency: first discharge over first charge, × 100. */
  readonly ice_percent: number;
  /** First charge at 0.1 C, mAh per gram of cathode active material. */
  readonly chargeCapacity_mAh_per_g_cathode: number;
  /** First discharge at 0.1 C, mAh per gram of cathode active material. */
  readonly dischargeCapacity_mAh_per_g_cathode: number;
  /** Discharge capacity at 0.2, 0.5, 1 and 2 C after the first cycle. */
  readonly rateCurve: readonly FullCellRatePoint[];
  /** First discharge at 0.1 C, mAh/cm². */
  readonly arealCapacity_mAh_per_cm2: number;
  /**
   * First 0.1 C discharge energy over the stack mass: anode layer + separator + cathode
   * composite. No current collectors, tabs, casing or pressure hardware.
   */
  readonly specificEnergy_Wh_per_kg: number;
  /** Mean full-cell voltage of the first 0.1 C discharge, V. */
  readonly averageVoltage_V: number;
  readonly voltageCurve: {
    readonly charge: readonly VoltagePoint[];
    readonly discharge: readonly VoltagePoint[];
  };
  /** True when the first charge brings more Li than the anode can alloy with: the rest plates. */
  readonly platingRisk: boolean;
  /** Which side ended the first discharge: the Li the anode gave back, or the cathode's sites. */
  readonly dischargeLimitedBy: 'anode' | 'cathode';
  readonly firstCycleLoss: FirstCycleLoss;
  readonly anodeLoading_g_per_cm2: number;
  /** Cathode active material per area, fixed by the anode loading and N/P, g/cm². */
  readonly cathodeLoading_g_per_cm2: number;
  readonly stack: StackMasses;
  /** Everything that was clamped, replaced or flagged on the way. */
  readonly issues: readonly FullCellIssue[];
}

function checkSettings(settings: FullCellSettings, log: IssueLog) {
  if (typeof settings !== 'object' || settings === null) {
    throw new TypeError('full-cell settings must be an object');
  }
  if (!isCathodeId(settings.cathode)) {
    throw new TypeError(`cathode must be 'lco' or 'ncm', got ${String(settings.cathode)}`);
  }
  const np = checkedNumber(
    'npRatio',
    settings.npRatio,
    NP_RATIO_RANGE.min,
    NP_RATIO_RANGE.max,
    log,
  );
  return {
    cathode: resolveCathode(settings.cathode, settings.cathodeOverrides, log),
    stack: resolveStack(settings.stack, log),
    np,
  };
}

function rateCurveOf(
  anode: ResolvedAnode,
  cathode: ResolvedCathode,
  cathodeLoading: number,
  discharge_mAh_per_g: number,
): FullCellRatePoint[] {
  const cathodeAreal = cathode.reversibleCapacity_mAh_per_g * cathodeLoading;
  const anodeBasisAreal = anode.rateCurveBasis_mAh_per_g * anode.loading_g_per_cm2;
  return FULL_CELL_RATES.map((cRate) => {
    const cathodeShare = rateRetention(cRate, cathode.rateLaw);
    // The same current density is a different C-rate for the anode, whose 1 C is its own basis.
    const anodeCRate = anodeBasisAreal > 0 ? (cRate * cathodeAreal) / anodeBasisAreal : 0;
    const anodeShare = anodeRateFraction(anode, anodeCRate) ?? 1;
    const limitedBy = anodeShare < cathodeShare ? 'anode' : 'cathode';
    return {
      cRate,
      capacity_mAh_per_g_cathode: discharge_mAh_per_g * Math.min(anodeShare, cathodeShare),
      limitedBy,
    };
  });
}

/** Capacities at which to sample a half-cycle, with any kink (e.g. onset of plating) included. */
function samples(total: number, kinks: readonly number[]): number[] {
  const qs = Array.from({ length: CURVE_POINTS }, (_, i) => (total * i) / (CURVE_POINTS - 1));
  for (const k of kinks) if (k > 0 && k < total) qs.push(k);
  return qs.sort((a, b) => a - b);
}

function voltageCurves(
  anode: ResolvedAnode,
  cathode: ResolvedCathode,
  potential: CathodePotential,
  cathodeLoading: number,
  cycle: FirstCycle,
): { charge: VoltagePoint[]; discharge: VoltagePoint[] } {
  const perAnodeGram = cathodeLoading / anode.loading_g_per_cm2;
  const qCharge = cathode.firstChargeCapacity_mAh_per_g;
  const platingOnset = (anode.lithiation_mAh_per_g * anode.loading_g_per_cm2) / cathodeLoading;
  const charge = samples(qCharge, [platingOnset]).map((q) => ({
    capacity_mAh_per_g_cathode: q,
    voltage_V: Math.max(
      0,
      potential.charge(q / qCharge) - lithiationPotential(anode, q * perAnodeGram),
    ),
  }));
  // The anode starts its discharge as lithiated as the Li it can still give back allows, so the
  // end of the discharge lines up with the end of its half-cell delithiation.
  const alreadyOut = Math.max(
    0,
    anode.delithiation_mAh_per_g - cycle.returned / anode.loading_g_per_cm2,
  );
  const qDischarge = cycle.discharge / cathodeLoading;
  const discharge = samples(qDischarge, []).map((q) => ({
    capacity_mAh_per_g_cathode: q,
    voltage_V: Math.max(
      0,
      potential.discharge(1 - q / cathode.reversibleCapacity_mAh_per_g) -
        delithiationPotential(anode, alreadyOut + q * perAnodeGram),
    ),
  }));
  return { charge, discharge };
}

function meanVoltage(curve: readonly VoltagePoint[]): number | null {
  let energy = 0;
  for (let i = 1; i < curve.length; i++) {
    const a = curve[i - 1];
    const b = curve[i];
    if (!a || !b) continue;
    energy +=
      0.5 *
      (a.voltage_V + b.voltage_V) *
      (b.capacity_mAh_per_g_cathode - a.capacity_mAh_per_g_cathode);
  }
  const last = curve[curve.length - 1];
  const span = last ? last.capacity_mAh_per_g_cathode : 0;
  return span > 0 ? energy / span : null;
}

/**
 * The first charge the cell asks of its anode, mAh/cm², and the anode's C-rate during it (the
 * cathode charged at 0.1 C of its reversible capacity): what an anode simulation needs to
 * follow that charge (src/core/kinetics/plating.ts). Null when the anode gives back nothing.
 */
export function firstChargeOf(
  anodeIn: AnodeHalfCell,
  settings: FullCellSettings,
): { readonly charge_mAh_per_cm2: number; readonly anodeCRate: number } | null {
  const log = new IssueLog();
  const { cathode, np } = checkSettings(settings, log);
  const anode = resolveAnode(anodeIn, log);
  const reversible = anode.delithiation_mAh_per_g * anode.loading_g_per_cm2;
  const basis = anode.rateCurveBasis_mAh_per_g * anode.loading_g_per_cm2;
  if (!(reversible > 0) || !(basis > 0)) return null;
  const cathodeLoading = reversible / (np * cathode.reversibleCapacity_mAh_per_g);
  const current = FIRST_CYCLE_RATE * cathode.reversibleCapacity_mAh_per_g * cathodeLoading;
  return {
    charge_mAh_per_cm2: cathode.firstChargeCapacity_mAh_per_g * cathodeLoading,
    anodeCRate: current / basis,
  };
}

/**
 * First cycle, rate capability and stack energy of a Si–Ge anode against a LiCoO₂ or NCM88
 * cathode, from the anode's half-cell figures. Pure: the same inputs give the same result.
 * Wrong types throw; out-of-range or missing figures are clamped or replaced and listed in
 * `issues`, so every number returned is finite and non-negative.
 */
export function evaluateFullCell(
  anodeIn: AnodeHalfCell,
  settings: FullCellSettings,
): FullCellResult {
  const log = new IssueLog();
  const { cathode, stack, np } = checkSettings(settings, log);
  const anode = resolveAnode(anodeIn, log);
  const potential = cathodePotential(
    cathode.shape,
    cathode.averageDischargeVoltage_V,
    cathode.chargeOverpotential_V,
  );
  const anodeReversible = anode.delithiation_mAh_per_g * anode.loading_g_per_cm2;

  if (!(anodeReversible > 0)) {
    log.add(
      'noAnodeCapacity',
      'The anode gives back no Li, so N/P leaves no cathode to balance against it: every capacity is 0.',
    );
    const masses = stackMasses(stack, anode.loading_g_per_cm2, 0, cathode.density_g_per_cm3);
    return {
      cathode: cathode.id,
      npRatio: np,
      ice_percent: 0,
      chargeCapacity_mAh_per_g_cathode: 0,
      dischargeCapacity_mAh_per_g_cathode: 0,
      rateCurve: FULL_CELL_RATES.map((cRate) => ({
        cRate,
        capacity_mAh_per_g_cathode: 0,
        limitedBy: 'anode',
      })),
      arealCapacity_mAh_per_cm2: 0,
      specificEnergy_Wh_per_kg: 0,
      averageVoltage_V: Math.max(
        0,
        cathode.averageDischargeVoltage_V - anode.averageDelithiationPotential_V,
      ),
      voltageCurve: { charge: [], discharge: [] },
      platingRisk: false,
      dischargeLimitedBy: 'anode',
      firstCycleLoss: { anode_mAh_per_cm2: 0, plated_mAh_per_cm2: 0, leftInAnode_mAh_per_cm2: 0 },
      anodeLoading_g_per_cm2: anode.loading_g_per_cm2,
      cathodeLoading_g_per_cm2: 0,
      stack: masses,
      issues: log.all,
    };
  }

  const cathodeLoading = anodeReversible / (np * cathode.reversibleCapacity_mAh_per_g);
  const cycle = firstCycle(anode, cathode, cathodeLoading);
  // A rounding-level excess is not plating.
  const platingRisk = cycle.platedAny > 1e-9 * cycle.charge;
  if (platingRisk) log.add('plating', platingMessage(cycle, anode));
  if (!anode.rate) {
    log.add(
      'noAnodeRateCurve',
      'No usable anode rate curve: the cathode alone sets the rate curve.',
    );
  }
  const dischargePerGram = cycle.discharge / cathodeLoading;
  const curves = voltageCurves(anode, cathode, potential, cathodeLoading, cycle);
  const averageVoltage =
    meanVoltage(curves.discharge) ??
    Math.max(0, cathode.averageDischargeVoltage_V - anode.averageDelithiationPotential_V);
  const masses = stackMasses(
    stack,
    anode.loading_g_per_cm2,
    cathodeLoading,
    cathode.density_g_per_cm3,
  );
  const energy_mWh_per_cm2 = cycle.discharge * averageVoltage;

  return {
    cathode: cathode.id,
    npRatio: np,
    ice_percent: cycle.charge > 0 ? (100 * cycle.discharge) / cycle.charge : 0,
    chargeCapacity_mAh_per_g_cathode: cathode.firstChargeCapacity_mAh_per_g,
    dischargeCapacity_mAh_per_g_cathode: dischargePerGram,
    rateCurve: rateCurveOf(anode, cathode, cathodeLoading, dischargePerGram),
    arealCapacity_mAh_per_cm2: cycle.discharge,
    // mWh/cm² over g/cm² is mWh/g, which is Wh/kg.
    specificEnergy_Wh_per_kg:
      masses.total_g_per_cm2 > 0 ? energy_mWh_per_cm2 / masses.total_g_per_cm2 : 0,
    averageVoltage_V: averageVoltage,
    voltageCurve: curves,
    platingRisk,
    dischargeLimitedBy: cycle.returned < cycle.cathodeAccepts ? 'anode' : 'cathode',
    firstCycleLoss: {
      anode_mAh_per_cm2: cycle.inserted - cycle.returned,
      plated_mAh_per_cm2: cycle.plated,
      leftInAnode_mAh_per_cm2: cycle.returned - cycle.discharge,
    },
    anodeLoading_g_per_cm2: anode.loading_g_per_cm2,
    cathodeLoading_g_per_cm2: cathodeLoading,
    stack: masses,
    issues: log.all,
  };
}
