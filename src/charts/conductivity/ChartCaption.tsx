import { memo } from 'react';
import { formatFixed, formatInputValue, formatSignificant } from '../../format/number';
import {
  LARGEST_DATA_GAP,
  MAX_ABS_LOG10_ERROR,
  MEASURED_COMPOSITIONS,
  MEASURED_POINTS,
  MEASUREMENT_TEMPERATURE_C,
} from './measuredPoints';

export interface ChartCaptionProps {
  /** Temperature the curves are drawn for, °C. */
  temperatureC: number;
  /** The curves' what-if multipliers ("what-if: σe ×10"), if any. */
  whatIf?: string | null;
}

const listOf = (xs: readonly number[]) => {
  const words = xs.map(formatInputValue);
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] ?? ''}`;
};

/** Says plainly what is measured and what is model, and how well the two agree. */
export const ChartCaption = memo(function ChartCaption({
  temperatureC,
  whatIf,
}: ChartCaptionProps) {
  const sourceKey = MEASURED_POINTS[0]?.sourceKey ?? '';
  const offReference = Math.abs(temperatureC - MEASUREMENT_TEMPERATURE_C) > 0.5;
  return (
    <figcaption className="chart-caption">
      <p>
        <strong>Curves:</strong> a calibrated model at {formatInputValue(temperatureC)} °C
        {whatIf && ` (${whatIf}: not the fitted values)`}. <strong>Markers:</strong> the{' '}
        {MEASURED_POINTS.length} values measured at {MEASUREMENT_TEMPERATURE_C} °C ({sourceKey}) on
        the {MEASURED_COMPOSITIONS.length} compositions that were made, x ={' '}
        {listOf(MEASURED_COMPOSITIONS)}. Between them the curves interpolate; there are{' '}
        <strong>
          no measurements between x = {LARGEST_DATA_GAP.from} and {LARGEST_DATA_GAP.to}
        </strong>
        , so that stretch shows the model&rsquo;s trend, not data.
      </p>
      <p>
        Fit quality: the largest |log<sub>10</sub> error| over the {MEASURED_POINTS.length} points
        is {formatFixed(MAX_ABS_LOG10_ERROR, 3)}, i.e. every point lies within a factor{' '}
        {formatSignificant(10 ** MAX_ABS_LOG10_ERROR, 3)} of the model.
        {offReference &&
          ` At ${formatInputValue(temperatureC)} °C the markers, measured at ${MEASUREMENT_TEMPERATURE_C} °C, are not expected to lie on the curves.`}
      </p>
    </figcaption>
  );
});
