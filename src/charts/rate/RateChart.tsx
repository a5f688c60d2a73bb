import { memo, useId, useState } from 'react';
import type { RatePoint } from '../../core/kinetics/protocol';
import { fullCitation, shortCitation } from '../../format/citation';
import { formatInputValue, formatSignificant } from '../../format/number';
import { GridLines, PlotAxes } from '../kit/Axis';
import { ChartTooltip } from '../kit/ChartTooltip';
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
import { ChartSvg } from '../kit/ChartSvg';

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
  const { x, y, innerWidth } = scales;
  const [activeId, setActiveId] = useState<string | null>(null);
  const uid = useId();
  const ids = { title: `${uid}-title`, desc: `${uid}-desc`, tooltip: `${uid}-tooltip` };
  const active = MEASURED_RATE.find((m) => rateIdOf(m) === activeId);
  const matches = sameX(xGe, MEASURED_RATE_X);
  const drawn = curve.filter((d) => Number.isFinite(getCapacity(d)));

  return (
    <div className="chart-frame" style={{ height }}>
      <ChartSvg
        testId="rate-chart"
        // data-rendered-x: which composition is drawn, for tests and npm run bench:ui.
        data={{ 'data-rendered-key': renderedKey, 'data-rendered-x': xGe }}
        ids={ids}
        width={width}
        height={height}
      >
        <title id={ids.title}>
          Delithiation capacity versus C-rate, model at x = {formatInputValue(xGe)}
        </title>
        <desc id={ids.desc}>
          {drawn
            .map(
              (d) => `${formatInputValue(getRate(d))} C: ${formatSignificant(getCapacity(d), 4)}`,
            )
            .join(', ')}{' '}
          mAh/g. Diamonds: measured on {MEASURED_RATE[0]?.compositionId} (x ={' '}
          {formatInputValue(MEASURED_RATE_X)}).
        </desc>
        <g transform={`translate(${RATE_MARGIN.left},${RATE_MARGIN.top})`}>
          <GridLines
            values={scales.yTicks.map((t) => t.value)}
            scale={y}
            length={innerWidth}
            direction="horizontal"
          />
          <path
            data-series="model"
            d={path}
            fill="none"
            stroke={MODEL_COLOR}
            strokeWidth={2.25}
            strokeLinejoin="round"
          />
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
      </ChartSvg>
      {active && (
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
            ['Composition', `${active.compositionId}, x = ${formatInputValue(active.xGe)}`],
          ]}
          source={
            <>
              {shortCitation(active)}
              <br />
              <cite>{fullCitation(active)}</cite>
            </>
          }
        />
      )}
    </div>
  );
});
