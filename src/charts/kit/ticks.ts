import type { ScaleLinear, ScaleLogarithmic } from 'd3-scale';
import { formatPowerOfTen } from '../../format/number';

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

/**
 * The decades a log axis shows, as integer exponents: every value it can place (positive,
 * finite), widened to whole powers of ten like a printed log plot; `fallback` when none is.
 */
export function decadeSpan(
  values: Iterable<number>,
  fallback: readonly [number, number],
): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (!(Number.isFinite(v) && v > 0)) continue;
    const exponent = Math.log10(v);
    lo = Math.min(lo, exponent);
    hi = Math.max(hi, exponent);
  }
  if (!Number.isFinite(lo)) return [fallback[0], fallback[1]];
  // `+ 0` turns Math.ceil(-0.9) = -0 into 0, which keeps memo keys and tests honest.
  const bottom = Math.floor(lo) + 0;
  return [bottom, Math.max(bottom + 1, Math.ceil(hi) + 0)];
}

/** "10⁻¹²", or "2×10⁻¹²" for a multiple of a power of ten. */
function formatDecadeMultiple(value: number): string {
  const exponent = Math.floor(Math.log10(value) + 1e-9);
  const mantissa = Math.round(value / 10 ** exponent);
  const power = formatPowerOfTen(10 ** exponent);
  return mantissa === 1 ? power : `${mantissa}×${power}`;
}

/**
 * Ticks of a log axis over whole decades: each power of ten labelled, the other
 * 1–9 × 10ⁿ minor. An axis of a single decade would carry two labels only, so there
 * 2 and 5 × 10ⁿ are labelled as well.
 */
export function decadeTicks(scale: ScaleLogarithmic<number, number>): Tick[] {
  const [a, b] = scale.domain() as [number, number];
  const lo = Math.round(Math.log10(Math.min(a, b)));
  const hi = Math.round(Math.log10(Math.max(a, b)));
  const mantissas = hi - lo <= 1 ? [1, 2, 5] : [1];
  const labelled: number[] = [];
  for (let e = lo; e <= hi; e += 1) {
    for (const m of mantissas) if (e < hi || m === 1) labelled.push(m * 10 ** e);
  }
  return logTicks(scale, labelled, formatDecadeMultiple);
}
