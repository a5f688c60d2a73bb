/** A piecewise-linear curve y(x), its x strictly increasing. */
export interface Curve {
  readonly x: readonly number[];
  readonly y: readonly number[];
}

/**
 * Builds a curve from loose points: non-finite points are dropped and points are sorted by x;
 * where several share one x the last wins, so a vertical step stays a step instead of a NaN
 * slope. Returns null below two usable points.
 */
export function curveOf(points: readonly (readonly [number, number])[]): Curve | null {
  const usable = points
    .filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y))
    .map(([x, y], order) => ({ x, y, order }))
    .sort((a, b) => a.x - b.x || a.order - b.order);
  const x: number[] = [];
  const y: number[] = [];
  for (const p of usable) {
    if (x.length > 0 && x[x.length - 1] === p.x) {
      y[y.length - 1] = p.y;
    } else {
      x.push(p.x);
      y.push(p.y);
    }
  }
  return x.length >= 2 ? { x, y } : null;
}

/** y at x, held at the end values outside the curve's range. */
export function valueAt(curve: Curve, at: number): number {
  const { x, y } = curve;
  const n = x.length;
  const x0 = x[0] ?? 0;
  const xn = x[n - 1] ?? 0;
  if (!(at > x0)) return y[0] ?? 0;
  if (at >= xn) return y[n - 1] ?? 0;
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((x[mid] ?? 0) <= at) lo = mid;
    else hi = mid;
  }
  const xa = x[lo] ?? 0;
  const xb = x[hi] ?? 0;
  const ya = y[lo] ?? 0;
  const yb = y[hi] ?? 0;
  return ya + ((yb - ya) * (at - xa)) / (xb - xa);
}

/** Mean of y over [from, to] (trapezoid rule on the curve's own breakpoints). */
export function meanOver(curve: Curve, from: number, to: number): number {
  if (!(to > from)) return valueAt(curve, from);
  const xs = [from, ...curve.x.filter((v) => v > from && v < to), to];
  let area = 0;
  for (let i = 1; i < xs.length; i++) {
    const a = xs[i - 1] ?? from;
    const b = xs[i] ?? to;
    area += 0.5 * (valueAt(curve, a) + valueAt(curve, b)) * (b - a);
  }
  return area / (to - from);
}
