import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { useMemo } from 'react';
import type { KineticsView } from '../../core';
import { roundedMax, type Margin } from '../kit/frame';
import { plotScales, type PlotFrame } from '../kit/plotScales';
import { linearTicks, type Tick } from '../kit/ticks';

export type Distribution = KineticsView['distribution'];

/** Top margin holds the names of the two faces. */
export const DISTRIBUTION_MARGIN: Margin = { top: 30, right: 18, bottom: 52, left: 62 };
/** Space between the two stacked plots, px. */
const GAP = 32;
/** Share of the plot height given to the reaction rate (the θ plot gets the rest). */
const REACTION_SHARE = 0.55;

/** One of the two stacked plots: its own y axis, and where it sits in the plot area. */
export interface Strip {
  readonly y: ScaleLinear<number, number>;
  readonly ticks: readonly Tick[];
  /** Px from the top of the plot area. */
  readonly top: number;
  readonly height: number;
}

export interface DistributionScales extends PlotFrame {
  readonly x: ScaleLinear<number, number>;
  readonly xTicks: readonly Tick[];
  /** Local reaction rate over the mean, above. */
  readonly reaction: Strip;
  /** Lithiation fraction θ, below. */
  readonly theta: Strip;
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
        const x = scaleLinear().domain([0, 1]).range([0, innerWidth]);
        return {
          x,
          xTicks: linearTicks(x, innerWidth < 360 ? 5 : 10),
          reaction: strip([0, top], 0, reactionHeight),
          theta: strip([0, 1], thetaTop, Math.max(10, innerHeight - thetaTop)),
        };
      }),
    [width, height, top],
  );
}

function strip(domain: [number, number], top: number, height: number): Strip {
  const y = scaleLinear().domain(domain).range([height, 0]);
  return { y, ticks: linearTicks(y, 4), top, height };
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
