import { memo, useMemo } from 'react';
import type { DiffusivityCurves } from '../../core/kinetics/diffusivityCurves';
import { formatInputValue } from '../../format/number';
import { YGridLines } from '../kit/Axis';
import { ChartFrame } from '../kit/ChartFrame';
import { CurvePath } from '../kit/CurvePath';
import { AVERAGE_COLOR, AVERAGE_DASH } from './averageLine';
import { geometricMean } from './curves';
import { describeLithiation } from './describeDiffusivity';
import { DiffusivityAxes } from './DiffusivityAxes';
import { MODEL_COLOR } from './measuredDiffusivity';
import { useDiffusivityScales, useLogCurvePath } from './useDiffusivityScales';

type Curve = DiffusivityCurves['lithiation'];

const thetaOf = (p: Curve[number]) => p.theta;

export interface LithiationChartProps {
  /** D(θ) of one composition through a lithiation. */
  curve: Curve;
  /** The composition the curve is for. */
  xGe: number;
  width: number;
  height: number;
}

// memo: the panel re-renders when the slider moves; this changes only with a new answer.
/** D(θ) on a log axis, with its average over the lithiation (the composition panel's D). */
export const LithiationChart = memo(function LithiationChart({
  curve,
  xGe,
  width,
  height,
}: LithiationChartProps) {
  const values = useMemo(() => curve.map((p) => p.D_cm2_per_s), [curve]);
  const scales = useDiffusivityScales(width, height, values);
  const path = useLogCurvePath(curve, thetaOf, scales);
  const mean = useMemo(() => geometricMean(curve, thetaOf), [curve]);
  const summary = useMemo(() => describeLithiation(curve, xGe), [curve, xGe]);
  const { y, innerWidth } = scales;
  const showMean = Number.isFinite(mean) && mean > 0;
  return (
    <ChartFrame
      testId="diffusivity-lithiation-chart"
      data={{ 'data-rendered-x': xGe }}
      frame={scales}
      title={`Li diffusivity through one lithiation at x = ${formatInputValue(xGe)}, model`}
      desc={summary}
    >
      <YGridLines scales={scales} labelledOnly />
      {showMean && (
        <g className="diffusivity-average" aria-hidden="true">
          <line
            x1={0}
            x2={innerWidth}
            y1={y(mean)}
            y2={y(mean)}
            stroke={AVERAGE_COLOR}
            strokeWidth={1.5}
            strokeDasharray={AVERAGE_DASH}
          />
          <text className="halo" x={4} y={y(mean) - 6}>
            average
          </text>
        </g>
      )}
      <CurvePath series="diffusivity-lithiation" d={path} color={MODEL_COLOR} />
      <DiffusivityAxes scales={scales} along="lithiation" />
    </ChartFrame>
  );
});
