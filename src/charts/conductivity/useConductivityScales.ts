import { scaleLinear, scaleLog, type ScaleLinear, type ScaleLogarithmic } from 'd3-scale';
import { line } from 'd3-shape';
import { useMemo } from 'react';
import type { ConductivityPoint } from '../../core';
import { plotScales, type PlotScales } from '../kit/plotScales';
import { decadeSpan, decadeTicks, linearTicks } from '../kit/ticks';
import { MEASURED_POINTS } from './measuredPoints';
import { getX, isPlottable, SERIES_PAINT_ORDER, type SeriesKey } from './series';

/** Room for tick labels like 10⁻¹⁰ and the axis title on the left, the marker's values on top. */
export const MARGIN = { top: 50, right: 24, bottom: 58, left: 78 } as const;

export type ConductivityScales = PlotScales<
  ScaleLinear<number, number>,
  ScaleLogarithmic<number, number>
>;

/** Fewer x ticks on a phone, where ten labels would touch. */
const xTickCount = (innerWidth: number) => (innerWidth < 420 ? 5 : 10);

/** A figure's proportions, bounded so that neither a phone nor a wide screen distorts it. */
export const chartHeightFor = (width: number) =>
  Math.round(Math.min(500, Math.max(340, width * 0.58)));

const MEASURED_VALUES = MEASURED_POINTS.map((p) => p.value);

/**
 * The decades to show, as integer exponents: every plottable curve value and
 * every measurement, widened to whole powers of ten like a printed log plot.
 */
export function decadeDomain(
  sweep: readonly ConductivityPoint[],
  extra: readonly number[] = MEASURED_VALUES,
): [number, number] {
  const curves = sweep.flatMap((p) => [p.electronic, p.ionic, p.ambipolar]);
  return decadeSpan([...curves, ...extra], [-8, 0]);
}

/**
 * Scales and their ticks (each power of ten labelled), rebuilt only when the size or the
 * decades shown change: the axes and curves are memoised on them through a drag.
 */
export function useConductivityScales(
  width: number,
  height: number,
  sweep: readonly ConductivityPoint[],
): ConductivityScales {
  const [lo, hi] = useMemo(() => decadeDomain(sweep), [sweep]);
  return useMemo(() => {
    const frame = plotScales(width, height, MARGIN, (innerWidth, innerHeight) => ({
      x: scaleLinear().domain([0, 1]).range([0, innerWidth]),
      y: scaleLog()
        .domain([10 ** lo, 10 ** hi])
        .range([innerHeight, 0]),
    }));
    const xTicks = linearTicks(frame.x, xTickCount(frame.innerWidth));
    return { ...frame, xTicks, yTicks: decadeTicks(frame.y) };
  }, [width, height, lo, hi]);
}

/**
 * One SVG path per series. Values a log axis cannot place (≤ 0, NaN, ∞) break
 * the line instead of drawing "NaN" into the path.
 */
export function useSeriesPaths(
  sweep: readonly ConductivityPoint[],
  { x, y }: ConductivityScales,
): Readonly<Record<SeriesKey, string>> {
  return useMemo(() => {
    const pathFor = (key: SeriesKey) =>
      line<ConductivityPoint>()
        .defined((d) => Number.isFinite(d.xGe) && isPlottable(d[key]))
        .x((d) => x(getX(d)))
        .y((d) => y(d[key]))
        .digits(2)(sweep) ?? '';
    const entries = SERIES_PAINT_ORDER.map((key) => [key, pathFor(key)] as const);
    return Object.fromEntries(entries) as Record<SeriesKey, string>;
  }, [sweep, x, y]);
}
