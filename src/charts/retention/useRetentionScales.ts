import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { useMemo } from 'react';
import type { RetentionPoint } from '../../core';
import { roundedMax, type Margin } from '../kit/frame';
import { plotScales, type PlotScales } from '../kit/plotScales';
import { linearTicks } from '../kit/ticks';

export const RETENTION_MARGIN: Margin = { top: 30, right: 18, bottom: 52, left: 62 };

export type RetentionScales = PlotScales<ScaleLinear<number, number>, ScaleLinear<number, number>>;

export const getX = (d: RetentionPoint) => d.xGe;
export const getRetention = (d: RetentionPoint) => d.retention3C_percent;

/** x from Si to Ge; retention 0–100 % (wider only if the model ever exceeds 100 %). */
export function useRetentionScales(
  width: number,
  height: number,
  points: readonly RetentionPoint[],
): RetentionScales {
  const top = useMemo(() => roundedMax(points.map(getRetention), 100, 20), [points]);
  return useMemo(
    () =>
      plotScales(width, height, RETENTION_MARGIN, (innerWidth, innerHeight) => {
        const x = scaleLinear().domain([0, 1]).range([0, innerWidth]);
        const y = scaleLinear().domain([0, top]).range([innerHeight, 0]);
        return {
          x,
          y,
          xTicks: linearTicks(x, innerWidth < 360 ? 5 : 10),
          yTicks: linearTicks(y, 5),
        };
      }),
    [width, height, top],
  );
}

/** A path through the points; values a scale cannot place break the line. */
export function useRetentionPath(
  points: readonly RetentionPoint[] | null,
  { x, y }: RetentionScales,
): string {
  return useMemo(
    () =>
      points
        ? (line<RetentionPoint>()
            .defined((d) => Number.isFinite(d.xGe) && Number.isFinite(d.retention3C_percent))
            .x((d) => x(getX(d)))
            .y((d) => y(getRetention(d)))
            .digits(2)(points) ?? '')
        : '',
    [points, x, y],
  );
}
