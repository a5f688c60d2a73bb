import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { area, stack, type Series, type SeriesPoint } from 'd3-shape';
import { useMemo } from 'react';
import type { Margin } from '../kit/frame';
import { plotScales, type PlotScales } from '../kit/plotScales';
import { linearTicks, type Tick } from '../kit/ticks';
import { SHARE_KEYS, type InventoryShares, type ShareKey } from './shares';

/** Top margin holds the current-x label; left the share axis and its title. */
export const AREA_MARGIN: Margin = { top: 30, right: 14, bottom: 52, left: 58 };
/** The bar's right margin holds the share labels beside its segments. */
export const BAR_MARGIN: Margin = { top: 30, right: 112, bottom: 52, left: 50 };
/** Axis, a 44 px bar and its labels. */
export const BAR_WIDTH_PX = 206;

/** Room at both ends of the x axis, so the measured bars at x = 0 and 1 clear the axes. */
const X_PAD = 9;

/**
 * Where the share axis starts: whole tens, below the smallest RA-Li drawn. The losses are a
 * few percent to a quarter of the Li; on a full 0–100 axis they would be slivers.
 */
export function shareAxisFloor(reversible: readonly number[]): number {
  const finite = reversible.filter((v) => Number.isFinite(v));
  const lowest = finite.length > 0 ? Math.min(...finite) : 0;
  return Math.max(0, Math.min(90, Math.floor((lowest - 5) / 10) * 10));
}

/** A share axis from `floor` to 100 %; values below the floor sit on the axis (clamped). */
export function shareScale(floor: number, innerHeight: number): ScaleLinear<number, number> {
  return scaleLinear().domain([floor, 100]).range([innerHeight, 0]).clamp(true);
}

export const shareTicks = (y: ScaleLinear<number, number>, innerHeight: number): Tick[] =>
  linearTicks(y, innerHeight < 200 ? 4 : 6);

/** RA-Li, QA-Li and I-Li stacked bottom to top for each composition (d3's stack). */
export const stackShares = (
  points: readonly InventoryShares[],
): Series<InventoryShares, ShareKey>[] =>
  stack<InventoryShares, ShareKey>()
    .keys(SHARE_KEYS)
    .value((d, key) => (Number.isFinite(d[key]) ? d[key] : Number.NaN))([...points]);

export type InventoryScales = PlotScales<ScaleLinear<number, number>, ScaleLinear<number, number>>;

export function useInventoryScales(width: number, height: number, floor: number): InventoryScales {
  return useMemo(
    () =>
      plotScales(width, height, AREA_MARGIN, (innerWidth, innerHeight) => {
        const x = scaleLinear()
          .domain([0, 1])
          .range([X_PAD, Math.max(X_PAD + 1, innerWidth - X_PAD)]);
        const y = shareScale(floor, innerHeight);
        return {
          x,
          y,
          xTicks: linearTicks(x, innerWidth < 360 ? 5 : 10),
          yTicks: shareTicks(y, innerHeight),
        };
      }),
    [width, height, floor],
  );
}

const finitePoint = (d: SeriesPoint<InventoryShares>) =>
  Number.isFinite(d[0]) && Number.isFinite(d[1]) && Number.isFinite(d.data.xGe);

/** One area path per share; compositions a scale cannot place break the areas, never NaN. */
export function useInventoryAreas(
  points: readonly InventoryShares[],
  { x, y }: InventoryScales,
): Record<ShareKey, string> {
  return useMemo(() => {
    const draw = area<SeriesPoint<InventoryShares>>()
      .defined(finitePoint)
      .x((d) => x(d.data.xGe))
      .y0((d) => y(d[0]))
      .y1((d) => y(d[1]))
      .digits(2);
    const paths = { reversible: '', quasiReversible: '', inactive: '' };
    for (const series of stackShares(points)) paths[series.key] = draw(series) ?? '';
    return paths;
  }, [points, x, y]);
}
