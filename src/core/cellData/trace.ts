/**
 * The common middle of every cycler format: one row per record, in the importer's units,
 * with each row's direction decided. Formats differ only in how they fill it.
 */

export interface Trace {
  readonly n: number;
  readonly voltage_V: Float64Array;
  /** -1 lithiation, +1 delithiation, 0 rest (left out of every series). */
  readonly direction: Float64Array;
  /** Makers with separate charge and discharge counters give two arrays; others one, twice. */
  readonly lithiationCapacity_mAh: Float64Array;
  readonly delithiationCapacity_mAh: Float64Array;
  /**
   * 'counter': |value| grows through a step and restarts at 0 per step or cycle
   * (Arbin, Neware, Maccor, EC-Lab "Q charge/discharge"). 'cumulative': a signed running
   * total that never restarts (EC-Lab "(Q-Qo)").
   */
  readonly capacityKind: 'counter' | 'cumulative';
  readonly current_mA?: Float64Array;
}

/**
 * Rows' direction from a state column (ox/red, step type, MD) and/or the current's sign:
 * in an anode half cell, reduction (negative current, "discharge") is lithiation. A zero
 * current is rest, whatever the state column still says.
 */
export function directionOf(
  n: number,
  state: Float64Array | undefined,
  current: Float64Array | undefined,
): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const I = current ? (current[i] ?? 0) : Number.NaN;
    if (I === 0) continue;
    if (state) out[i] = state[i] ?? 0;
    else if (current) out[i] = Math.sign(I);
  }
  return out;
}

/** Signed totals move both ways; a counter is never negative. */
export function capacityKindOf(capacity: Float64Array): 'counter' | 'cumulative' {
  let negative = false;
  let positive = false;
  for (const v of capacity) {
    if (v < 0) negative = true;
    else if (v > 0) positive = true;
    if (negative && positive) return 'cumulative';
  }
  return 'counter';
}

/** A counter restarts at a step or cycle boundary: it falls to well under half its value. */
export function isCounterReset(previous: number, value: number): boolean {
  return Math.abs(value) < 0.5 * Math.abs(previous);
}

/**
 * Directions for a table that has neither current nor state column. A signed total falls
 * during lithiation; a counter restarts each half-cycle, and the voltage falls while
 * lithiating. A change of the cycle column also ends a half-cycle.
 */
export function directionFromTrend(
  voltage: Float64Array,
  capacity: Float64Array,
  cycle: Float64Array | undefined,
): Float64Array {
  const n = voltage.length;
  const out = new Float64Array(n);
  if (capacityKindOf(capacity) === 'cumulative') {
    let last = 0;
    for (let i = 1; i < n; i++) {
      const step = (capacity[i] ?? 0) - (capacity[i - 1] ?? 0);
      if (step !== 0) last = Math.sign(step);
      out[i] = last;
    }
    if (n > 1) out[0] = out[1] ?? 0;
    return out;
  }
  let start = 0;
  for (let i = 1; i <= n; i++) {
    const ends =
      i === n ||
      isCounterReset(capacity[i - 1] ?? 0, capacity[i] ?? 0) ||
      (cycle !== undefined && cycle[i] !== cycle[i - 1]);
    if (!ends) continue;
    const falling = (voltage[i - 1] ?? 0) < (voltage[start] ?? 0);
    out.fill(falling ? -1 : 1, start, i);
    start = i;
  }
  return out;
}
