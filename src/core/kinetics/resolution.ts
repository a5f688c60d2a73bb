/**
 * Discretisation: layers through the thickness, shells per particle, the nominal (largest)
 * time steps per theoretical half-cycle — which also set the local error tolerance, as its
 * cube — and the steps of the 16 h hold.
 */
export interface Resolution {
  readonly layers: number;
  readonly shells: number;
  readonly steps: number;
  /** Log-spaced steps of the 16 h constant-voltage hold. */
  readonly holdSteps: number;
}

/**
 * Chosen with `npm run convergence`: doubling shells, steps, layers or hold steps moves no
 * scored figure of the five compositions by more than 0.5 % (0.3 points for shares) — the
 * 2–3 C capacities of pure Si and Ge (not scored themselves; their retention is) move by up
 * to 1.1 % with twice the layers (`test/core/convergence.test.ts`). The hold has 64 steps,
 * not 16: its backward Euler left QA-Li and I-Li 0.3 points short of a converged hold (1024
 * steps) with 16 and 0.04 with 64, and since each hold step solves for its current inside
 * one Newton solve, the 48 more cost about 3 % of a formation.
 */
export const DEFAULT_RESOLUTION: Resolution = { layers: 12, shells: 16, steps: 60, holdSteps: 64 };

/**
 * The grid of a drag's previews, about 2.3 times cheaper than the default (`npm run bench`):
 * at the defaults its rate curve is within 1.6 % of the default grid's (of the 0.05 C
 * capacity) and its 3 C retention within 1 point at x = 0, 0.125 and 0.5
 * (`test/core/draftResolution.test.ts` allows 2 % and 1.2). Its answers are flagged and
 * never settle a figure: the default grid's answer replaces them once the drag rests.
 */
export const DRAFT_RESOLUTION: Resolution = { layers: 8, shells: 12, steps: 40, holdSteps: 32 };
