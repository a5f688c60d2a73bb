import { innerSize, type Margin } from './frame';
import type { Tick } from './ticks';

type Position = (value: number) => number;

/** The plot area inside a figure's margin, px. */
export interface PlotArea {
  readonly innerWidth: number;
  readonly innerHeight: number;
}

/**
 * A figure's size and the margin its plot sits in: what the frame, its overlays and the
 * measured points' tooltips are placed by.
 */
export interface FigureBox {
  readonly width: number;
  readonly height: number;
  readonly margin: Margin;
}

export interface PlotFrame extends FigureBox, PlotArea {}

/**
 * A figure's x and y with their ticks: what PlotAxes and GridLines draw from. Figures name
 * their d3 scales (linear, log) so that callers can ask for ticks or the domain.
 */
export interface PlotScales<
  X extends Position = Position,
  Y extends Position = Position,
> extends PlotFrame {
  readonly x: X;
  readonly y: Y;
  readonly xTicks: readonly Tick[];
  readonly yTicks: readonly Tick[];
}

/**
 * The scales `build` makes for the plot area inside `margin`, with the frame they sit in.
 * `build` may return a smaller area than it was given (a square plot in a wide figure).
 */
export function plotScales<S extends object>(
  width: number,
  height: number,
  margin: Margin,
  build: (innerWidth: number, innerHeight: number) => S,
): Omit<PlotFrame, keyof S> & S {
  const { innerWidth, innerHeight } = innerSize(width, height, margin);
  return { width, height, margin, innerWidth, innerHeight, ...build(innerWidth, innerHeight) };
}

/** `span` widened to take in every value: an axis that holds still unless a value leaves it. */
export const widened = (
  [low, high]: readonly [number, number],
  values: readonly number[],
): [number, number] => [Math.min(low, ...values), Math.max(high, ...values)];
