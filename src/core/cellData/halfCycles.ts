/**
 * Cuts a trace into half-cycles: runs of rows with one direction, rest rows skipped (a
 * lithiation paused by a rest is still one lithiation). Capacity restarts at 0 in each.
 */
import { isCounterReset, type Trace } from './trace';
import type { CellSeries, HalfCycleKind, SeriesColumn } from './types';

interface Run {
  readonly direction: number;
  readonly capacity: number[];
  readonly voltage: number[];
  /** Counter bookkeeping: capacity = offset + |raw| − base, across step restarts. */
  offset: number;
  base: number;
  previous: number;
  currentSum: number;
  currentCount: number;
}

export interface HalfCycles {
  readonly series: CellSeries[];
  /** Mean |current| of each series in mA, where the file has a current column. */
  readonly meanCurrent_mA: readonly (number | undefined)[];
  readonly cycles: number;
  /** Runs of a single point (a blip at a step change), left out. */
  readonly dropped: number;
}

function startRun(direction: number, raw: number): Run {
  const a = Math.abs(raw);
  return {
    direction,
    capacity: [],
    voltage: [],
    offset: 0,
    base: a,
    previous: a,
    currentSum: 0,
    currentCount: 0,
  };
}

function counterCapacity(run: Run, raw: number): number {
  const a = Math.abs(raw);
  if (isCounterReset(run.previous, a)) {
    // The maker's counter restarted (a new step): keep counting from where it was.
    run.offset += run.previous - run.base;
    run.base = 0;
  }
  run.previous = a;
  return run.offset + a - run.base;
}

function collectRuns(trace: Trace): Run[] {
  const runs: Run[] = [];
  let run: Run | undefined;
  let first = 0;
  for (let i = 0; i < trace.n; i++) {
    const d = trace.direction[i] ?? 0;
    if (d === 0) continue;
    const source = d < 0 ? trace.lithiationCapacity_mAh : trace.delithiationCapacity_mAh;
    const raw = source[i] ?? 0;
    if (run === undefined || run.direction !== d) {
      run = startRun(d, raw);
      runs.push(run);
      first = raw;
    }
    run.capacity.push(
      trace.capacityKind === 'counter' ? counterCapacity(run, raw) : Math.abs(raw - first),
    );
    run.voltage.push(trace.voltage_V[i] ?? 0);
    if (trace.current_mA) {
      run.currentSum += Math.abs(trace.current_mA[i] ?? 0);
      run.currentCount += 1;
    }
  }
  return runs;
}

/**
 * Cycle n is the n-th lithiation with the delithiation after it. A file that opens with
 * a delithiation gets a cycle of its own for it rather than a cycle 0.
 */
function numberCycles(runs: readonly Run[]): number[] {
  let cycle = 0;
  let lithiated = false;
  let delithiated = false;
  return runs.map((run) => {
    const lithiation = run.direction < 0;
    if (cycle === 0 || delithiated || (lithiation && lithiated)) {
      cycle += 1;
      lithiated = false;
      delithiated = false;
    }
    if (lithiation) lithiated = true;
    else delithiated = true;
    return cycle;
  });
}

export function perGram(capacity_mAh: readonly number[], activeMass_mg: number): number[] {
  return capacity_mAh.map((q) => (q * 1000) / activeMass_mg);
}

export function seriesColumns(withPerGram: boolean): SeriesColumn[] {
  return withPerGram
    ? ['capacity_mAh', 'voltage_V', 'capacity_mAh_per_g']
    : ['capacity_mAh', 'voltage_V'];
}

export function splitHalfCycles(trace: Trace, activeMass_mg?: number): HalfCycles {
  const all = collectRuns(trace);
  const runs = all.filter((r) => r.capacity.length >= 2);
  const cycles = numberCycles(runs);
  const withPerGram = activeMass_mg !== undefined;
  const series = runs.map((run, k): CellSeries => {
    const kind: HalfCycleKind = run.direction < 0 ? 'lithiation' : 'delithiation';
    const base = {
      kind,
      cycle: cycles[k] ?? 0,
      n: run.capacity.length,
      columns: seriesColumns(withPerGram),
      capacity_mAh: run.capacity,
      voltage_V: run.voltage,
    };
    return withPerGram
      ? { ...base, capacity_mAh_per_g: perGram(run.capacity, activeMass_mg) }
      : base;
  });
  return {
    series,
    meanCurrent_mA: runs.map((r) =>
      r.currentCount > 0 ? r.currentSum / r.currentCount : undefined,
    ),
    cycles: cycles.at(-1) ?? 0,
    dropped: all.length - runs.length,
  };
}
