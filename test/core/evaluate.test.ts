import { describe, expect, it } from 'vitest';
import { compute } from '../../src/core/api';
import { balancedIntervals, compositionGrid } from '../../src/core/conductivitySweep';
import { REFERENCE_TEMPERATURE_K } from '../../src/core/constants';
import {
  DEFAULT_INPUTS,
  INPUT_KEYS,
  INPUT_SPECS,
  checkInput,
  clampInput,
  type ModelInputs,
} from '../../src/core/inputs';
import { evaluateProperties } from '../../src/core/properties';

/** Deterministic pseudo-random numbers so the sweep is reproducible. */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => (s = (1664525 * s + 1013904223) >>> 0) / 2 ** 32;
}

function randomInputs(rand: () => number): ModelInputs {
  const entries = INPUT_KEYS.map((k) => {
    const { min, max } = INPUT_SPECS[k];
    const r = rand();
    // Hit the edges of each range often: they are where models break.
    const value = r < 0.1 ? min : r > 0.9 ? max : min + (max - min) * rand();
    return [k, value];
  });
  return Object.fromEntries(entries) as ModelInputs;
}

describe('evaluateProperties', () => {
  it('returns finite, positive figures anywhere in the input space', () => {
    const rand = lcg(42);
    for (let i = 0; i < 2000; i++) {
      const inputs = randomInputs(rand);
      for (const [key, value] of Object.entries(evaluateProperties(inputs))) {
        expect(Number.isFinite(value), `${key} at ${JSON.stringify(inputs)}`).toBe(true);
        if (key !== 'xGe' && key !== 'geWeightFraction') expect(value, key).toBeGreaterThan(0);
      }
    }
  });

  it('orders the layer time constants: ambipolar is slower than either carrier alone', () => {
    const p = evaluateProperties(DEFAULT_INPUTS);
    expect(p.tauAmbipolar_s).toBeGreaterThan(p.tauElectronic_s);
    expect(p.tauAmbipolar_s).toBeGreaterThan(p.tauIonic_s);
    expect(1 / p.tauAmbipolar_s).toBeCloseTo(1 / (p.tauElectronic_s + p.tauIonic_s), 12);
  });

  it('scales the particle time with r² and the layer times with L²', () => {
    const base = evaluateProperties(DEFAULT_INPUTS);
    const doubled = evaluateProperties({
      ...DEFAULT_INPUTS,
      particleRadiusUm: 2 * DEFAULT_INPUTS.particleRadiusUm,
      thicknessUm: 2 * DEFAULT_INPUTS.thicknessUm,
    });
    expect(doubled.tauParticle_s / base.tauParticle_s).toBeCloseTo(4, 9);
    expect(doubled.tauIonic_s / base.tauIonic_s).toBeCloseTo(4, 9);
  });
});

describe('balanced region', () => {
  it('contains Si7Ge but neither Si nor Ge at room temperature', () => {
    const intervals = balancedIntervals(REFERENCE_TEMPERATURE_K);
    const inside = (x: number) => intervals.some((r) => r.from <= x && x <= r.to);
    expect(inside(0.125)).toBe(true);
    expect(inside(0)).toBe(false);
    expect(inside(1)).toBe(false);
  });

  it('has edges where σe and σi are exactly one decade apart', () => {
    const r = compute(DEFAULT_INPUTS);
    for (const edge of r.balanced.flatMap((i) => [i.from, i.to])) {
      const p = evaluateProperties({ ...DEFAULT_INPUTS, xGe: edge });
      expect(Math.abs(Math.log10(p.electronicToIonicRatio))).toBeCloseTo(1, 6);
    }
  });
});

describe('compute', () => {
  it('sweeps the whole composition range, finely below x = 0.3', () => {
    const grid = compositionGrid();
    expect(grid[0]).toBe(0);
    expect(grid.at(-1)).toBe(1);
    expect(grid.filter((x) => x <= 0.3).length).toBeGreaterThan(100);
    const r = compute(DEFAULT_INPUTS);
    expect(r.conductivity).toHaveLength(grid.length);
  });
});

describe('inputs', () => {
  it('accepts in-range numbers and explains the rest', () => {
    expect(checkInput('xGe', '0.25')).toEqual({ ok: true, value: 0.25 });
    const bad = checkInput('xGe', 'banana');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toMatch(/not a number/);
    const out = checkInput('thicknessUm', '9999');
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.message).toMatch(/outside 2–200 µm/);
    expect(checkInput('xGe', '').ok).toBe(false);
    expect(checkInput('xGe', 'Infinity').ok).toBe(false);
  });

  it('clamps into range and replaces non-finite values by the default', () => {
    expect(clampInput('xGe', 2)).toBe(1);
    expect(clampInput('xGe', -1)).toBe(0);
    expect(clampInput('temperatureC', Number.NaN)).toBe(25);
  });
});
