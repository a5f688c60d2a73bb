import { compositions } from '../../data/sige-anodes.json';
import {
  STORED_FIT,
  type FigureStatus,
  type StoredFit,
  type StoredKineticResidual,
  type StoredTransportResidual,
} from './storedFit';

/** The three parity panels, one per unit family. */
export type FitFamily = 'transport' | 'capacity' | 'percent';
export const FIT_FAMILIES: readonly FitFamily[] = ['transport', 'capacity', 'percent'];

/**
 * The transport fit's target, |log10 error| ≤ 0.1: about the spread of the measurements
 * themselves (docs/model.md §6). The file stores the errors, not the target.
 */
export const TRANSPORT_TARGET_DECADES = 0.1;

/** One fitted figure, measured beside modelled, judged against its own target. */
export interface FitFigure {
  /** Unique and stable across refits: family, quantity and composition. */
  readonly id: string;
  readonly family: FitFamily;
  /** The quantity as the calibration names it, e.g. "sigmaIonic", "3 C retention". */
  readonly quantity: string;
  /** Groups points under one symbol: the transport quantity, or the kind of cell figure. */
  readonly kind: FitKind;
  readonly compositionId: string;
  /** Ge fraction, where the reference data know the composition. */
  readonly xGe: number | null;
  readonly unit: string;
  readonly measured: number;
  readonly model: number;
  /** model − measured as the fit judges it: decades (transport), mAh/g, or points (%). */
  readonly residual: number;
  /** The allowed |error|: decades (transport), % of the value (mAh/g), or points (%). */
  readonly tolerance: number;
  /** Residual over tolerance (for capacities the relative residual): |score| ≤ 1 is within. */
  readonly score: number;
  /** How the fit treated it; only a fitted figure can be within (the others count as misses). */
  readonly status: FigureStatus;
  readonly within: boolean;
  /** Why the model cannot reach it, where its status is "mechanism absent" and the file says. */
  readonly reason: string | null;
  /** The model at the ends of the Li–In counter electrode's unstated potential (0.60, 0.64 V). */
  readonly liInPotentialRange: readonly [number, number] | null;
  /** The model at the ends of the counter electrode's series resistance (0, 10 Ω·cm²). */
  readonly liInResistanceRange: readonly [number, number] | null;
  /** The reference's full source text, e.g. "LiXia2025, Fig. 2d-e; three cells agree". */
  readonly source: string;
}

export type FitKind =
  | 'sigmaElectronic'
  | 'sigmaIonic'
  | 'diffusivity'
  | 'rate capacity'
  | 'first delithiation'
  | 'retention'
  | 'ICE'
  | 'QA-Li'
  | 'I-Li'
  | 'other';

const X_OF: ReadonlyMap<string, number> = new Map(compositions.map((c) => [c.id, c.x_Ge]));

/** The kind of a cell figure, from the calibration's wording (new wordings fall to "other"). */
function kineticKind(quantity: string): FitKind {
  if (/^capacity at /i.test(quantity)) return 'rate capacity';
  if (/^first delithiation/i.test(quantity)) return 'first delithiation';
  if (/retention/i.test(quantity)) return 'retention';
  if (quantity === 'ICE' || quantity === 'QA-Li' || quantity === 'I-Li') return quantity;
  return 'other';
}

function fromTransport(r: StoredTransportResidual): FitFigure {
  const score = r.log10Error / TRANSPORT_TARGET_DECADES;
  return {
    id: `transport-${r.quantity}-${r.compositionId}`,
    family: 'transport',
    quantity: r.quantity,
    kind: r.quantity,
    compositionId: r.compositionId,
    xGe: r.xGe,
    unit: r.unit,
    measured: r.measured,
    model: r.model,
    residual: r.log10Error,
    tolerance: TRANSPORT_TARGET_DECADES,
    score,
    status: 'fitted',
    within: Math.abs(score) <= 1,
    reason: null,
    liInPotentialRange: null,
    liInResistanceRange: null,
    source: r.source,
  };
}

/** The calibration's key for a figure without a mechanism: "I-Li|Ge". */
const mechanismKey = (r: { quantity: string; compositionId: string }) =>
  `${r.quantity}|${r.compositionId}`;

const reasonOf = (reasons: StoredFit['mechanismAbsent'], key: string): string | null =>
  Object.hasOwn(reasons, key) ? (reasons[key] ?? null) : null;

function fromKinetic(r: StoredKineticResidual, reasons: StoredFit['mechanismAbsent']): FitFigure {
  const family = r.unit === '%' ? 'percent' : 'capacity';
  return {
    id: `${family}-${r.quantity}-${r.compositionId}`,
    family,
    quantity: r.quantity,
    kind: kineticKind(r.quantity),
    compositionId: r.compositionId,
    xGe: X_OF.get(r.compositionId) ?? null,
    unit: r.unit,
    measured: r.measured,
    model: r.model,
    residual: r.model - r.measured,
    tolerance: r.tolerance,
    // The stored score, not one recomputed here: it is what the fit itself judged.
    score: r.score,
    status: r.status,
    // As the calibration counts: a figure it did not fit is never within.
    within: r.status === 'fitted' && Math.abs(r.score) <= 1,
    reason: r.status === 'mechanism absent' ? reasonOf(reasons, mechanismKey(r)) : null,
    liInPotentialRange: r.liInPotentialRange,
    liInResistanceRange: r.liInResistanceRange,
    source: r.source,
  };
}

/** Every stored residual as a figure: transport first, then capacities, then percentages. */
export function fitFiguresOf(fit: StoredFit): FitFigure[] {
  const kinetic = fit.kinetic.map((r) => fromKinetic(r, fit.mechanismAbsent));
  return [
    ...fit.transport.map(fromTransport),
    ...kinetic.filter((f) => f.family === 'capacity'),
    ...kinetic.filter((f) => f.family === 'percent'),
  ];
}

export const FIT_FIGURES: readonly FitFigure[] = fitFiguresOf(STORED_FIT);

export interface FitTally {
  readonly within: number;
  readonly total: number;
  /** Of the total, figures the model has no mechanism for (each a miss). */
  readonly absent: number;
  /** Of the total, figures read as trends only (not converged; never within). */
  readonly trend: number;
}

const count = (figures: readonly FitFigure[], status: FigureStatus) =>
  figures.filter((f) => f.status === status).length;

export const tally = (figures: readonly FitFigure[]): FitTally => ({
  within: figures.filter((f) => f.within).length,
  total: figures.length,
  absent: count(figures, 'mechanism absent'),
  trend: count(figures, 'trend'),
});
