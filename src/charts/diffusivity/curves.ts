interface Sample {
  readonly D_cm2_per_s: number;
}

const usable = (d: number) => Number.isFinite(d) && d > 0;

/**
 * D at x on a curve sampled at ascending `at`, interpolated in log D as the figure draws
 * it: a marker placed with it sits on the drawn line at any x, not only at grid points.
 */
export function diffusivityAt<T extends Sample>(
  curve: readonly T[],
  at: (p: T) => number,
  x: number,
): number {
  const i = curve.findIndex((p) => at(p) >= x);
  const b = curve[i];
  const a = curve[i - 1];
  if (!b) return Number.NaN;
  if (!a || at(b) === x) return b.D_cm2_per_s;
  if (!usable(a.D_cm2_per_s) || !usable(b.D_cm2_per_s)) return Number.NaN;
  const t = (x - at(a)) / (at(b) - at(a));
  return a.D_cm2_per_s * (b.D_cm2_per_s / a.D_cm2_per_s) ** t;
}

/**
 * The mean of log D over the curve's span (trapezoids), as D: the level the model's
 * D(θ) is set by, and what the composition panel shows for that x.
 */
export function geometricMean<T extends Sample>(curve: readonly T[], at: (p: T) => number): number {
  let area = 0;
  let span = 0;
  for (let i = 1; i < curve.length; i += 1) {
    const a = curve[i - 1] as T;
    const b = curve[i] as T;
    if (!usable(a.D_cm2_per_s) || !usable(b.D_cm2_per_s)) continue;
    const w = at(b) - at(a);
    area += 0.5 * w * (Math.log10(a.D_cm2_per_s) + Math.log10(b.D_cm2_per_s));
    span += w;
  }
  return span > 0 ? 10 ** (area / span) : Number.NaN;
}
