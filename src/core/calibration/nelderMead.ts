/** Options for the simplex minimiser. */
export interface NelderMeadOptions {
  /** Initial simplex edge per coordinate. */
  readonly steps: readonly number[];
  readonly maxIterations?: number;
  /** Stop when the spread of objective values in the simplex falls below this. */
  readonly tolerance?: number;
}

export interface Minimum {
  readonly point: number[];
  readonly value: number;
  readonly iterations: number;
}

/**
 * Derivative-free Nelder–Mead minimisation (standard coefficients 1, 2, ½, ½).
 * Deterministic: same start, same answer, on every machine.
 */
export function nelderMead(
  f: (p: readonly number[]) => number,
  start: readonly number[],
  { steps, maxIterations = 20000, tolerance = 1e-14 }: NelderMeadOptions,
): Minimum {
  const n = start.length;
  let simplex: number[][] = [start.slice()];
  for (let i = 0; i < n; i++) {
    const vertex = start.slice();
    vertex[i] = (vertex[i] ?? 0) + (steps[i] ?? 0.1);
    simplex.push(vertex);
  }
  let values = simplex.map((v) => f(v));
  const at = (k: number) => values[k] ?? Infinity;
  let iteration = 0;
  for (; iteration < maxIterations; iteration++) {
    const order = values.map((_, i) => i).sort((a, b) => at(a) - at(b));
    simplex = order.map((i) => simplex[i] as number[]);
    values = order.map((i) => at(i));
    if (Math.abs(at(n) - at(0)) < tolerance) break;

    const centroid = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) {
      const v = simplex[i] as number[];
      for (let j = 0; j < n; j++) centroid[j] = (centroid[j] ?? 0) + (v[j] ?? 0) / n;
    }
    const worst = simplex[n] as number[];
    const toward = (scale: number) => centroid.map((c, j) => c + scale * (c - (worst[j] ?? 0)));

    const reflected = toward(1);
    const fr = f(reflected);
    if (fr < at(0)) {
      const expanded = toward(2);
      const fe = f(expanded);
      [simplex[n], values[n]] = fe < fr ? [expanded, fe] : [reflected, fr];
    } else if (fr < at(n - 1)) {
      [simplex[n], values[n]] = [reflected, fr];
    } else {
      const contracted = toward(-0.5);
      const fc = f(contracted);
      if (fc < at(n)) {
        [simplex[n], values[n]] = [contracted, fc];
      } else {
        const best = simplex[0] as number[];
        for (let i = 1; i <= n; i++) {
          simplex[i] = (simplex[i] as number[]).map(
            (v, j) => (best[j] ?? 0) + 0.5 * (v - (best[j] ?? 0)),
          );
          values[i] = f(simplex[i] as number[]);
        }
      }
    }
  }
  return { point: simplex[0] as number[], value: at(0), iterations: iteration };
}
