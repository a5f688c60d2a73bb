import { Fragment } from 'react';
import { formatInputValue, formatScientific } from '../../format/number';
import { SERIES, SERIES_READING_ORDER, isPlottable, type SeriesKey } from './series';
import { SvgSigma } from './Sigma';
import { MARGIN, type ConductivityScales } from './useConductivityScales';

export interface CurrentXMarkerProps {
  /** Composition of the result being drawn. */
  xGe: number;
  /** σ of each series at that composition, S/cm. */
  values: Readonly<Record<SeriesKey, number>>;
  scales: ConductivityScales;
}

/** Average advance of the chart's 12 px digits, used to keep the callout inside the figure. */
const CHAR_WIDTH = 6.6;
/** Below this plot width the callout drops the unit and shrinks, to stay on one line. */
const COMPACT_BELOW = 420;

/**
 * The vertical line at the chosen composition with dots where it meets each
 * curve. The values sit above the plot, not beside the dots: near the balanced
 * region the three curves lie within a decade and labels there would collide.
 */
export function CurrentXMarker({ xGe, values, scales }: CurrentXMarkerProps) {
  const { x, y, innerWidth, innerHeight } = scales;
  const px = x(xGe);
  const keys = SERIES_READING_ORDER.filter((k) => isPlottable(values[k]));
  const compact = innerWidth < COMPACT_BELOW;
  const texts = keys.map((k) => `σ${SERIES[k].subscript} ${formatScientific(values[k])}`);
  const estimatedWidth =
    CHAR_WIDTH * (compact ? 0.85 : 1) * (texts.join('   ').length + (compact ? 0 : 5));
  // Centred on the line where there is room, shifted sideways near the edges.
  const start = Math.min(
    innerWidth + MARGIN.right - 2 - estimatedWidth,
    Math.max(-MARGIN.left + 2, px - estimatedWidth / 2),
  );
  return (
    <g data-testid="current-x-marker" data-x={xGe} className="current-x">
      <line x1={px} x2={px} y1={-6} y2={innerHeight} />
      <text
        className="current-x-label"
        x={px}
        y={-30}
        textAnchor={px < 30 ? 'start' : px > innerWidth - 30 ? 'end' : 'middle'}
      >
        x = {formatInputValue(xGe)}
      </text>
      <text className={`value-label${compact ? ' compact' : ''}`} x={start} y={-12}>
        {keys.map((k, i) => (
          <Fragment key={k}>
            <tspan dx={i === 0 ? 0 : 14} fill={SERIES[k].textColor}>
              <SvgSigma sub={SERIES[k].subscript} />
            </tspan>
            <tspan dx={4}>{formatScientific(values[k])}</tspan>
          </Fragment>
        ))}
        {!compact && <tspan dx={6}>S/cm</tspan>}
      </text>
      {keys.map((k) => (
        <circle key={k} cx={px} cy={y(values[k])} r={4.5} fill={SERIES[k].color} />
      ))}
    </g>
  );
}
