import { memo, useCallback, useMemo, type ReactNode } from 'react';
import { formatFixed } from '../../format/number';
import { Axis, GridLines } from '../kit/Axis';
import { ChartFrame } from '../kit/ChartFrame';
import { CurvePath } from '../kit/CurvePath';
import { PinnedCurves } from '../kit/PinnedCurves';
import { usePinnedPaths, type PinnedSeries } from '../kit/usePinned';
import { pathOf, useDistributionScales, type DistributionScales } from './useDistributionScales';
import type { Distribution } from './useDistributionScales';

/** Okabe–Ito blue (rate) and bluish green, dashed (θ): apart by hue, lightness and dash. */
export const REACTION_COLOR = '#0072B2';
export const THETA_COLOR = '#007A5A';
export const THETA_DASH = '6 3';
/** Plot width below which the long x-axis title would run past the frame, px. */
const WIDE_TITLE_MIN_PX = 400;
/** The core's limit is drawn once it takes at least this much of θ's range away. */
export const CONVERTIBLE_SHOWN_BELOW = 0.95;

export interface DistributionChartProps {
  /** Through-thickness picture at the snapshot moment. */
  distribution: Distribution;
  /** "lithiation at 1 C, 50 % of theoretical capacity": the moment, for the title. */
  moment: string;
  /** Tag of the result drawn; changes with every new answer. */
  renderedKey: string;
  width: number;
  height: number;
  /** The pinned views' distributions (each at its own snapshot), drawn beside this one. */
  pinned?: readonly PinnedSeries<Distribution>[];
}

const NO_PINS: readonly PinnedSeries<Distribution>[] = [];

/** A text version for screen readers: where the reaction concentrates. */
function describe(d: Distribution, moment: string): string {
  const n = d.reaction.length;
  if (n === 0) return `No distribution at ${moment}.`;
  const first = d.reaction[0] ?? Number.NaN;
  const last = d.reaction[n - 1] ?? Number.NaN;
  return (
    `At ${moment}: local rate ${formatFixed(first, 2)} × mean at the current collector, ` +
    `${formatFixed(last, 2)} × mean at the separator; lithiation θ from ` +
    `${formatFixed(d.theta[0] ?? Number.NaN, 2)} to ${formatFixed(d.theta[n - 1] ?? Number.NaN, 2)}` +
    (d.convertible < CONVERTIBLE_SHOWN_BELOW
      ? `, of at most ${formatFixed(d.convertible, 2)} outside the particles' unconverted cores.`
      : '.')
  );
}

type StripKey = 'reaction' | 'theta';

const STRIP_STYLE: Readonly<Record<StripKey, { color: string; dash?: string; title: string }>> = {
  reaction: { color: REACTION_COLOR, title: 'Local rate / mean' },
  theta: { color: THETA_COLOR, dash: THETA_DASH, title: 'Lithiation θ' },
};

interface StripPlotProps {
  series: StripKey;
  distribution: Distribution;
  pinned: readonly PinnedSeries<Distribution>[];
  scales: DistributionScales;
  /** Drawn over the gridlines, under the curves. */
  backdrop: ReactNode;
  /** Drawn last: the shared x axis, under the bottom strip. */
  children?: ReactNode;
}

/** One of the stacked plots: one quantity through the layer, with its pinned views and axis. */
function StripPlot({
  series,
  distribution: d,
  pinned,
  scales,
  backdrop,
  children,
}: StripPlotProps) {
  const { x, innerWidth } = scales;
  const { y, ticks, top, height } = scales[series];
  const { color, dash, title } = STRIP_STYLE[series];
  const pinnedPaths = usePinnedPaths(
    pinned,
    useCallback((p: Distribution) => pathOf(p.position, p[series], x, y), [series, x, y]),
  );
  const path = useMemo(() => pathOf(d.position, d[series], x, y), [d, series, x, y]);
  const values = d[series];
  return (
    <g className={`plot-${series}`} transform={top > 0 ? `translate(0,${top})` : undefined}>
      <GridLines
        values={ticks.map((t) => t.value)}
        scale={y}
        length={innerWidth}
        direction="horizontal"
      />
      {backdrop}
      <PinnedCurves paths={pinnedPaths} />
      <CurvePath series={series} d={path} color={color} dash={dash} mitred />
      <g aria-hidden="true">
        {d.position.map((p, i) => {
          const v = values[i] ?? Number.NaN;
          return Number.isFinite(p) && Number.isFinite(v) ? (
            <circle key={i} cx={x(p)} cy={y(v)} r={3} fill={color} />
          ) : null;
        })}
      </g>
      <Axis orient="left" scale={y} ticks={ticks} length={height} title={title} titleOffset={44} />
      {children}
    </g>
  );
}

// memo: the panel re-renders when the computing state flips; the drawing need not.
/**
 * Where in the layer the reaction runs, from the current collector (0) to the
 * separator (1): the local rate over its mean above, the lithiation θ below.
 */
export const DistributionChart = memo(function DistributionChart({
  distribution: d,
  moment,
  renderedKey,
  width,
  height,
  pinned = NO_PINS,
}: DistributionChartProps) {
  const others = useMemo(() => pinned.map((p) => p.data), [pinned]);
  const s = useDistributionScales(width, height, d, others);
  const { x, innerWidth, innerHeight, reaction, theta } = s;
  const strip = { distribution: d, pinned, scales: s };

  return (
    <ChartFrame
      testId="distribution-chart"
      data={{ 'data-rendered-key': renderedKey }}
      frame={s}
      title={`Reaction distribution through the electrode, ${moment}`}
      desc={describe(d, moment)}
    >
      <g className="faces" aria-hidden="true">
        <line className="face face-collector" x1={0} x2={0} y1={-4} y2={innerHeight} />
        <line
          className="face face-separator"
          x1={innerWidth}
          x2={innerWidth}
          y1={-4}
          y2={innerHeight}
        />
        <text x={0} y={-12} textAnchor="start">
          ← current collector
        </text>
        <text x={innerWidth} y={-12} textAnchor="end">
          separator →
        </text>
      </g>
      <StripPlot
        series="reaction"
        {...strip}
        backdrop={
          <line
            className="uniform-line"
            x1={0}
            x2={innerWidth}
            y1={reaction.y(1)}
            y2={reaction.y(1)}
            aria-hidden="true"
          />
        }
      />
      <StripPlot
        series="theta"
        {...strip}
        backdrop={
          d.convertible < CONVERTIBLE_SHOWN_BELOW && (
            <g className="convertible-limit" data-testid="convertible-limit" aria-hidden="true">
              <line
                x1={0}
                x2={innerWidth}
                y1={theta.y(d.convertible)}
                y2={theta.y(d.convertible)}
              />
              <text x={4} y={theta.y(d.convertible) - 4} textAnchor="start">
                most θ can reach: {formatFixed(d.convertible, 2)} (crystalline core)
              </text>
            </g>
          )
        }
      >
        <Axis
          orient="bottom"
          scale={x}
          ticks={s.xTicks}
          length={innerWidth}
          offset={theta.height}
          title={
            innerWidth < WIDE_TITLE_MIN_PX
              ? 'Position (fraction of thickness)'
              : 'Position through the electrode (fraction of thickness)'
          }
          titleOffset={44}
        />
      </StripPlot>
    </ChartFrame>
  );
});
