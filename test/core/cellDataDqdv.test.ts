import { describe, expect, it } from 'vitest';
import { differentialCapacity, largestPeak, movingAverage } from '../../src/core/cellData';

const V0 = 0.4; // sigmoid centre, V
const WIDTH = 0.03; // sigmoid width, V
const Q_MAX = 2; // mAh

/**
 * A lithiation at constant current: capacity in even steps, the voltage of each from the
 * inverse of Q(V) = Q_MAX / (1 + exp((V − V0) / WIDTH)), whose |dQ/dV| peaks at V0 with
 * height Q_MAX / (4 WIDTH).
 */
function sigmoidLithiation(points: number) {
  const capacity: number[] = [];
  const voltage: number[] = [];
  for (let i = 1; i < points; i++) {
    const q = (Q_MAX * i) / points;
    capacity.push(q);
    voltage.push(V0 + WIDTH * Math.log(Q_MAX / q - 1));
  }
  return { capacity, voltage };
}

describe('dQ/dV', () => {
  it('finds the peak of an analytic curve at the sigmoid centre, within one bin', () => {
    const { capacity, voltage } = sigmoidLithiation(4000);
    const { dQdV } = differentialCapacity(capacity, voltage, { binWidth_mV: 5 });
    const peak = largestPeak(dQdV);
    expect(Math.abs((peak?.x ?? 0) - V0)).toBeLessThanOrEqual(0.005);
    // Capacity falls as the voltage rises: the derivative is negative, |peak| ≈ Q/(4w).
    expect(peak?.value).toBeLessThan(0);
    expect(Math.abs(peak?.value ?? 0)).toBeCloseTo(Q_MAX / (4 * WIDTH), -1);
  });

  it('gives dV/dQ against capacity, smallest where dQ/dV is largest', () => {
    const { capacity, voltage } = sigmoidLithiation(4000);
    const { dVdQ } = differentialCapacity(capacity, voltage);
    expect(dVdQ.x).toEqual([...dVdQ.x].sort((a, b) => a - b));
    let flattest = 0;
    dVdQ.value.forEach((v, i) => {
      if (Math.abs(v) < Math.abs(dVdQ.value[flattest] ?? Infinity)) flattest = i;
    });
    expect(dVdQ.x[flattest]).toBeCloseTo(Q_MAX / 2, 1);
    expect(Math.abs(dVdQ.value[flattest] ?? 0)).toBeCloseTo((4 * WIDTH) / Q_MAX, 2);
  });

  it('returns finite values only: repeated voltages, NaN and a flat curve are skipped', () => {
    const capacity = [0, 0.1, 0.2, Number.NaN, 0.3, 0.4, 0.5];
    const voltage = [0.5, 0.5, 0.5, 0.4, 0.3, 0.3, 0.2];
    const { dQdV, dVdQ } = differentialCapacity(capacity, voltage, { binWidth_mV: 10 });
    expect(dQdV.x).toHaveLength(2);
    for (const v of [...dQdV.value, ...dQdV.x, ...dVdQ.value, ...dVdQ.x]) {
      expect(Number.isFinite(v)).toBe(true);
    }
    const flat = differentialCapacity([0, 1, 2], [0.3, 0.3, 0.3]);
    expect(flat.dQdV.value).toEqual([]);
    expect(largestPeak(flat.dQdV)).toBeUndefined();
  });

  it('smooths with a centred moving average whose window shrinks at the ends', () => {
    expect(movingAverage([0, 0, 3, 0, 0], 3)).toEqual([0, 1, 1, 1, 0]);
    expect(movingAverage([1, 5, 3], 1)).toEqual([1, 5, 3]);
    const { capacity, voltage } = sigmoidLithiation(400);
    const raw = differentialCapacity(capacity, voltage, { binWidth_mV: 2 });
    const smooth = differentialCapacity(capacity, voltage, { binWidth_mV: 2, smoothWindow: 5 });
    expect(smooth.dQdV.x).toEqual(raw.dQdV.x);
    const roughness = (v: number[]) =>
      v.slice(1).reduce((s, x, i) => s + Math.abs(x - (v[i] ?? 0)), 0);
    expect(roughness(smooth.dQdV.value)).toBeLessThan(roughness(raw.dQdV.value));
  });
});
