import { innerSize, type Margin } from './frame';
import type { Tick } from './ticks';

type Position = (value: number) => number;

/** The plot area inside a figure's margin, px. */
export interface PlotArea {
  readonly innerWidth: number;
  readonly innerHeight: number;
}

/**
 * A figure's x and y with their ticks: what PlotAxes and GridLines draw from. Figures name
 * their d3 scales (linear, log) so that callers can ask for ticks or the domain.
 */
export interface PlotScales<
  X extends Position = Position,
  Y extends Position = Position,
> extends PlotArea {
  readonly x: X;
  readonly y: Y;
  readonly xTicks: readonly Tick[];
  readonly yTicks: readonly Tick[];
}

/** The scales `build` makes for the plot area inside `margin`, with that area's size. */
export function plotScales<S extends object>(
  width: number,
  height: number,
  margin: Margin,
  build: (innerWidth: number, innerHeight: number) => S,
): S & PlotArea {
  const { innerWidth, innerHeight } = innerSize(width, height, margin);
  return { ...build(innerWidth, innerHeight), innerWidth, innerHeight };
}
