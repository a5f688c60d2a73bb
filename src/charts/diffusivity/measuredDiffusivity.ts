import { MEASUREMENT_TEMPERATURE_C } from '../conductivity/measuredPoints';
import { citedSource } from '../kit/ChartTooltip';
import { modelRows } from '../kit/fitRows';
import type { MeasuredSet } from '../kit/MeasuredLayer';
import { compositionRow, MEASURED_SQUARES, measuredOn } from '../kit/measuredOn';
import { transportResiduals } from '../../core/calibration/fitTransport';
import { CALIBRATED_PARAMS } from '../../core';
import { GITT_DIFFUSIVITY, type Measurement } from '../../data/measurements';
import { formatPublished } from '../../format/number';

/** One GITT average of the study beside the calibrated model's value for it. */
export interface MeasuredDiffusivity extends Measurement {
  readonly id: string;
  /** The model at the measurement temperature, not at the current setting, cm²/s. */
  readonly model: number;
  /** log10(model / measured). */
  readonly log10Error: number;
}

const residuals = transportResiduals(CALIBRATED_PARAMS);

export const MEASURED_DIFFUSIVITY: readonly MeasuredDiffusivity[] = GITT_DIFFUSIVITY.map((m) => {
  const r = residuals.find((q) => q.quantity === m.quantity && q.compositionId === m.compositionId);
  return {
    ...m,
    id: `diffusivity-${m.compositionId}`,
    model: r?.model ?? Number.NaN,
    log10Error: r?.log10Error ?? Number.NaN,
  };
});

/** Model blue and measured vermillion squares, as in the kinetics figures. */
export const MODEL_COLOR = '#0072B2';
export { MEASURED_COLOR } from '../kit/measuredOn';
export const MEASURED_SYMBOL_PATH = MEASURED_SQUARES.symbol;

/** "LiXia2025": the key the figure cites (tooltips give the figure and the full reference). */
export const GITT_SOURCE_KEY = MEASURED_DIFFUSIVITY[0]?.sourceKey ?? '';

/** What the study saw of D through a lithiation (lithiationShape.ts: OBSERVED_SHAPE). */
export const OBSERVED_SENTENCE = `D first decreases, then increases during lithiation (GITT, ${GITT_SOURCE_KEY}).`;

/** What a screen reader announces for a point: value, composition, source. */
export const describeMeasuredDiffusivity = (m: MeasuredDiffusivity): string =>
  `Measured Li diffusivity D = ${formatPublished(m.value)} ${m.unit} (GITT average during ` +
  `lithiation), ${measuredOn(m)}`;

/** The GITT points as the diffusivity-across-x figure shows them. */
export const MEASURED_DIFFUSIVITY_SET: MeasuredSet<MeasuredDiffusivity> = {
  items: MEASURED_DIFFUSIVITY,
  idOf: (m) => m.id,
  at: (m) => [m.xGe, m.value],
  testId: 'measured-diffusivity-point',
  ...MEASURED_SQUARES,
  label: describeMeasuredDiffusivity,
  tooltip: {
    title: 'Measured Li diffusivity (GITT)',
    rows: (m) => [
      ['Value', `${formatPublished(m.value)} ${m.unit}, average during lithiation`],
      compositionRow(m),
      ...modelRows(m, MEASUREMENT_TEMPERATURE_C),
    ],
    source: citedSource,
  },
};
