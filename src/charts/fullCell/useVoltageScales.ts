import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { useMemo } from 'react';
import type { VoltagePoint } from '../../core/fullCell';
import { roundedMax, type Margin } from '../kit/frame';
import { plotScales, widened, type PlotScales } from '../kit/plotScales';
import { linearTicks } from '../kit/ticks';

export const VOLTAGE_MARGIN: Margin = { top: 22, right: 18, bottom: 52, left: 56 };

/** At least a layered oxide's reversible capacity, so the two cathodes compare on one axis. */
const CAPACITY_FLOOR = 200;
/** At least the span of a Si–Ge full cell's charge and discharge, so the curves hold still. */
const VOLTAGE_SPAN: readonly [number, number] = [2.5, 4.5];

export type VoltageScales = PlotScales<ScaleLinear<number, number>, ScaleLinear<number, number>>;

export const getCapacity = (d: VoltagePoint) => d.capacity_mAh_per_g_cathode;
export const getVoltage = (d: VoltagePoint) => d.voltage_V;
const isDrawable = (d: VoltagePoint) =>
  Number.isFinite(d.capacity_mAh_per_g_cathode) && Number.isFinite(d.voltage_V);

export function useVoltageScales(
  width: number,
  height: number,
  curves: readonly (readonly VoltagePoint[])[],
): VoltageScales {
  const points = useMemo(() => curves.flat().filter(isDrawable), [curves]);
  const top = useMemo(() => roundedMax(points.map(getCapacity), CAPACITY_FLOOR, 50), [points]);
  const [vLow, vHigh] = useMemo(() => widened(VOLTAGE_SPAN, points.map(getVoltage)), [points]);
  return useMemo(
    () =>
      plotScales(width, height, VOLTAGE_MARGIN, (innerWidth, innerHeight) => {
        const x = scaleLinear().domain([0, top]).range([0, innerWidth]);
        const y = scaleLinear().domain([vLow, vHigh]).nice().range([innerHeight, 0]);
        return {
          x,
          y,
          xTicks: linearTicks(x, innerWidth < 360 ? 4 : 6),
          yTicks: linearTicks(y, innerHeight < 240 ? 5 : 8),
        };
      }),
    [width, height, top, vLow, vHigh],
  );
}

/** A curve's path; points a scale cannot place break the line instead of writing NaN. */
export const voltagePath = (
  points: readonly VoltagePoint[],
  { x, y }: Pick<VoltageScales, 'x' | 'y'>,
): string =>
  line<VoltagePoint>()
    .defined(isDrawable)
    .x((d) => x(getCapacity(d)))
    .y((d) => y(getVoltage(d)))
    .digits(2)(points) ?? '';

export function useVoltagePath(points: readonly VoltagePoint[], { x, y }: VoltageScales): string {
  return useMemo(() => voltagePath(points, { x, y }), [points, x, y]);
}
