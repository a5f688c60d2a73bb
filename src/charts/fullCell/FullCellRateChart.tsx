import { scaleBand, scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { memo, useCallback, useMemo } from 'react';
import type { FullCellRatePoint } from '../../core/fullCell';
import { formatInputValue, formatSignificant } from '../../format/number';
import { PlotAxes, YGridLines } from '../kit/Axis';
import { ChartFrame } from '../kit/ChartFrame';
import { roundedMax, type Margin } from '../kit/frame';
import { plotScales } from '../kit/plotScales';
import { linearTicks } from '../kit/ticks';
import { PinnedCurves } from '../kit/PinnedCurves';
import { usePinnedPaths, type PinnedSeries } from '../kit/usePinned';

export const FULLCELL_RATE_MARGIN: Margin = { top: 22, right: 14, bottom: 52, left: 56 };

/** Okabe–Ito blue when the cathode limits, orange when the anode does. */
export const LIMIT_COLORS = { cathode: '#0072B2', anode: '#E69F00' } as const;
/** Text inside a bar: light on the dark blue, dark on the light orange. */
const LIMIT_TEXT = { cathode: '#fff', anode: '#1f2328' } as const;
/** A value label fits inside a bar at least this tall, px; above it otherwise. */
const INSIDE_MIN_PX = 22;

export interface FullCellRateChartProps {
  curve: readonly FullCellRatePoint[];
  /** The first 0.1 C discharge, drawn as the reference the bars fall from. */
  reference: number;
  renderedKey: string;
  width: number;
  height: number;
  /** The pinned views' rate curves, drawn as lines across the bars. */
  pinned?: readonly PinnedSeries<readonly FullCellRatePoint[]>[];
}

const NO_PINS: readonly PinnedSeries<readonly FullCellRatePoint[]>[] = [];

const capacityOf = (d: FullCellRatePoint) =>
  Number.isFinite(d.capacity_mAh_per_g_cathode) ? Math.max(0, d.capacity_mAh_per_g_cathode) : 0;

// memo: the panel re-renders when the computing state flips; the drawing need not.
/** Discharge capacity of the full cell at each C-rate, coloured by the electrode that limits it. */
export const FullCellRateChart = memo(function FullCellRateChart({
  curve,
  reference,
  renderedKey,
  width,
  height,
  pinned = NO_PINS,
}: FullCellRateChartProps) {
  const hasReference = Number.isFinite(reference) && reference > 0;
  const scales = useMemo(
    () =>
      plotScales(width, height, FULLCELL_RATE_MARGIN, (innerWidth, innerHeight) => {
        const band = scaleBand<number>()
          .domain(curve.map((d) => d.cRate))
          .range([0, innerWidth])
          .padding(0.3);
        // A tenth of headroom above the highest value, for the reference line's label.
        const values = [
          ...[curve, ...pinned.map((p) => p.data)].flat().map(capacityOf),
          hasReference ? reference : 0,
        ];
        const top = roundedMax(
          values.map((v) => 1.1 * v),
          200,
          50,
        );
        const y = scaleLinear().domain([0, top]).range([innerHeight, 0]);
        const centre = (rate: number) => (band(rate) ?? 0) + band.bandwidth() / 2;
        return {
          band,
          x: centre,
          y,
          xTicks: curve.map((d) => ({ value: d.cRate, label: formatInputValue(d.cRate) })),
          yTicks: linearTicks(y, innerHeight < 220 ? 4 : 6),
        };
      }),
    [curve, pinned, reference, hasReference, width, height],
  );
  const { band, y, innerWidth, innerHeight } = scales;
  const centre = scales.x;
  const pinnedPaths = usePinnedPaths(
    pinned,
    useCallback(
      (points: readonly FullCellRatePoint[]) =>
        line<FullCellRatePoint>()
          .x((d) => centre(d.cRate))
          .y((d) => y(capacityOf(d)))
          .digits(2)(points) ?? '',
      [centre, y],
    ),
  );
  const describe = (d: FullCellRatePoint) =>
    `${formatInputValue(d.cRate)} C: ${formatSignificant(capacityOf(d), 3)} mAh/g, limited by the ${d.limitedBy}`;

  return (
    <ChartFrame
      testId="fullcell-rate-chart"
      data={{ 'data-rendered-key': renderedKey }}
      frame={scales}
      title="Discharge capacity of the full cell versus C-rate"
      desc={`${curve.map(describe).join('; ')}.`}
    >
      <YGridLines scales={scales} />
      <g className="rate-bars">
        {curve.map((d) => {
          const value = capacityOf(d);
          const top = y(value);
          const inside = innerHeight - top >= INSIDE_MIN_PX;
          const cx = scales.x(d.cRate);
          return (
            <g key={d.cRate} data-testid="fullcell-rate-bar" data-rate={d.cRate}>
              <rect
                data-limited-by={d.limitedBy}
                x={band(d.cRate) ?? 0}
                y={top}
                width={band.bandwidth()}
                height={Math.max(0, innerHeight - top)}
                fill={LIMIT_COLORS[d.limitedBy]}
              >
                <title>{describe(d)}</title>
              </rect>
              <text
                className="value-label"
                x={cx}
                y={inside ? top + 6 : top - 5}
                dy={inside ? '0.71em' : undefined}
                textAnchor="middle"
                // A style, not the fill attribute: the charts' CSS would override that.
                style={inside ? { fill: LIMIT_TEXT[d.limitedBy] } : undefined}
              >
                {formatSignificant(value, 3)}
              </text>
            </g>
          );
        })}
      </g>
      <PinnedCurves paths={pinnedPaths} halo />
      {hasReference && (
        <g className="reference-line" data-testid="fullcell-rate-reference">
          <line x1={0} x2={innerWidth} y1={y(reference)} y2={y(reference)} />
          {/* Above the line, where no bar reaches: the rate curve never exceeds it. */}
          <text className="halo" x={innerWidth} y={y(reference) - 5} textAnchor="end">
            first discharge, 0.1 C
          </text>
        </g>
      )}
      <PlotAxes
        scales={scales}
        xTitle="C-rate of the full cell"
        yTitle="Discharge (mAh per g of cathode)"
        yTitleOffset={42}
      />
    </ChartFrame>
  );
});
