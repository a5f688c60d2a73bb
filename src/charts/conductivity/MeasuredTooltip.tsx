import { ChartTooltip } from '../kit/ChartTooltip';
import { compositionText } from '../../format/formula';
import {
  formatScientific,
  formatSignificant,
  formatSigned,
  formatPublished,
} from '../../format/number';
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
  frameWidth: number;
  frameHeight: number;
}

/** A measured conductivity beside the model's value at that composition, and its source. */
export function MeasuredTooltip({ point, ...place }: MeasuredTooltipProps) {
  const s = SERIES[point.series];
  const factor = 10 ** Math.abs(point.log10Error);
  return (
    <ChartTooltip
      {...place}
      title={
        <>
          Measured <HtmlSigma sub={s.subscript} /> ({s.name})
        </>
      }
      rows={[
        ['Value', `${formatPublished(point.value)} ${point.unit}`],
        ['Composition', compositionText(point.compositionId, point.xGe)],
        [
          `Model, ${MEASUREMENT_TEMPERATURE_C} °C`,
          `${formatScientific(point.model)} ${point.unit}`,
        ],
        [
          <>
            log<sub>10</sub> error
          </>,
          `${formatSigned(point.log10Error)} (factor ${formatSignificant(factor, 3)})`,
        ],
      ]}
      source={
        <>
          {point.sourceKey}, {point.sourceDetail}
          <br />
          <cite>{point.citation}</cite>
        </>
      }
    />
  );
}
