import { Fragment } from 'react';
import { formatScientific } from '../../format/number';
import { CurrentXMarker } from '../kit/CurrentXMarker';
import { SERIES, SERIES_READING_ORDER, isPlottable, type SeriesKey } from './series';
import { SvgSigma } from './Sigma';
import { MARGIN, type ConductivityScales } from './useConductivityScales';

export interface SigmaMarkerProps {
  /** Composition of the result being drawn. */
  xGe: number;
  /** σ of each series at that composition, S/cm. */
  values: Readonly<Record<SeriesKey, number>>;
  scales: ConductivityScales;
}

/** Below this plot width the callout shrinks and its unit moves up, to stay on one line. */
const COMPACT_BELOW = 420;

/** The current-x marker with σ of each series above the plot and a dot on each curve. */
export function SigmaMarker({ xGe, values, scales }: SigmaMarkerProps) {
  const { x, y, innerWidth } = scales;
  const px = x(xGe);
  const keys = SERIES_READING_ORDER.filter((k) => isPlottable(values[k]));
  const compact = innerWidth < COMPACT_BELOW;
  const texts = keys.map((k) => `σ${SERIES[k].subscript} ${formatScientific(values[k])}`);
  const text = (
    <>
      {keys.map((k, i) => (
        <Fragment key={k}>
          <tspan dx={i === 0 ? 0 : 14} fill={SERIES[k].textColor}>
            <SvgSigma sub={SERIES[k].subscript} />
          </tspan>
          <tspan dx={4}>{formatScientific(values[k])}</tspan>
        </Fragment>
      ))}
      {!compact && <tspan dx={6}>S/cm</tspan>}
    </>
  );
  return (
    <CurrentXMarker
      testId="current-x-marker"
      xGe={xGe}
      scales={scales}
      margin={MARGIN}
      // The unit, when written, takes about five characters more.
      callout={{
        text,
        chars: texts.join('   ').length + (compact ? 0 : 5),
        compact,
        unit: 'σ in S/cm',
      }}
    >
      {keys.map((k) => (
        <circle key={k} cx={px} cy={y(values[k])} r={4.5} fill={SERIES[k].color} />
      ))}
    </CurrentXMarker>
  );
}
