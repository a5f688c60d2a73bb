/**
 * Solves a tridiagonal system in place with the Thomas algorithm:
 * lower[i]·x[i−1] + diag[i]·x[i] + upper[i]·x[i+1] = rhs[i], i = 0…n−1.
 * The solution overwrites `rhs`; `scratch` (length n) avoids allocation in hot loops.
 * Stable for the diagonally dominant systems of this model.
 */
export function solveTridiagonal(
  lower: Float64Array,
  diag: Float64Array,
  upper: Float64Array,
  rhs: Float64Array,
  scratch: Float64Array,
  n = rhs.length,
): void {
  let beta = diag[0] as number;
  rhs[0] = (rhs[0] as number) / beta;
  for (let i = 1; i < n; i++) {
    scratch[i] = (upper[i - 1] as number) / beta;
    beta = (diag[i] as number) - (lower[i] as number) * (scratch[i] as number);
    rhs[i] = ((rhs[i] as number) - (lower[i] as number) * (rhs[i - 1] as number)) / beta;
  }
  for (let i = n - 2; i >= 0; i--) {
    rhs[i] = (rhs[i] as number) - (scratch[i + 1] as number) * (rhs[i + 1] as number);
  }
}
