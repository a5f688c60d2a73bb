import { scaleLinear, scaleSequential, type ScaleLinear } from 'd3-scale';
import { interpolateViridis } from 'd3-scale-chromatic';
import { useMemo } from 'react';
import type { Margin } from '../kit/frame';
import { plotScales, type PlotScales } from '../kit/plotScales';
import { linearTicks, type Tick } from '../kit/ticks';

/** Room above the plot for the colour key, left for the axis values and title. */
export const MAP_MARGIN: Margin = { top: 66, right: 16, bottom: 52, left: 58 };

/** The colour key: a bar of the scale's colours, at most this wide, px. */
export const KEY_WIDTH = 260;

export interface MapScales extends PlotScales<
  ScaleLinear<number, number>,
  ScaleLinear<number, number>
> {
  /** Half a cell along each axis, in data units: a cell spans its value ± this. */
  readonly halfX: number;
  readonly halfY: number;
  /** Value → colour (viridis: perceptually even, readable in grey and by most colour-blind eyes). */
  readonly colour: (value: number) => string;
  /** Value → px along the colour key, and the key's ticks. */
  readonly key: ScaleLinear<number, number>;
  readonly keyTicks: readonly Tick[];
  readonly keyWidth: number;
}

/** Half the spacing of evenly spaced values; a lone value gets an arbitrary small cell. */
const halfStep = (values: readonly number[]) => {
  const first = values[0] ?? 0;
  const last = values.at(-1) ?? first;
  return values.length > 1
    ? (last - first) / (values.length - 1) / 2
    : Math.abs(first) * 0.05 || 0.05;
};

/**
 * Scales of the heatmap: x and the second axis each span their values and half a cell
 * beyond, so every cell is drawn whole and centred on its value; colour by value.
 */
export function useMapScales(
  width: number,
  height: number,
  xs: readonly number[],
  values: readonly number[],
  domain: readonly [number, number],
): MapScales {
  return useMemo(
    () =>
      plotScales(width, height, MAP_MARGIN, (innerWidth, innerHeight) => {
        const halfX = halfStep(xs);
        const halfY = halfStep(values);
        const x = scaleLinear()
          .domain([(xs[0] ?? 0) - halfX, (xs.at(-1) ?? 0) + halfX])
          .range([0, innerWidth]);
        const y = scaleLinear()
          .domain([(values[0] ?? 0) - halfY, (values.at(-1) ?? 0) + halfY])
          .range([innerHeight, 0]);
        const keyWidth = Math.min(KEY_WIDTH, innerWidth);
        const key = scaleLinear().domain(domain).range([0, keyWidth]);
        const sequential = scaleSequential(interpolateViridis).domain(domain);
        return {
          x,
          y,
          halfX,
          halfY,
          xTicks: linearTicks(x, innerWidth < 360 ? 5 : 10),
          yTicks: linearTicks(y, innerHeight < 220 ? 4 : 6),
          colour: (v: number) => sequential(v),
          key,
          keyTicks: linearTicks(key, keyWidth < 200 ? 3 : 5),
          keyWidth,
        };
      }),
    [width, height, xs, values, domain],
  );
}
