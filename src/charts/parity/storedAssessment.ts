import { isNumber, isRow, isText, listOf, numberOrNull, parsed, type Row } from './readGuards';

/** One fitted kinetic parameter with its standard uncertainty, as `npm run calibrate` stores it. */
export interface StoredUncertainty {
  readonly key: string;
  readonly symbol: string;
  /** '' for a pure number. */
  readonly unit: string;
  readonly value: number;
  /**
   * One standard deviation from the fit's curvature; null where the file says the data do
   * not identify it, undefined where the file does not say.
   */
  readonly sigma: number | null | undefined;
  /** The range the fit was allowed, where stored. */
  readonly min: number | null;
  readonly max: number | null;
  readonly atBound: boolean;
}

/** Predicted beside measured, for one held-out composition. */
export interface PredictedPair {
  readonly predicted: number;
  readonly measured: number;
}

/** One leave-one-composition-out round: fitted without `heldOut`, then asked to predict it. */
export interface StoredCrossValidation {
  readonly heldOut: string;
  readonly retention3C: PredictedPair | null;
  readonly firstDelithiation: PredictedPair | null;
  readonly ice: PredictedPair | null;
  /** Whether this round's model still ranks Si₇Ge's 3 C retention highest of the three. */
  readonly si7GeHighest: boolean | null;
  /** This round's fitted kinetic parameters, by key. */
  readonly params: Readonly<Record<string, number>>;
}

/** One C-rate of Si₇Ge's rate curve, as a % of its 0.2 C capacity. */
export interface StoredRatePoint {
  readonly quantity: string;
  readonly measured: number;
  readonly model: number;
  /** model − measured, percentage points. */
  readonly error: number;
}

export interface StoredAssessment {
  readonly uncertainty: readonly StoredUncertainty[];
  readonly crossValidation: readonly StoredCrossValidation[];
  readonly normalisedRate: readonly StoredRatePoint[];
  /** The kinetic fit's least squares over the fitted figures' scores, where stored. */
  readonly objective: number | null;
}

function readUncertainty(r: unknown): StoredUncertainty | null {
  if (!isRow(r) || !isText(r.key) || !isNumber(r.value)) return null;
  return {
    key: r.key,
    symbol: isText(r.symbol) ? r.symbol : r.key,
    unit: typeof r.unit === 'string' ? r.unit : '',
    value: r.value,
    sigma: r.sigma === null ? null : isNumber(r.sigma) && r.sigma >= 0 ? r.sigma : undefined,
    min: numberOrNull(r.min),
    max: numberOrNull(r.max),
    atBound: r.atBound === true,
  };
}

function pairOf(r: Row, key: string): PredictedPair | null {
  const v = r[key];
  return isRow(v) && isNumber(v.predicted) && isNumber(v.measured)
    ? { predicted: v.predicted, measured: v.measured }
    : null;
}

const numbersOf = (v: unknown): Record<string, number> =>
  isRow(v)
    ? Object.fromEntries(Object.entries(v).filter((e): e is [string, number] => isNumber(e[1])))
    : {};

function readRound(r: unknown): StoredCrossValidation | null {
  if (!isRow(r) || !isText(r.heldOut)) return null;
  const round = {
    heldOut: r.heldOut,
    retention3C: pairOf(r, 'retention3C_percent'),
    firstDelithiation: pairOf(r, 'firstDelithiation_mAh_per_g'),
    ice: pairOf(r, 'ice_percent'),
    si7GeHighest: typeof r.si7GeHighest === 'boolean' ? r.si7GeHighest : null,
    params: numbersOf(r.params),
  };
  const predictsSomething = round.retention3C || round.firstDelithiation || round.ice;
  return predictsSomething ? round : null;
}

function readRatePoint(r: unknown): StoredRatePoint | null {
  if (!isRow(r) || !isText(r.quantity) || !isNumber(r.measured) || !isNumber(r.model)) return null;
  const error = isNumber(r.error) ? r.error : r.model - r.measured;
  return { quantity: r.quantity, measured: r.measured, model: r.model, error };
}

/** What the calibration says about itself beyond the residuals; each part empty when absent. */
export function readAssessment(root: Row): StoredAssessment {
  return {
    uncertainty: parsed(listOf(root, 'uncertainty'), readUncertainty),
    crossValidation: parsed(listOf(root, 'crossValidation'), readRound),
    normalisedRate: parsed(listOf(root.kineticFit, 'normalisedRate'), readRatePoint),
    objective: isRow(root.kineticFit) ? numberOrNull(root.kineticFit.objective) : null,
  };
}
