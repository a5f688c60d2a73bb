/** Room around the plot for ticks, axis titles and labels, px. */
export interface Margin {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

export interface Proportions {
  /** Height as a share of the width. */
  readonly ratio: number;
  readonly min: number;
  readonly max: number;
}

/** A figure's height for a width, bounded so that neither a phone nor a wide screen distorts it. */
export const heightFor = (width: number, { ratio, min, max }: Proportions): number =>
  Math.round(Math.min(max, Math.max(min, width * ratio)));

/** The plot area inside the margins; never below 10 px, so scales stay invertible. */
export function innerSize(width: number, height: number, margin: Margin) {
  return {
    innerWidth: Math.max(10, width - margin.left - margin.right),
    innerHeight: Math.max(10, height - margin.top - margin.bottom),
  };
}

/** Finite numbers only: what a linear scale can place without writing NaN into a path. */
export const isFiniteNumber = (v: number): boolean => Number.isFinite(v);

/**
 * The top of a capacity axis: at least `floor`, rounded up to a whole `step`, so the
 * axis holds still while results move within it instead of rescaling on every answer.
 */
export function roundedMax(values: readonly number[], floor: number, step: number): number {
  const top = values.reduce((m, v) => (Number.isFinite(v) && v > m ? v : m), floor);
  return Math.ceil(top / step) * step;
}
