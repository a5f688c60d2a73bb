import { symbol, symbolDiamond } from 'd3-shape';
import { citedSource } from '../kit/ChartTooltip';
import type { MeasuredSet } from '../kit/MeasuredLayer';
import { compositionData, compositionRow, MEASURED_COLOR, measuredOn } from '../kit/measuredOn';
import { RATE_CAPABILITY_SI7GE, type RateMeasurement } from '../../data/measurements';
import { shortCitation } from '../../format/citation';
import { formatInputValue, formatSignificant } from '../../format/number';

export { MEASURED_COLOR } from '../kit/measuredOn';
/** A diamond, so the points differ from the model's round dots by shape as well as colour. */
export const MEASURED_SYMBOL_PATH = symbol(symbolDiamond, 90)() ?? '';

export const MEASURED_RATE = RATE_CAPABILITY_SI7GE;

/** The composition the rate data belong to (the study measured Si7Ge only). */
export const MEASURED_RATE_X = MEASURED_RATE[0]?.xGe ?? Number.NaN;

/** "measured, Si₇Ge (LiXia2025 Fig. 2d–e)": the legend entry, with the source in it. */
export const MEASURED_RATE_LABEL = `measured, Si₇Ge (${MEASURED_RATE[0] ? shortCitation(MEASURED_RATE[0]) : ''})`;

export const rateIdOf = (m: RateMeasurement) => `rate-${m.compositionId}-${m.cRate}`;

/** What a screen reader announces: value, rate, composition, source. */
export const describeMeasuredRate = (m: RateMeasurement): string =>
  `Measured delithiation capacity ${formatSignificant(m.value, 4)} ${m.unit} at ` +
  `${formatInputValue(m.cRate)} C, ${measuredOn(m)}`;

/** The study's rate points as the rate figure shows them. */
export const MEASURED_RATE_SET: MeasuredSet<RateMeasurement> = {
  items: MEASURED_RATE,
  idOf: rateIdOf,
  at: (m) => [m.cRate, m.value],
  testId: 'measured-rate-point',
  symbol: MEASURED_SYMBOL_PATH,
  fill: MEASURED_COLOR,
  label: describeMeasuredRate,
  data: (m) => ({ ...compositionData(m), 'data-rate': m.cRate }),
  tooltip: {
    title: 'Measured delithiation capacity',
    rows: (m) => [
      ['Value', `${formatSignificant(m.value, 4)} ${m.unit}`],
      ['C-rate', `${formatInputValue(m.cRate)} C`],
      compositionRow(m),
    ],
    source: citedSource,
  },
};
