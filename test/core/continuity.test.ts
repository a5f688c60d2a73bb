import { describe, expect, it } from 'vitest';
import { DEFAULT_CHOICES, DEFAULT_INPUTS, INPUT_SPECS, type InputKey } from '../../src/core/inputs';
import { theoreticalCapacity } from '../../src/core/composition';
import { cellSettingsOf } from '../../src/core/kinetics/api';
import { inventoryOf } from '../../src/core/kinetics/inventory';
import { formElectrode } from '../../src/core/kinetics/formation';
import { rateTest } from '../../src/core/kinetics/protocol';
import { CALIBRATED_PARAMS } from '../../src/core/params';

/** The inputs the half cell depends on, each stepped by 1/1000 of its range (of log10 for log inputs). */
const KEYS: readonly InputKey[] = [
  'xGe',
  'temperatureC',
  'particleRadiusUm',
  'thicknessUm',
  'porosity',
  'electronicScale',
  'ionicScale',
];
const RATES = [0.2, 1, 3] as const;

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const isLog = (key: InputKey) => INPUT_SPECS[key].scale === 'log';
const toUnit = (key: InputKey, v: number) => {
  const s = INPUT_SPECS[key];
  return isLog(key)
    ? Math.log10(v / s.min) / Math.log10(s.max / s.min)
    : (v - s.min) / (s.max - s.min);
};
const fromUnit = (key: InputKey, u: number) => {
  const s = INPUT_SPECS[key];
  return isLog(key) ? s.min * (s.max / s.min) ** u : s.min + u * (s.max - s.min);
};

type Inputs = typeof DEFAULT_INPUTS;

function figures(inputs: Inputs) {
  const formation = formElectrode(cellSettingsOf(inputs, DEFAULT_CHOICES), CALIBRATED_PARAMS);
  const inventory = inventoryOf(formation);
  const rates = RATES.map((c) => rateTest(formation.electrode, c).delithiation.capacity_mAh_per_g);
  return { formation, inventory, rates };
}

describe('every figure is continuous in every input, finite and consistent', () => {
  const next = random(20261206);
  const samples = Array.from({ length: 10 }, () => {
    const inputs: Record<string, number> = { ...DEFAULT_INPUTS };
    for (const key of KEYS) inputs[key] = fromUnit(key, 0.02 + 0.96 * next());
    return inputs as Inputs;
  });

  it.each(samples.map((s, i) => [i, s] as const))('sample %i', (_i, inputs) => {
    const base = figures(inputs);
    const capacities = (f: ReturnType<typeof figures>) => [
      f.formation.lithiation_mAh_per_g,
      f.formation.delithiation_mAh_per_g,
      ...f.rates,
    ];
    const values = capacities(base);
    for (const v of values) expect(Number.isFinite(v) && v >= 0, `capacity ${v}`).toBe(true);
    const inv = base.inventory;
    for (const share of [
      inv.reversible_percent,
      inv.quasiReversible_percent,
      inv.inactive_percent,
    ]) {
      expect(Number.isFinite(share) && share >= 0, `share ${share}`).toBe(true);
    }
    if (!(inv.inserted_mAh_per_g > 0)) expect(inv.inactive_percent).toBe(0);
    // The scale of a capacity: its 0.1 C value (the first lithiation's or delithiation's).
    const scale = Math.max(
      base.formation.lithiation_mAh_per_g,
      base.formation.delithiation_mAh_per_g,
      1,
    );
    // Below this the time stepping's own tolerance speaks (0.1 % of Li₁₅M₄, mAh/g).
    const floor = 1e-3 * theoreticalCapacity(inputs.xGe);
    for (const key of KEYS) {
      const u = toUnit(key, inputs[key]);
      const step = Math.min(1e-3, 1 - u);
      const at = (du: number) => capacities(figures({ ...inputs, [key]: fromUnit(key, u + du) }));
      const after = at(step);
      values.forEach((v, i) => {
        const change = Math.abs((after[i] as number) - v);
        if (change <= Math.max(0.01 * scale, floor)) return;
        // Steeper than 1 % per thousandth of the range: allowed only where the physics is
        // steep (a transport-limited capacity ∝ L⁻²), which a smaller step shows: a jump
        // would stay as large, a steep but continuous curve halves with the step.
        const half = Math.abs((at(step / 2)[i] as number) - v);
        expect(
          half,
          `${key}: figure ${i} ${v} → ${after[i]}, half step ${half}`,
        ).toBeLessThanOrEqual(0.7 * change);
      });
    }
  });
});
