import { scaleLinear, scaleLog, type ScaleLinear, type ScaleLogarithmic } from 'd3-scale';
import { line } from 'd3-shape';
import { useMemo } from 'react';
import type { Margin, Proportions } from '../kit/frame';
import { plotScales, type PlotScales } from '../kit/plotScales';
import { decadeSpan, decadeTicks, linearTicks } from '../kit/ticks';

/** Both panels share it, so that side by side their plots line up. */
export const DIFFUSIVITY_MARGIN: Margin = { top: 46, right: 22, bottom: 52, left: 86 };
export const DIFFUSIVITY_PROPORTIONS: Proportions = { ratio: 0.78, min: 260, max: 340 };

export type DiffusivityScales = PlotScales<
  ScaleLinear<number, number>,
  ScaleLogarithmic<number, number>
>;

/**
 * x from 0 to 1 (Ge fraction or lithiation) with the conductivity figure's ticks, D on
 * whole decades spanning `values`. Rebuilt only when the size or the decades change.
 */
export function useDiffusivityScales(
  width: number,
  height: number,
  values: readonly number[],
): DiffusivityScales {
  const [lo, hi] = useMemo(() => decadeSpan(values, [-13, -10]), [values]);
  return useMemo(
    () =>
      plotScales(width, height, DIFFUSIVITY_MARGIN, (innerWidth, innerHeight) => {
        const x = scaleLinear().domain([0, 1]).range([0, innerWidth]);
        const y = scaleLog()
          .domain([10 ** lo, 10 ** hi])
          .range([innerHeight, 0]);
        return { x, y, xTicks: linearTicks(x, innerWidth < 420 ? 5 : 10), yTicks: decadeTicks(y) };
      }),
    [width, height, lo, hi],
  );
}

/** A path through the curve; a D the log axis cannot place breaks the line, never "NaN". */
export function useLogCurvePath<T extends { readonly D_cm2_per_s: number }>(
  points: readonly T[],
  xOf: (p: T) => number,
  { x, y }: DiffusivityScales,
): string {
  return useMemo(
    () =>
      line<T>()
        .defined(
          (p) => Number.isFinite(xOf(p)) && Number.isFinite(p.D_cm2_per_s) && p.D_cm2_per_s > 0,
        )
        .x((p) => x(xOf(p)))
        .y((p) => y(p.D_cm2_per_s))
        .digits(2)(points) ?? '',
    [points, xOf, x, y],
  );
}
