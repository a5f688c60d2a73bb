import { memo, useState } from 'react';
import { compositionInSentence, compositionText } from '../../format/formula';
import type { RatePoint } from '../../core/kinetics/protocol';
import { formatInputValue, formatSignificant } from '../../format/number';
import { PlotAxes, YGridLines } from '../kit/Axis';
import { ChartFrame, useChartIds } from '../kit/ChartFrame';
import { ChartTooltip, CitedSource } from '../kit/ChartTooltip';
import { CurvePath } from '../kit/CurvePath';
import { FocusableMarker } from '../kit/FocusableMarker';
import {
  describeMeasuredRate,
  MEASURED_COLOR,
  MEASURED_RATE,
  MEASURED_RATE_X,
  MEASURED_SYMBOL_PATH,
  rateIdOf,
} from './measuredRate';
import { getCapacity, getRate, RATE_MARGIN, useRatePath, useRateScales } from './useRateScales';

/** Okabe–Ito blue for the model. */
export const MODEL_COLOR = '#0072B2';

export interface RateChartProps {
  /** Delithiation capacity versus C-rate from the model. */
  curve: readonly RatePoint[];
  /** Composition the curve was computed for. */
  xGe: number;
  /** Tag of the result drawn; changes with every new answer. */
  renderedKey: string;
  width: number;
  height: number;
}

/** Measured points at another composition are drawn hollow: there for scale, not for fit. */
const sameX = (a: number, b: number) => Math.abs(a - b) < 1e-9;

// memo: the panel re-renders when the computing state flips; the drawing need not.
/** Rate capability: capacity on a linear axis against C-rate on a log axis. */
export const RateChart = memo(function RateChart({
  curve,
  xGe,
  renderedKey,
  width,
  height,
}: RateChartProps) {
  const scales = useRateScales(width, height, curve);
  const path = useRatePath(curve, scales);
  const { x, y } = scales;
  const [activeId, setActiveId] = useState<string | null>(null);
  const ids = useChartIds();
  const active = MEASURED_RATE.find((m) => rateIdOf(m) === activeId);
  const matches = sameX(xGe, MEASURED_RATE_X);
  const drawn = curve.filter((d) => Number.isFinite(getCapacity(d)));

  return (
    <ChartFrame
      testId="rate-chart"
      // data-rendered-x: which composition is drawn, for tests and npm run bench:ui.
      data={{ 'data-rendered-key': renderedKey, 'data-rendered-x': xGe }}
      ids={ids}
      width={width}
      height={height}
      title={`Delithiation capacity versus C-rate, model at x = ${formatInputValue(xGe)}`}
      desc={
        <>
          {drawn
            .map(
              (d) => `${formatInputValue(getRate(d))} C: ${formatSignificant(getCapacity(d), 4)}`,
            )
            .join(', ')}{' '}
          mAh/g. Diamonds: measured on{' '}
          {compositionInSentence(MEASURED_RATE[0]?.compositionId ?? '', MEASURED_RATE_X)}.
        </>
      }
      overlays={
        active && (
          <ChartTooltip
            id={ids.tooltip}
            left={RATE_MARGIN.left + x(active.cRate)}
            top={RATE_MARGIN.top + y(active.value)}
            frameWidth={width}
            frameHeight={height}
            title="Measured delithiation capacity"
            rows={[
              ['Value', `${formatSignificant(active.value, 4)} ${active.unit}`],
              ['C-rate', `${formatInputValue(active.cRate)} C`],
              ['Composition', compositionText(active.compositionId, active.xGe)],
            ]}
            source={<CitedSource of={active} />}
          />
        )
      }
    >
      <g transform={`translate(${RATE_MARGIN.left},${RATE_MARGIN.top})`}>
        <YGridLines scales={scales} />
        <CurvePath series="model" d={path} color={MODEL_COLOR} />
        <g className="model-dots" aria-hidden="true">
          {drawn.map((d) => (
            <circle
              key={getRate(d)}
              cx={x(getRate(d))}
              cy={y(getCapacity(d))}
              r={3.5}
              fill={MODEL_COLOR}
            />
          ))}
        </g>
        <PlotAxes
          scales={scales}
          xTitle="C-rate (log scale)"
          yTitle="Delithiation capacity (mAh/g)"
          yTitleOffset={56}
        />
        <g className="measured">
          {MEASURED_RATE.map((m) => (
            <FocusableMarker
              key={rateIdOf(m)}
              id={rateIdOf(m)}
              testId="measured-rate-point"
              x={x(m.cRate)}
              y={y(m.value)}
              d={MEASURED_SYMBOL_PATH}
              fill={matches ? MEASURED_COLOR : '#fff'}
              label={describeMeasuredRate(m)}
              active={activeId === rateIdOf(m)}
              tooltipId={ids.tooltip}
              onActivate={setActiveId}
              data={{ 'data-composition': m.compositionId, 'data-rate': m.cRate }}
            />
          ))}
        </g>
      </g>
    </ChartFrame>
  );
});
