import { extent, quantileSorted } from 'd3-array';
import { format } from 'd3-format';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { useMemo } from 'react';
import type { Margin } from '../kit/frame';
import { plotScales, type PlotScales } from '../kit/plotScales';
import { linearTicks, type Tick } from '../kit/ticks';
import type { DifferentialCycle, DifferentialMode } from './dqdvCurves';

export const DQDV_MARGIN: Margin = { top: 20, right: 20, bottom: 52, left: 64 };

export type DqdvScales = PlotScales<ScaleLinear<number, number>, ScaleLinear<number, number>> & {
  /** Whether the y range cuts off spikes (dV/dQ at the ends of a branch). */
  readonly clipped: boolean;
};

/** dV/dQ in mV per mAh/g: the raw V per mAh/g would read 0.0001. */
export const DVDQ_SCALE = 1000;

const valuesOf = (cycles: readonly DifferentialCycle[]) =>
  cycles.flatMap((c) => [...c.lithiation.value, ...c.delithiation.value]);

/**
 * dQ/dV: potential across, its peaks in full (they are the point). dV/dQ: capacity across;
 * it shoots up where a branch ends, so the y range keeps the middle 96 % of values with room
 * (the rest is drawn at the edge, and the caption says so).
 */
function domains(cycles: readonly DifferentialCycle[], mode: DifferentialMode) {
  const scale = mode === 'dVdQ' ? DVDQ_SCALE : 1;
  const values = valuesOf(cycles)
    .map((v) => v * scale)
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
  const xs = cycles
    .flatMap((c) => [...c.lithiation.x, ...c.delithiation.x])
    .filter(Number.isFinite);
  const [xLow = 0, xHigh = 1] = extent(xs);
  let [yLow = -1, yHigh = 1] = extent(values);
  let clipped = false;
  if (mode === 'dVdQ' && values.length > 10) {
    const low = quantileSorted(values, 0.02) ?? yLow;
    const high = quantileSorted(values, 0.98) ?? yHigh;
    const room = 0.5 * (high - low);
    clipped = yLow < low - room || yHigh > high + room;
    yLow = Math.max(yLow, low - room);
    yHigh = Math.min(yHigh, high + room);
  }
  if (mode === 'dQdV') {
    // Past the last feature the curves lie flat on zero up to the 2 V cut-off: not shown.
    const peak = Math.max(...values.map(Math.abs), 0);
    const live = cycles.flatMap((c) =>
      [c.lithiation, c.delithiation].flatMap((curve) =>
        curve.x.filter((_, i) => Math.abs(curve.value[i] ?? 0) > 0.01 * peak),
      ),
    );
    const [liveLow = xLow, liveHigh = xHigh] = extent(live);
    return {
      x: [liveLow - 0.05, liveHigh + 0.05],
      y: [Math.min(0, yLow), Math.max(0, yHigh)],
      clipped,
    };
  }
  return { x: [Math.max(0, xLow), xHigh], y: [Math.min(0, yLow), Math.max(0, yHigh)], clipped };
}

/** dQ/dV runs to tens of thousands: "−20k" keeps the labels narrower than the axis title. */
function compactTicks(scale: ScaleLinear<number, number>, count: number): Tick[] {
  const label = format('~s');
  return scale.ticks(count).map((value) => ({ value, label: label(value) }));
}

export function useDqdvScales(
  width: number,
  height: number,
  cycles: readonly DifferentialCycle[],
  mode: DifferentialMode,
): DqdvScales {
  const d = useMemo(() => domains(cycles, mode), [cycles, mode]);
  return useMemo(
    () =>
      plotScales(width, height, DQDV_MARGIN, (innerWidth, innerHeight) => {
        const x = scaleLinear().domain(d.x).range([0, innerWidth]).nice();
        const y = scaleLinear().domain(d.y).range([innerHeight, 0]).nice().clamp(d.clipped);
        return {
          x,
          y,
          xTicks: linearTicks(x, innerWidth < 360 ? 4 : 7),
          yTicks: compactTicks(y, innerHeight < 260 ? 5 : 8),
          clipped: d.clipped,
        };
      }),
    [width, height, d],
  );
}
