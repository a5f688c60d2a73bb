import { scaleLinear, scaleLog, type ScaleLinear, type ScaleLogarithmic } from 'd3-scale';
import { line } from 'd3-shape';
import { useMemo } from 'react';
import type { RatePoint } from '../../core/kinetics/protocol';
import { roundedMax, type Margin } from '../kit/frame';
import { plotScales, type PlotScales } from '../kit/plotScales';
import { linearTicks, logTicks } from '../kit/ticks';
import { MEASURED_RATE } from './measuredRate';

export const RATE_MARGIN: Margin = { top: 14, right: 18, bottom: 52, left: 70 };

/** The model's rate grid, 0.05–10 C; the study measured 0.2–3 C. */
export const RATE_DOMAIN: readonly [number, number] = [0.05, 10];
const LABELLED_RATES = [0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10];

/** Below Si's theoretical capacity the axis never shrinks, so curves can be compared. */
const CAPACITY_FLOOR = 3000;

export type RateScales = PlotScales<ScaleLogarithmic<number, number>, ScaleLinear<number, number>>;

const formatRate = (v: number) => String(v);
const MEASURED_VALUES = MEASURED_RATE.map((m) => m.value);

export const getRate = (d: RatePoint) => d.cRate;
export const getCapacity = (d: RatePoint) => d.capacity_mAh_per_g;

const NO_CURVES: readonly (readonly RatePoint[])[] = [];

/**
 * Scales for the rate chart, rebuilt only when the size or the capacity axis top change.
 * `others` (the pinned views' curves) count for the top too, so no curve leaves the plot.
 */
export function useRateScales(
  width: number,
  height: number,
  curve: readonly RatePoint[],
  others: readonly (readonly RatePoint[])[] = NO_CURVES,
): RateScales {
  const top = useMemo(
    () =>
      roundedMax(
        [...curve, ...others.flat()].map(getCapacity).concat(MEASURED_VALUES),
        CAPACITY_FLOOR,
        500,
      ),
    [curve, others],
  );
  return useMemo(
    () =>
      plotScales(width, height, RATE_MARGIN, (innerWidth, innerHeight) => {
        const x = scaleLog().domain(RATE_DOMAIN).range([0, innerWidth]);
        const y = scaleLinear().domain([0, top]).range([innerHeight, 0]);
        return {
          x,
          y,
          xTicks: logTicks(x, LABELLED_RATES, formatRate),
          yTicks: linearTicks(y, innerHeight < 220 ? 4 : 6),
        };
      }),
    [width, height, top],
  );
}

/** A rate curve's path; points a scale cannot place break the line instead of writing NaN. */
export const ratePath = (curve: readonly RatePoint[], { x, y }: Pick<RateScales, 'x' | 'y'>) =>
  line<RatePoint>()
    .defined((d) => d.cRate > 0 && Number.isFinite(d.capacity_mAh_per_g))
    .x((d) => x(getRate(d)))
    .y((d) => y(getCapacity(d)))
    .digits(2)(curve) ?? '';

/** The model curve. */
export function useRatePath(curve: readonly RatePoint[], { x, y }: RateScales): string {
  return useMemo(() => ratePath(curve, { x, y }), [curve, x, y]);
}
