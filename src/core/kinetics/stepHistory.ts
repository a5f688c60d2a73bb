/**
 * Tolerance on the local error of a particle's θ per step (absolute, θ is 0…1), at the
 * default 60 nominal steps; `Resolution.steps` tightens it as the cube (second order).
 */
export const ERROR_ATOL_THETA = 2e-3;

/**
 * The particle states and step lengths behind the current one: what a BDF2 step combines,
 * where D is extrapolated from, and what the local error is measured against. Cleared at
 * every rest (a half-cycle starts from a current step, where the solution has a kink).
 */
export class StepHistory {
  /** θ one, two and three accepted steps back (θ_n, θ_{n−1}, θ_{n−2} once a step is taken). */
  readonly theta1: Float64Array;
  readonly theta2: Float64Array;
  readonly theta3: Float64Array;
  /** Lengths of the last three accepted steps, newest first. */
  dt1 = 0;
  dt2 = 0;
  dt3 = 0;
  /** Accepted steps since the last rest, up to 3. */
  count = 0;
  /** The coefficients of the step being taken (set by `coefficients`). */
  beta = 1;
  readonly weights: [number, number] = [1, 0];

  constructor(size: number) {
    this.theta1 = new Float64Array(size);
    this.theta2 = new Float64Array(size);
    this.theta3 = new Float64Array(size);
  }

  copyFrom(other: StepHistory): void {
    this.theta1.set(other.theta1);
    this.theta2.set(other.theta2);
    this.theta3.set(other.theta3);
    this.dt1 = other.dt1;
    this.dt2 = other.dt2;
    this.dt3 = other.dt3;
    this.count = other.count;
  }

  clear(): void {
    this.dt1 = 0;
    this.dt2 = 0;
    this.dt3 = 0;
    this.count = 0;
  }

  /**
   * Variable-step BDF2 for a step dt after the last one, x_{n+1} − β·dt·f(x_{n+1}) =
   * a1·x_n + a2·x_{n−1}, into `beta` and `weights`. Backward Euler (β = 1, a = [1, 0]) with
   * no step behind.
   */
  coefficients(dt: number, order: 1 | 2): void {
    if (order === 1 || this.count < 1 || !(this.dt1 > 0)) {
      this.beta = 1;
      this.weights[0] = 1;
      this.weights[1] = 0;
      return;
    }
    const w = dt / this.dt1;
    this.beta = (1 + w) / (1 + 2 * w);
    this.weights[0] = (1 + w) ** 2 / (1 + 2 * w);
    this.weights[1] = -(w * w) / (1 + 2 * w);
  }

  /** Records a step of length dt that started from `before`. */
  push(before: Float64Array, dt: number): void {
    this.theta3.set(this.theta2);
    this.theta2.set(this.theta1);
    this.theta1.set(before);
    this.dt3 = this.dt2;
    this.dt2 = this.dt1;
    this.dt1 = dt;
    this.count = Math.min(3, this.count + 1);
  }

  /**
   * Largest local error of the step just pushed, ending at `theta`: the new states against
   * the polynomial through the ones before (quadratic with two steps behind, linear with
   * one), times the constant-step ratio of BDF2's error to that difference (2/7, or 1/2 for
   * the line), over ERROR_ATOL_THETA: ≤ 1 is within tolerance. 0 with no step behind it.
   */
  localError(theta: Float64Array): number {
    if (this.count < 2) return 0;
    const dt = this.dt1;
    const h1 = this.dt2;
    const h2 = this.dt3;
    const quadratic = this.count >= 3 && h2 > 0;
    // Lagrange weights at t_{n+1} = dt, with t_n = 0, t_{n−1} = −h1, t_{n−2} = −h1 − h2.
    const t1 = -h1;
    const t2 = -h1 - h2;
    const l0 = quadratic ? ((dt - t1) * (dt - t2)) / (t1 * t2) : 1 + dt / h1;
    const l1 = quadratic ? (dt * (dt - t2)) / (t1 * (t1 - t2)) : -dt / h1;
    const l2 = quadratic ? (dt * (dt - t1)) / (t2 * (t2 - t1)) : 0;
    let worst = 0;
    for (let i = 0; i < theta.length; i++) {
      const predicted =
        l0 * (this.theta1[i] as number) +
        l1 * (this.theta2[i] as number) +
        l2 * (this.theta3[i] as number);
      const error = Math.abs((theta[i] as number) - predicted);
      if (error > worst) worst = error;
    }
    return ((quadratic ? 2 / 7 : 1 / 2) * worst) / ERROR_ATOL_THETA;
  }
}
