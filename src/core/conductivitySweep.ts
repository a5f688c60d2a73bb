import { CALIBRATED_SCALES, conductivities, type TransportScales } from './properties';
import { CALIBRATED_PARAMS, type ModelParams } from './params';

export interface ConductivityPoint {
  readonly xGe: number;
  readonly electronic: number;
  readonly ionic: number;
  readonly ambipolar: number;
}

/** A closed x-interval. */
export interface Interval {
  readonly from: number;
  readonly to: number;
}

/** How far apart σe and σi may be (decades) and still count as balanced. */
export const BALANCE_DECADES = 1;

/**
 * Composition grid for curves: fine steps where the study's compositions and the
 * percolation onset lie (0–0.3), coarser beyond.
 */
export function compositionGrid(): number[] {
  const xs: number[] = [];
  for (let i = 0; i <= 120; i++) xs.push(i * 0.0025);
  for (let i = 31; i <= 100; i++) xs.push(i * 0.01);
  return xs;
}

const GRID = compositionGrid();

export function conductivitySweep(
  temperatureK: number,
  scales: TransportScales = CALIBRATED_SCALES,
  params: ModelParams = CALIBRATED_PARAMS,
  grid: readonly number[] = GRID,
): ConductivityPoint[] {
  return grid.map((xGe) => ({ xGe, ...conductivities(xGe, temperatureK, scales, params) }));
}

/** Refines a sign change of f between a and b by bisection. */
function bisect(f: (x: number) => number, a: number, b: number): number {
  let lo = a;
  let hi = b;
  const fLo = f(lo);
  for (let i = 0; i < 40; i++) {
    const mid = 0.5 * (lo + hi);
    if (Math.sign(f(mid)) === Math.sign(fLo)) lo = mid;
    else hi = mid;
  }
  return 0.5 * (lo + hi);
}

/** Compositions where σe and σi lie within BALANCE_DECADES of each other. */
export function balancedIntervals(
  temperatureK: number,
  scales: TransportScales = CALIBRATED_SCALES,
  params: ModelParams = CALIBRATED_PARAMS,
  grid: readonly number[] = GRID,
): Interval[] {
  const f = (x: number) => {
    const s = conductivities(x, temperatureK, scales, params);
    return Math.abs(Math.log10(s.electronic / s.ionic)) - BALANCE_DECADES;
  };
  const out: Interval[] = [];
  let start: number | null = null;
  let prevX = grid[0] ?? 0;
  let prevF = f(prevX);
  if (prevF <= 0) start = prevX;
  for (const x of grid.slice(1)) {
    const fx = f(x);
    if (prevF > 0 && fx <= 0) start = bisect(f, prevX, x);
    if (prevF <= 0 && fx > 0 && start !== null) {
      out.push({ from: start, to: bisect(f, prevX, x) });
      start = null;
    }
    prevX = x;
    prevF = fx;
  }
  if (start !== null) out.push({ from: start, to: prevX });
  return out;
}
