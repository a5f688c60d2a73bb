import { transportResiduals } from '../../core/calibration/fitTransport';
import { REFERENCE_TEMPERATURE_K, ZERO_CELSIUS_K, CALIBRATED_PARAMS } from '../../core';
import {
  ELECTRONIC_CONDUCTIVITY,
  IONIC_CONDUCTIVITY,
  SOURCES,
  type Measurement,
} from '../../data/measurements';
import type { MeasuredSeriesKey } from './series';

/** One published conductivity beside the calibrated model's value for it. */
export interface MeasuredPoint {
  readonly id: string;
  readonly series: MeasuredSeriesKey;
  readonly compositionId: string;
  readonly xGe: number;
  readonly value: number;
  readonly unit: string;
  /** The model at the measurement temperature, not at the current setting. */
  readonly model: number;
  /** log10(model / measured). */
  readonly log10Error: number;
  readonly sourceKey: string;
  readonly sourceDetail: string;
  /** Full reference, for the tooltip and the data table. */
  readonly citation: string;
}

export const MEASUREMENT_TEMPERATURE_C = REFERENCE_TEMPERATURE_K - ZERO_CELSIUS_K;

const residuals = transportResiduals(CALIBRATED_PARAMS);

function toPoint(m: Measurement): MeasuredPoint {
  const series = m.quantity === 'sigmaElectronic' ? 'electronic' : 'ionic';
  const residual = residuals.find(
    (r) => r.quantity === m.quantity && r.compositionId === m.compositionId,
  );
  return {
    id: `${series}-${m.compositionId}`,
    series,
    compositionId: m.compositionId,
    xGe: m.xGe,
    value: m.value,
    unit: m.unit,
    model: residual?.model ?? Number.NaN,
    log10Error: residual?.log10Error ?? Number.NaN,
    sourceKey: m.sourceKey,
    sourceDetail: m.sourceDetail,
    citation: SOURCES[m.sourceKey] ?? m.sourceKey,
  };
}

export const MEASURED_POINTS: readonly MeasuredPoint[] = [
  ...ELECTRONIC_CONDUCTIVITY,
  ...IONIC_CONDUCTIVITY,
].map(toPoint);

/** The compositions that were actually made and measured, ascending. */
export const MEASURED_COMPOSITIONS: readonly number[] = [
  ...new Set(MEASURED_POINTS.map((p) => p.xGe)),
].sort((a, b) => a - b);

/** The fit quality the caption reports: the worst point, in decades. */
export const MAX_ABS_LOG10_ERROR = Math.max(...MEASURED_POINTS.map((p) => Math.abs(p.log10Error)));

/** The widest stretch of x without a measurement, where the curves rest on the model alone. */
export const LARGEST_DATA_GAP = MEASURED_COMPOSITIONS.slice(1).reduce(
  (gap, x, i) => {
    const prev = MEASURED_COMPOSITIONS[i] ?? x;
    return x - prev > gap.to - gap.from ? { from: prev, to: x } : gap;
  },
  { from: 0, to: 0 },
);
