import type { FitFigure } from './fitFigures';

/** The range of model values that meets a figure's target, for a measured value. */
export function targetRange(f: FitFigure, measured = f.measured): readonly [number, number] {
  if (f.family === 'transport') {
    const factor = 10 ** f.tolerance;
    return [measured / factor, measured * factor];
  }
  if (f.family === 'capacity') {
    const share = f.tolerance / 100;
    return [measured * (1 - share), measured * (1 + share)];
  }
  return [measured - f.tolerance, measured + f.tolerance];
}

/**
 * When every figure of a panel has the same target, one band along y = x shows it;
 * otherwise (retention ±5 pt beside ICE ±3 pt) each point carries its own whisker.
 */
export function sharedTarget(figures: readonly FitFigure[]): FitFigure | null {
  const first = figures[0];
  if (!first) return null;
  return figures.every((f) => f.tolerance === first.tolerance) ? first : null;
}
