/**
 * Discretisation: layers through the thickness, shells per particle, and time steps per
 * theoretical half-cycle (the cut-off itself is located by root finding, not by steps).
 */
export interface Resolution {
  readonly layers: number;
  readonly shells: number;
  readonly steps: number;
  /** Log-spaced steps of the 16 h constant-voltage hold. */
  readonly holdSteps: number;
}

/**
 * Chosen with `npm run convergence`: doubling the shells moves no Si7Ge capacity up to 3 C by
 * more than 0.3 %; doubling the steps moves them by up to 1.1 % (backward Euler, with D taken
 * mid-step and steps refined where the voltage moves fast), doubling the layers by under 1 % for Si7Ge but several per cent for Si and Ge
 * at 2–3 C.
 */
export const DEFAULT_RESOLUTION: Resolution = { layers: 10, shells: 16, steps: 60, holdSteps: 16 };
