import type { KineticParams } from '../params';
import { KINETIC_PARAMETERS, type KineticParameterSpec } from './kineticParameters';

/** One fitted parameter with its standard uncertainty and whether a bound holds it. */
export interface ParameterUncertainty {
  readonly key: KineticParameterSpec['key'];
  readonly symbol: string;
  readonly unit: string;
  readonly value: number;
  /** One standard deviation from the curvature of the least squares; Infinity if unidentified. */
  readonly sigma: number;
  readonly min: number;
  readonly max: number;
  /** Within 2 % of its range from a bound: the bound, not the data, sets it. */
  readonly atBound: boolean;
}

/** Share of a parameter's range used as the finite-difference step (rides over cut-off roughness). */
const STEP_SHARE = 0.01;
const BOUND_SHARE = 0.02;

/** Within BOUND_SHARE of its range from a bound: the bound, not the data, sets the value. */
export function isAtBound(spec: Pick<KineticParameterSpec, 'min' | 'max'>, value: number): boolean {
  const margin = BOUND_SHARE * (spec.max - spec.min);
  return value - spec.min < margin || spec.max - value < margin;
}

/** Inverse of a symmetric positive semi-definite matrix (Gauss–Jordan, full pivoting on the diagonal); null if singular. */
export function invert(matrix: readonly (readonly number[])[]): number[][] | null {
  const n = matrix.length;
  const a = matrix.map((row, i) => [
    ...row,
    ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)),
  ]);
  const scale = Math.max(...matrix.map((row, i) => Math.abs(row[i] ?? 0)), 1e-300);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[pivot]![c]!)) pivot = r;
    if (Math.abs(a[pivot]![c]!) < 1e-12 * scale) return null;
    [a[c], a[pivot]] = [a[pivot]!, a[c]!];
    const row = a[c]!;
    const p = row[c]!;
    for (let j = 0; j < 2 * n; j++) row[j] = row[j]! / p;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = a[r]![c]!;
      if (f === 0) continue;
      for (let j = 0; j < 2 * n; j++) a[r]![j] = a[r]![j]! - f * row[j]!;
    }
  }
  return a.map((row) => row.slice(n));
}

/**
 * Standard uncertainties of the fitted parameters from the Jacobian of the scores at the
 * optimum (central differences): covariance = s²·(JᵀJ)⁻¹, with s² the residual variance per
 * degree of freedom, at least 1 (a score of 1 is the target tolerance, taken as one standard
 * deviation). The objective is rough, so the step is a per cent of each range: a secant over
 * the roughness, not the local slope of it. `specs` are the parameters that were fitted (all
 * of them for the calibration, a chosen few for a refit); the others stay at `best`'s values.
 */
export function parameterUncertainty(
  best: KineticParams,
  scores: (p: KineticParams) => readonly number[],
  specs: readonly KineticParameterSpec[] = KINETIC_PARAMETERS,
): ParameterUncertainty[] {
  const x = specs.map((spec) => best[spec.key]);
  const base = scores(best);
  const columns = specs.map((spec, i) => {
    const h = STEP_SHARE * (spec.max - spec.min);
    const up = Math.min(spec.max, (x[i] as number) + h);
    const down = Math.max(spec.min, (x[i] as number) - h);
    const fUp = scores({ ...best, [spec.key]: up });
    const fDown = scores({ ...best, [spec.key]: down });
    return base.map((_, r) => ((fUp[r] as number) - (fDown[r] as number)) / (up - down));
  });
  const p = columns.length;
  const normal = columns.map((ci) =>
    columns.map((cj) => ci.reduce((s, v, r) => s + v * (cj[r] as number), 0)),
  );
  const ssr = base.reduce((s, v) => s + v * v, 0);
  const variance = Math.max(1, ssr / Math.max(1, base.length - p));
  const inverse = invert(normal);
  return specs.map((spec, i) => {
    const value = x[i] as number;
    const c = inverse?.[i]?.[i];
    const sigma = c !== undefined && c > 0 ? Math.sqrt(variance * c) : Number.POSITIVE_INFINITY;
    return {
      key: spec.key,
      symbol: spec.symbol,
      unit: spec.unit,
      value,
      sigma,
      min: spec.min,
      max: spec.max,
      atBound: isAtBound(spec, value),
    };
  });
}
