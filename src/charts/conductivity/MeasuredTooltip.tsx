import type { CSSProperties } from 'react';
import { compositionText } from '../../format/formula';
import { formatScientific, formatSignificant, formatSigned } from '../../format/number';
import { MEASUREMENT_TEMPERATURE_C, type MeasuredPoint } from './measuredPoints';
import { SERIES } from './series';
import { HtmlSigma } from './Sigma';

export interface MeasuredTooltipProps {
  point: MeasuredPoint;
  /** Referenced by the point's aria-describedby. */
  id: string;
  /** Position of the point within the chart frame, px. */
  left: number;
  top: number;
  /** Size of the chart frame, px: the tooltip opens towards the roomier side. */
  frameWidth: number;
  frameHeight: number;
}

/** Offset from the marker, so the tooltip never covers what it describes. */
const OFFSET = 16;

export function MeasuredTooltip({
  point,
  id,
  left,
  top,
  frameWidth,
  frameHeight,
}: MeasuredTooltipProps) {
  const s = SERIES[point.series];
  const style: CSSProperties =
    left > frameWidth / 2 ? { right: frameWidth - left + OFFSET } : { left: left + OFFSET };
  if (top > frameHeight / 2) style.bottom = frameHeight - top - OFFSET;
  else style.top = top - OFFSET;
  const factor = 10 ** Math.abs(point.log10Error);
  return (
    <div role="tooltip" id={id} className="chart-tooltip" style={style}>
      <p className="tooltip-title">
        Measured <HtmlSigma sub={s.subscript} /> ({s.name})
      </p>
      <dl>
        <dt>Value</dt>
        <dd>
          {formatScientific(point.value)} {point.unit}
        </dd>
        <dt>Composition</dt>
        <dd>{compositionText(point.compositionId, point.xGe)}</dd>
        <dt>Model, {MEASUREMENT_TEMPERATURE_C} °C</dt>
        <dd>
          {formatScientific(point.model)} {point.unit}
        </dd>
        <dt>
          log<sub>10</sub> error
        </dt>
        <dd>
          {formatSigned(point.log10Error)} (factor {formatSignificant(factor, 3)})
        </dd>
      </dl>
      <p className="tooltip-source">
        {point.sourceKey}, {point.sourceDetail}
        <br />
        <cite>{point.citation}</cite>
      </p>
    </div>
  );
}
