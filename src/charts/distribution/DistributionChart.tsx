import { memo, useCallback, useMemo } from 'react';
import { formatFixed } from '../../format/number';
import { Axis, GridLines } from '../kit/Axis';
import { ChartFrame, useChartIds } from '../kit/ChartFrame';
import { PinnedCurves } from '../kit/PinnedCurves';
import { usePinnedPaths, type PinnedSeries } from '../kit/usePinned';
import {
  DISTRIBUTION_MARGIN,
  pathOf,
  useDistributionScales,
  type Distribution,
} from './useDistributionScales';

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
  const { x, innerWidth, innerHeight } = s;
  const pinnedReaction = usePinnedPaths(
    pinned,
    useCallback(
      (p: Distribution) => pathOf(p.position, p.reaction, x, s.reaction),
      [x, s.reaction],
    ),
  );
  const pinnedTheta = usePinnedPaths(
    pinned,
    useCallback((p: Distribution) => pathOf(p.position, p.theta, x, s.theta), [x, s.theta]),
  );
  const paths = useMemo(
    () => ({
      reaction: pathOf(d.position, d.reaction, x, s.reaction),
      theta: pathOf(d.position, d.theta, x, s.theta),
    }),
    [d, x, s.reaction, s.theta],
  );
  const ids = useChartIds();
  const dots = (values: readonly number[], y: (v: number) => number, color: string) =>
    d.position.map((p, i) => {
      const v = values[i] ?? Number.NaN;
      return Number.isFinite(p) && Number.isFinite(v) ? (
        <circle key={i} cx={x(p)} cy={y(v)} r={3} fill={color} />
      ) : null;
    });

  return (
    <ChartFrame
      testId="distribution-chart"
      data={{ 'data-rendered-key': renderedKey }}
      ids={ids}
      width={width}
      height={height}
      title={`Reaction distribution through the electrode, ${moment}`}
      desc={describe(d, moment)}
    >
      <g transform={`translate(${DISTRIBUTION_MARGIN.left},${DISTRIBUTION_MARGIN.top})`}>
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
        <g className="plot-reaction">
          <GridLines
            values={s.reactionTicks.map((t) => t.value)}
            scale={s.reaction}
            length={innerWidth}
            direction="horizontal"
          />
          <line
            className="uniform-line"
            x1={0}
            x2={innerWidth}
            y1={s.reaction(1)}
            y2={s.reaction(1)}
            aria-hidden="true"
          />
          <PinnedCurves paths={pinnedReaction} />
          <path
            data-series="reaction"
            d={paths.reaction}
            fill="none"
            stroke={REACTION_COLOR}
            strokeWidth={2.25}
          />
          <g aria-hidden="true">{dots(d.reaction, s.reaction, REACTION_COLOR)}</g>
          <Axis
            orient="left"
            scale={s.reaction}
            ticks={s.reactionTicks}
            length={s.reactionHeight}
            title="Local rate / mean"
            titleOffset={44}
          />
        </g>
        <g className="plot-theta" transform={`translate(0,${s.thetaTop})`}>
          <GridLines
            values={s.thetaTicks.map((t) => t.value)}
            scale={s.theta}
            length={innerWidth}
            direction="horizontal"
          />
          {d.convertible < CONVERTIBLE_SHOWN_BELOW && (
            <g className="convertible-limit" data-testid="convertible-limit" aria-hidden="true">
              <line
                x1={0}
                x2={innerWidth}
                y1={s.theta(d.convertible)}
                y2={s.theta(d.convertible)}
              />
              <text x={4} y={s.theta(d.convertible) - 4} textAnchor="start">
                most θ can reach: {formatFixed(d.convertible, 2)} (crystalline core)
              </text>
            </g>
          )}
          <PinnedCurves paths={pinnedTheta} />
          <path
            data-series="theta"
            d={paths.theta}
            fill="none"
            stroke={THETA_COLOR}
            strokeWidth={2.25}
            strokeDasharray={THETA_DASH}
          />
          <g aria-hidden="true">{dots(d.theta, s.theta, THETA_COLOR)}</g>
          <Axis
            orient="left"
            scale={s.theta}
            ticks={s.thetaTicks}
            length={s.thetaHeight}
            title="Lithiation θ"
            titleOffset={44}
          />
          <Axis
            orient="bottom"
            scale={x}
            ticks={s.xTicks}
            length={innerWidth}
            offset={s.thetaHeight}
            title={
              innerWidth < WIDE_TITLE_MIN_PX
                ? 'Position (fraction of thickness)'
                : 'Position through the electrode (fraction of thickness)'
            }
            titleOffset={44}
          />
        </g>
      </g>
    </ChartFrame>
  );
});
