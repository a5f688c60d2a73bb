/**
 * Differential capacity of one half-cycle. Raw points are too dense and noisy to
 * differentiate point by point, so they are first averaged in voltage bins; the slopes
 * between neighbouring bins are the derivative. Only finite values are returned.
 */

export interface DifferentialOptions {
  /** Voltage bin width; 5 mV resolves alloying plateaus without amplifying noise. */
  readonly binWidth_mV?: number;
  /** Centred moving average over this many derivative points; 1 means none. */
  readonly smoothWindow?: number;
}

export interface DifferentialCurve {
  /** The abscissa: voltage (V) for dQ/dV, capacity (its unit) for dV/dQ. */
  readonly x: number[];
  readonly value: number[];
}

export interface DifferentialCurves {
  /** Capacity unit per volt, against voltage. */
  readonly dQdV: DifferentialCurve;
  /** Volts per capacity unit, against capacity. */
  readonly dVdQ: DifferentialCurve;
}

interface Bin {
  sumV: number;
  sumQ: number;
  count: number;
}

function binMeans(
  capacity: readonly number[],
  voltage: readonly number[],
  width_V: number,
): { v: number[]; q: number[] } {
  const bins = new Map<number, Bin>();
  const n = Math.min(capacity.length, voltage.length);
  for (let i = 0; i < n; i++) {
    const q = capacity[i] ?? Number.NaN;
    const v = voltage[i] ?? Number.NaN;
    if (!Number.isFinite(q) || !Number.isFinite(v)) continue;
    const key = Math.floor(v / width_V);
    const bin = bins.get(key);
    if (bin) {
      bin.sumV += v;
      bin.sumQ += q;
      bin.count += 1;
    } else bins.set(key, { sumV: v, sumQ: q, count: 1 });
  }
  const keys = [...bins.keys()].sort((a, b) => a - b);
  const v: number[] = [];
  const q: number[] = [];
  for (const key of keys) {
    const bin = bins.get(key) as Bin;
    v.push(bin.sumV / bin.count);
    q.push(bin.sumQ / bin.count);
  }
  return { v, q };
}

/** Slopes between neighbouring points, at their midpoints; a zero step is skipped. */
function slopes(x: readonly number[], y: readonly number[]): DifferentialCurve {
  const out: DifferentialCurve = { x: [], value: [] };
  for (let i = 1; i < x.length; i++) {
    const dx = (x[i] ?? 0) - (x[i - 1] ?? 0);
    const dy = (y[i] ?? 0) - (y[i - 1] ?? 0);
    const value = dy / dx;
    if (dx === 0 || !Number.isFinite(value)) continue;
    out.x.push(((x[i] ?? 0) + (x[i - 1] ?? 0)) / 2);
    out.value.push(value);
  }
  return out;
}

/** Centred moving average; near the ends the window shrinks rather than padding. */
export function movingAverage(values: readonly number[], window: number): number[] {
  const half = Math.floor(Math.max(1, Math.round(window)) / 2);
  if (half === 0) return [...values];
  return values.map((_, i) => {
    const from = Math.max(0, i - half);
    const to = Math.min(values.length, i + half + 1);
    let sum = 0;
    for (let k = from; k < to; k++) sum += values[k] ?? 0;
    return sum / (to - from);
  });
}

function sortedByX(curve: DifferentialCurve): DifferentialCurve {
  const order = curve.x.map((_, i) => i).sort((a, b) => (curve.x[a] ?? 0) - (curve.x[b] ?? 0));
  return { x: order.map((i) => curve.x[i] ?? 0), value: order.map((i) => curve.value[i] ?? 0) };
}

export function differentialCapacity(
  capacity: readonly number[],
  voltage: readonly number[],
  options: DifferentialOptions = {},
): DifferentialCurves {
  const width_mV = options.binWidth_mV ?? 5;
  const window = options.smoothWindow ?? 1;
  if (!(width_mV > 0) || !Number.isFinite(width_mV)) {
    return { dQdV: { x: [], value: [] }, dVdQ: { x: [], value: [] } };
  }
  const { v, q } = binMeans(capacity, voltage, width_mV / 1000);
  const dQdV = slopes(v, q);
  // Bins follow voltage; along capacity the same points may run backwards (lithiation).
  const dVdQ = sortedByX(slopes(q, v));
  return {
    dQdV: { x: dQdV.x, value: movingAverage(dQdV.value, window) },
    dVdQ: { x: dVdQ.x, value: movingAverage(dVdQ.value, window) },
  };
}

export interface Peak {
  readonly x: number;
  readonly value: number;
}

/** The point of largest |value|: the main plateau's voltage on a dQ/dV curve. */
export function largestPeak(curve: DifferentialCurve): Peak | undefined {
  let best: Peak | undefined;
  curve.value.forEach((value, i) => {
    if (best === undefined || Math.abs(value) > Math.abs(best.value)) {
      best = { x: curve.x[i] ?? 0, value };
    }
  });
  return best;
}
