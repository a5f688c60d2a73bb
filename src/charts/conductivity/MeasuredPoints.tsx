import { symbol } from 'd3-shape';
import { compositionInSentence, compositionText } from '../../format/formula';
import { formatPublished } from '../../format/number';
import { modelRows } from '../kit/fitRows';
import type { MeasuredSet } from '../kit/MeasuredLayer';
import { MEASURED_POINTS, MEASUREMENT_TEMPERATURE_C, type MeasuredPoint } from './measuredPoints';
import { MEASURED_SYMBOL, SERIES } from './series';
import { HtmlSigma } from './Sigma';

/** Marker area in px²: large enough to hit with a finger, small enough not to hide the curve. */
const SYMBOL_SIZE = 80;
const SYMBOL_PATHS = {
  electronic: symbol(MEASURED_SYMBOL.electronic, SYMBOL_SIZE)() ?? '',
  ionic: symbol(MEASURED_SYMBOL.ionic, SYMBOL_SIZE)() ?? '',
};

/** What a screen reader announces for a point: quantity, value, composition, source. */
export function describePoint(p: MeasuredPoint): string {
  const s = SERIES[p.series];
  return (
    `Measured ${s.name} conductivity σ${s.subscript} = ${formatPublished(p.value)} ${p.unit} ` +
    `at ${compositionInSentence(p.compositionId, p.xGe)}; source ${p.sourceKey}`
  );
}

/** The published conductivities as the conductivity figure shows them. */
export const MEASURED_CONDUCTIVITY_SET: MeasuredSet<MeasuredPoint> = {
  items: MEASURED_POINTS,
  idOf: (p) => p.id,
  at: (p) => [p.xGe, p.value],
  testId: 'measured-point',
  symbol: (p) => SYMBOL_PATHS[p.series],
  fill: (p) => SERIES[p.series].color,
  label: describePoint,
  data: (p) => ({ 'data-quantity': p.series, 'data-composition': p.compositionId }),
  tooltip: {
    title: (p) => (
      <>
        Measured <HtmlSigma sub={SERIES[p.series].subscript} /> ({SERIES[p.series].name})
      </>
    ),
    rows: (p) => [
      ['Value', `${formatPublished(p.value)} ${p.unit}`],
      ['Composition', compositionText(p.compositionId, p.xGe)],
      ...modelRows(p, MEASUREMENT_TEMPERATURE_C),
    ],
    source: (p) => (
      <>
        {p.sourceKey}, {p.sourceDetail}
        <br />
        <cite>{p.citation}</cite>
      </>
    ),
  },
};
