import calibrationText from '../../core/calibration.json?raw';
import type { Residual } from '../../core/calibration/fitTransport';
import { isNumber, isRow, isText, listOf, numberPair, parsed, type Row } from './readGuards';
import { readAssessment, type StoredAssessment } from './storedAssessment';

/** One transport measurement beside the model, as `npm run calibrate` stores it. */
export type StoredTransportResidual = Residual;

/**
 * How the fit treated a figure: fitted; shown but not fitted because the model has no
 * mechanism for it; or shown as a trend because the model's own number is not converged.
 */
export type FigureStatus = 'fitted' | 'mechanism absent' | 'trend';
const STATUSES: readonly unknown[] = ['fitted', 'mechanism absent', 'trend'];

/** One electrochemical figure beside the model, as `npm run calibrate` stores it. */
export interface StoredKineticResidual {
  readonly quantity: string;
  readonly compositionId: string;
  readonly unit: 'mAh/g' | '%';
  readonly measured: number;
  readonly model: number;
  /** Allowed |error|: % of the value for mAh/g, points for %. */
  readonly tolerance: number;
  /** Error over tolerance: |score| ≤ 1 meets the target. */
  readonly score: number;
  readonly source: string;
  readonly status: FigureStatus;
  /** The model with the Li–In counter electrode at 0.60 V and at 0.64 V (fitted at 0.62 V). */
  readonly liInPotentialRange: readonly [number, number] | null;
  /** The model with the counter electrode's series resistance at 0 and 10 Ω·cm² (nominal 1). */
  readonly liInResistanceRange: readonly [number, number] | null;
}

export interface StoredFit extends StoredAssessment {
  readonly transport: readonly StoredTransportResidual[];
  readonly kinetic: readonly StoredKineticResidual[];
  /** Why the model cannot reach a figure, keyed "quantity|compositionId" ("I-Li|Ge"). */
  readonly mechanismAbsent: Readonly<Record<string, string>>;
}

const TRANSPORT_QUANTITIES: readonly unknown[] = ['sigmaElectronic', 'sigmaIonic', 'diffusivity'];

function isTransport(r: unknown): r is StoredTransportResidual {
  return (
    isRow(r) &&
    TRANSPORT_QUANTITIES.includes(r.quantity) &&
    isText(r.compositionId) &&
    isNumber(r.xGe) &&
    isNumber(r.measured) &&
    isNumber(r.model) &&
    isText(r.unit) &&
    isNumber(r.log10Error) &&
    isText(r.source)
  );
}

type KineticCore = Omit<
  StoredKineticResidual,
  'status' | 'liInPotentialRange' | 'liInResistanceRange'
>;

function isKinetic(r: unknown): r is Row & KineticCore {
  return (
    isRow(r) &&
    isText(r.quantity) &&
    isText(r.compositionId) &&
    (r.unit === 'mAh/g' || r.unit === '%') &&
    isNumber(r.measured) &&
    isNumber(r.model) &&
    isNumber(r.tolerance) &&
    r.tolerance > 0 &&
    isNumber(r.score) &&
    isText(r.source)
  );
}

function readKinetic(r: unknown): StoredKineticResidual | null {
  if (!isKinetic(r)) return null;
  const { quantity, compositionId, unit, measured, model, tolerance, score, source } = r;
  return {
    quantity,
    compositionId,
    unit,
    measured,
    model,
    tolerance,
    score,
    source,
    // Files from before statuses fitted every figure they stored.
    status: STATUSES.includes(r.status) ? (r.status as FigureStatus) : 'fitted',
    liInPotentialRange: numberPair(r.liInPotentialRange),
    liInResistanceRange: numberPair(r.liInResistanceRange),
  };
}

function reasonsOf(section: unknown): Record<string, string> {
  const map = isRow(section) ? section.mechanismAbsent : undefined;
  if (!isRow(map)) return {};
  const texts = Object.entries(map).filter((e): e is [string, string] => isText(e[1]));
  return Object.fromEntries(texts);
}

/**
 * The residuals stored beside the parameters, and what the calibration says about its own
 * trustworthiness. Read defensively: the file is rewritten by the calibration script, and a
 * row it does not (yet) write in full is left out rather than drawn as NaN.
 */
export function readStoredFit(file: unknown): StoredFit {
  const root: Row = isRow(file) ? file : {};
  return {
    transport: listOf(root.fit, 'residuals').filter(isTransport),
    kinetic: parsed(listOf(root.kineticFit, 'residuals'), readKinetic),
    mechanismAbsent: reasonsOf(root.kineticFit),
    ...readAssessment(root),
  };
}

/** The committed calibration's fit. */
export const STORED_FIT: StoredFit = readStoredFit(JSON.parse(calibrationText));
