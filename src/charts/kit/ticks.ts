import type { ScaleLinear, ScaleLogarithmic } from 'd3';

/** One tick; an empty label makes it a minor tick. */
export interface Tick {
  readonly value: number;
  readonly label: string;
}

/** d3's nice ticks and labels for a linear scale. */
export function linearTicks(scale: ScaleLinear<number, number>, count: number): Tick[] {
  const label = scale.tickFormat(count);
  return scale.ticks(count).map((value) => ({ value, label: label(value) }));
}

/**
 * Log ticks labelled only where asked (e.g. 0.05, 0.1, 0.2, 0.5, 1 …), the other
 * 1–9 × 10ⁿ ticks drawn as minor ticks, as on printed log paper.
 */
export function logTicks(
  scale: ScaleLogarithmic<number, number>,
  labelled: readonly number[],
  format: (value: number) => string,
): Tick[] {
  const isLabelled = (v: number) => labelled.some((l) => Math.abs(l - v) < 1e-9 * l);
  const minor = scale.ticks().filter((v) => !isLabelled(v));
  return [
    ...minor.map((value) => ({ value, label: '' })),
    ...labelled.map((value) => ({ value, label: format(value) })),
  ];
}
