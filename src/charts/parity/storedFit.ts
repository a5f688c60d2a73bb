import calibration from '../../core/calibration.json';

/** One transport measurement beside the model, as `npm run calibrate` stores it. */
export interface StoredTransportResidual {
  readonly quantity: 'sigmaElectronic' | 'sigmaIonic' | 'diffusivity';
  readonly compositionId: string;
  readonly xGe: number;
  readonly measured: number;
  readonly model: number;
  readonly unit: string;
  /** log10(model / measured). */
  readonly log10Error: number;
  readonly source: string;
}

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
}

export interface StoredFit {
  readonly transport: readonly StoredTransportResidual[];
  readonly kinetic: readonly StoredKineticResidual[];
}

type Row = Readonly<Record<string, unknown>>;

const isRow = (v: unknown): v is Row => typeof v === 'object' && v !== null;
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v !== '';

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

function isKinetic(r: unknown): r is StoredKineticResidual {
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

const rowsOf = (section: unknown): readonly unknown[] =>
  isRow(section) && Array.isArray(section.residuals) ? section.residuals : [];

/**
 * The residuals stored beside the parameters. Read defensively: the file is rewritten by
 * the calibration script, and a row it does not (yet) write in full is left out rather
 * than drawn as NaN.
 */
export function readStoredFit(file: unknown): StoredFit {
  const root = isRow(file) ? file : {};
  return {
    transport: rowsOf(root.fit).filter(isTransport),
    kinetic: rowsOf(root.kineticFit).filter(isKinetic),
  };
}

/** The committed calibration's fit. */
export const STORED_FIT: StoredFit = readStoredFit(calibration);
