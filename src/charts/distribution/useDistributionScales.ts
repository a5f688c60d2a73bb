import { line, scaleLinear, type ScaleLinear } from 'd3';
import { useMemo } from 'react';
import type { KineticsView } from '../../core/kinetics/api';
import { roundedMax, type Margin } from '../kit/frame';
import { plotScales, type PlotArea } from '../kit/plotScales';
import { linearTicks, type Tick } from '../kit/ticks';

export type Distribution = KineticsView['distribution'];

/** Top margin holds the names of the two faces. */
export const DISTRIBUTION_MARGIN: Margin = { top: 30, right: 18, bottom: 52, left: 62 };
/** Space between the two stacked plots, px. */
const GAP = 32;
/** Share of the plot height given to the reaction rate (the θ plot gets the rest). */
const REACTION_SHARE = 0.55;

export interface DistributionScales extends PlotArea {
  readonly x: ScaleLinear<number, number>;
  /** Local reaction rate over the mean, in the upper plot. */
  readonly reaction: ScaleLinear<number, number>;
  /** Lithiation fraction θ, in the lower plot. */
  readonly theta: ScaleLinear<number, number>;
  /** Where the lower plot starts, px from the top of the plot area. */
  readonly thetaTop: number;
  readonly reactionHeight: number;
  readonly thetaHeight: number;
  readonly xTicks: readonly Tick[];
  readonly reactionTicks: readonly Tick[];
  readonly thetaTicks: readonly Tick[];
}

const NO_OTHERS: readonly Distribution[] = [];

/** Two plots sharing one position axis: small multiples instead of a twin y axis. */
export function useDistributionScales(
  width: number,
  height: number,
  distribution: Distribution,
  /** The pinned views' distributions: their rates count for the top too. */
  others: readonly Distribution[] = NO_OTHERS,
): DistributionScales {
  // At least 0–2, so a uniform profile (all 1) sits mid-plot rather than filling it.
  const top = useMemo(
    () =>
      roundedMax(
        [distribution, ...others].flatMap((d) => d.reaction),
        2,
        0.5,
      ),
    [distribution, others],
  );
  return useMemo(
    () =>
      plotScales(width, height, DISTRIBUTION_MARGIN, (innerWidth, innerHeight) => {
        const reactionHeight = Math.max(10, (innerHeight - GAP) * REACTION_SHARE);
        const thetaTop = reactionHeight + GAP;
        const thetaHeight = Math.max(10, innerHeight - thetaTop);
        const x = scaleLinear().domain([0, 1]).range([0, innerWidth]);
        const reaction = scaleLinear().domain([0, top]).range([reactionHeight, 0]);
        const theta = scaleLinear().domain([0, 1]).range([thetaHeight, 0]);
        return {
          x,
          reaction,
          theta,
          thetaTop,
          reactionHeight,
          thetaHeight,
          xTicks: linearTicks(x, innerWidth < 360 ? 5 : 10),
          reactionTicks: linearTicks(reaction, 4),
          thetaTicks: linearTicks(theta, 4),
        };
      }),
    [width, height, top],
  );
}

/** Path through (position, value) pairs; non-finite values break the line. */
export function pathOf(
  position: readonly number[],
  values: readonly number[],
  x: ScaleLinear<number, number>,
  y: ScaleLinear<number, number>,
): string {
  const pairs = position.map((p, i) => [p, values[i] ?? Number.NaN] as const);
  return (
    line<readonly [number, number]>()
      .defined(([p, v]) => Number.isFinite(p) && Number.isFinite(v))
      .x(([p]) => x(p))
      .y(([, v]) => y(v))
      .digits(2)(pairs) ?? ''
  );
}
