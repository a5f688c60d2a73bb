import { compositionInSentence } from '../../format/formula';
import { formatPublished } from '../../format/number';
import { modelRows } from '../kit/fitRows';
import type { MeasuredSet } from '../kit/MeasuredLayer';
import { compositionData, compositionRow } from '../kit/measuredOn';
import { MEASURED_POINTS, MEASUREMENT_TEMPERATURE_C, type MeasuredPoint } from './measuredPoints';
import { MEASURED_SYMBOL_PATH, SERIES } from './series';
import { HtmlSigma } from './Sigma';

/** What a screen reader announces for a point: quantity, value, composition, source. */
export function describePoint(p: MeasuredPoint): string {
  const s = SERIES[p.series];
  return (
    `Measured ${s.name} conductivity σ${s.subscript} = ${formatPublished(p.value)} ${p.unit} ` +
    `at ${compositionInSentence(p.compositionId, p.xGe)}; source ${p.sourceKey}`
  );
}

/**
 * The published conductivities as the conductivity figure shows them: two quantities on
 * one axis, told apart by symbol as well as colour.
 */
export const MEASURED_CONDUCTIVITY_SET: MeasuredSet<MeasuredPoint> = {
  items: MEASURED_POINTS,
  idOf: (p) => p.id,
  at: (p) => [p.xGe, p.value],
  testId: 'measured-point',
  symbol: (p) => MEASURED_SYMBOL_PATH[p.series],
  fill: (p) => SERIES[p.series].color,
  label: describePoint,
  data: (p) => ({ 'data-quantity': p.series, ...compositionData(p) }),
  tooltip: {
    title: (p) => (
      <>
        Measured <HtmlSigma sub={SERIES[p.series].subscript} /> ({SERIES[p.series].name})
      </>
    ),
    rows: (p) => [
      ['Value', `${formatPublished(p.value)} ${p.unit}`],
      compositionRow(p),
      ...modelRows(p, MEASUREMENT_TEMPERATURE_C),
    ],
    // Not the kit's citedSource, which drops the remarks after a semicolon: the table cuts
    // them too, so the tooltip is where they are read.
    source: (p) => (
      <>
        {p.sourceKey}, {p.sourceDetail}
        <br />
        <cite>{p.citation}</cite>
      </>
    ),
  },
};
