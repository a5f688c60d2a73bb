import { describe, expect, it } from 'vitest';
import {
  CATHODES,
  CATHODE_IDS,
  DEFAULT_STACK,
  FULL_CELL_RATES,
  STACK_DEFAULTS,
  capacityFraction,
  evaluateFullCell,
  rateRetention,
  type AnodeHalfCell,
  type FullCellResult,
  type FullCellSettings,
} from '../../src/core/fullCell';

/** An anode with round numbers: 1000 mAh/g reversible on 1 mg/cm², flat potentials. */
function anode(over: Partial<AnodeHalfCell> = {}): AnodeHalfCell {
  return {
    lithiation_mAh_per_g: 1000,
    delithiation_mAh_per_g: 1000,
    rateCurve: [],
    averageDelithiationPotential_V: 0.4,
    averageLithiationPotential_V: 0.2,
    loading_g_per_cm2: 1e-3,
    ...over,
  };
}

/** A cathode without first-cycle loss, flat at 4 V and effectively without rate loss. */
const IDEAL_CATHODE: FullCellSettings['cathodeOverrides'] = {
  reversibleCapacity_mAh_per_g: 200,
  firstCycleEfficiency_percent: 100,
  averageDischargeVoltage_V: 4,
  chargeOverpotential_V: 0,
  characteristicRate_C: 1000,
  ocvShape: [
    { soc: 0, potential_V: 4 },
    { soc: 1, potential_V: 4 },
  ],
};

const ideal = (npRatio: number, over: Partial<FullCellSettings> = {}): FullCellSettings => ({
  cathode: 'ncm',
  npRatio,
  cathodeOverrides: IDEAL_CATHODE,
  ...over,
});

/** Every number anywhere in the result, with its path. */
function numbersIn(value: unknown, path = 'result'): [string, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => numbersIn(v, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => numbersIn(v, `${path}.${k}`));
  }
  return [];
}

function expectFiniteNonNegative(result: FullCellResult) {
  const bad = numbersIn(result).filter(([, v]) => !Number.isFinite(v) || v < 0);
  expect(bad).toEqual([]);
}

/** Deterministic pseudo-random numbers so the sweep is reproducible. */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => (s = (1664525 * s + 1013904223) >>> 0) / 2 ** 32;
}

describe('full cell: first cycle', () => {
  it('is 100 % efficient with a lossless anode and cathode, discharge equal to charge', () => {
    for (const np of [1, 1.2, 2, 3]) {
      const r = evaluateFullCell(anode(), ideal(np));
      expect(r.ice_percent).toBeCloseTo(100, 10);
      expect(r.dischargeCapacity_mAh_per_g_cathode).toBeCloseTo(
        r.chargeCapacity_mAh_per_g_cathode,
        10,
      );
      expect(r.chargeCapacity_mAh_per_g_cathode).toBeCloseTo(200, 10);
      expect(r.platingRisk).toBe(false);
      // N/P fixes the cathode loading: 1 mAh/cm² of anode over N/P, at 200 mAh/g.
      expect(r.cathodeLoading_g_per_cm2).toBeCloseTo(1 / np / 200, 12);
      expect(r.arealCapacity_mAh_per_cm2).toBeCloseTo(1 / np, 10);
    }
  });

  it('loses exactly the anode’s first-cycle loss when the cathode loses none', () => {
    const ice = (anodeIce: number) =>
      evaluateFullCell(anode({ lithiation_mAh_per_g: 1000 / anodeIce }), ideal(1.5)).ice_percent;
    expect(ice(0.8)).toBeCloseTo(80, 10);
    // Ten more points of anode loss cost the full cell ten points, not more, not less.
    expect(ice(0.8) - ice(0.7)).toBeCloseTo(10, 10);
  });

  it('is limited by the lossier electrode when the loss scales with the Li inserted', () => {
    const run = (anodeIce: number, cathodeIce: number) =>
      evaluateFullCell(anode({ lithiation_mAh_per_g: 1000 / anodeIce }), {
        ...ideal(2),
        cathodeOverrides: { ...IDEAL_CATHODE, firstCycleEfficiency_percent: cathodeIce * 100 },
      });
    const anodeWorse = run(0.8, 0.9);
    expect(anodeWorse.ice_percent).toBeCloseTo(80, 10);
    expect(anodeWorse.dischargeLimitedBy).toBe('anode');
    const cathodeWorse = run(0.95, 0.9);
    expect(cathodeWorse.ice_percent).toBeCloseTo(90, 10);
    expect(cathodeWorse.dischargeLimitedBy).toBe('cathode');
    // The Li the cathode cannot take back stays in the anode; the balance closes.
    const l = cathodeWorse.firstCycleLoss;
    const charge =
      cathodeWorse.chargeCapacity_mAh_per_g_cathode * cathodeWorse.cathodeLoading_g_per_cm2;
    expect(l.anode_mAh_per_cm2 + l.plated_mAh_per_cm2 + l.leftInAnode_mAh_per_cm2).toBeCloseTo(
      charge - cathodeWorse.arealCapacity_mAh_per_cm2,
      12,
    );
    expect(l.leftInAnode_mAh_per_cm2).toBeGreaterThan(0);
  });

  it('charges a fixed loss against a smaller first charge at higher N/P', () => {
    // Fixed loss 250 mAh/g × 1 mg/cm²; first charge 1/N/P mAh/cm²: ICE = 1 − 0.25·N/P.
    const ice = (np: number) =>
      evaluateFullCell(anode({ lithiation_mAh_per_g: 1250, fixedLossShare: 1 }), ideal(np))
        .ice_percent;
    expect(ice(1.5)).toBeCloseTo(100 * (1 - 0.25 * 1.5), 10);
    expect(ice(3)).toBeCloseTo(100 * (1 - 0.25 * 3), 10);
    expect(ice(3)).toBeLessThan(ice(1.5));
  });
});

describe('full cell: plating', () => {
  it('flags plating below N/P 1 when neither electrode loses Li, and not at 1', () => {
    const low = evaluateFullCell(anode(), ideal(0.9));
    expect(low.platingRisk).toBe(true);
    expect(low.issues.map((i) => i.code)).toContain('plating');
    // The cathode brings 1/0.9 mAh/cm², the anode takes 1.
    expect(low.firstCycleLoss.plated_mAh_per_cm2).toBeCloseTo(1 / 0.9 - 1, 10);
    expect(evaluateFullCell(anode(), ideal(1)).platingRisk).toBe(false);
  });

  it('sets the plating threshold at N/P = anode ICE / cathode ICE', () => {
    // Anode 89.4 %, NCM 85 % by default: the first charge overfills the anode below N/P ≈ 1.052.
    const a = anode({ lithiation_mAh_per_g: 1000 / 0.894 });
    const threshold = 0.894 / 0.85;
    expect(evaluateFullCell(a, { cathode: 'ncm', npRatio: 1 }).platingRisk).toBe(true);
    expect(evaluateFullCell(a, { cathode: 'ncm', npRatio: threshold * 0.999 }).platingRisk).toBe(
      true,
    );
    expect(evaluateFullCell(a, { cathode: 'ncm', npRatio: threshold * 1.001 }).platingRisk).toBe(
      false,
    );
  });

  it('holds the anode at 0 V while Li plates, so the cell follows the cathode', () => {
    const r = evaluateFullCell(anode(), ideal(0.5));
    const last = r.voltageCurve.charge[r.voltageCurve.charge.length - 1];
    expect(last?.voltage_V).toBeCloseTo(4, 10);
    const first = r.voltageCurve.charge[0];
    expect(first?.voltage_V).toBeCloseTo(4 - 0.2, 10);
  });
});

describe('full cell: stack energy', () => {
  it('equals a hand calculation for a flat 3.6 V cell', () => {
    const r = evaluateFullCell(anode(), ideal(1));
    // 1 mAh/cm² at 4.0 − 0.4 V over anode 1 mg + separator 30 µm·1.87·0.9 + composite 5 mg/0.7.
    const mass = 1e-3 + 30e-4 * 1.87 * 0.9 + 5e-3 / 0.7;
    expect(r.averageVoltage_V).toBeCloseTo(3.6, 10);
    expect(r.stack.total_g_per_cm2).toBeCloseTo(mass, 12);
    expect(r.specificEnergy_Wh_per_kg).toBeCloseTo((1 * 3.6) / mass, 8);
    // The stack defaults are the ones this hand calculation assumed.
    expect(DEFAULT_STACK.separatorThickness_um).toBe(30);
    expect(DEFAULT_STACK.cathodeActiveMassFraction).toBe(0.7);
  });

  it('loses energy to a thicker separator, and counts only the three layers', () => {
    const thin = evaluateFullCell(anode(), ideal(1));
    const thick = evaluateFullCell(anode(), ideal(1, { stack: { separatorThickness_um: 300 } }));
    expect(thick.specificEnergy_Wh_per_kg).toBeLessThan(thin.specificEnergy_Wh_per_kg / 2);
    const s = thick.stack;
    expect(s.total_g_per_cm2).toBeCloseTo(
      s.anodeLayer_g_per_cm2 + s.separator_g_per_cm2 + s.cathodeComposite_g_per_cm2,
      14,
    );
  });

  it('keeps the average voltage of the default cathode shapes at their stated value', () => {
    for (const id of CATHODE_IDS) {
      const r = evaluateFullCell(anode(), {
        cathode: id,
        npRatio: 2,
        cathodeOverrides: { firstCycleEfficiency_percent: 100 },
      });
      // A full discharge of the cathode against a flat anode: the mean is the stated average.
      expect(r.averageVoltage_V).toBeCloseTo(CATHODES[id].averageDischargeVoltage_V.value - 0.4, 2);
    }
  });
});

describe('full cell: rate curve', () => {
  const fallingAnode = anode({
    rateCurve: [
      { cRate: 0.1, capacity_mAh_per_g: 1000 },
      { cRate: 0.5, capacity_mAh_per_g: 900 },
      { cRate: 1, capacity_mAh_per_g: 700 },
      { cRate: 2, capacity_mAh_per_g: 500 },
      { cRate: 5, capacity_mAh_per_g: 200 },
    ],
  });

  it('never exceeds the 0.1 C capacity and falls when both electrodes fall', () => {
    for (const id of CATHODE_IDS) {
      for (const np of [0.5, 1, 1.3, 3]) {
        const r = evaluateFullCell(fallingAnode, { cathode: id, npRatio: np });
        expect(r.rateCurve.map((p) => p.cRate)).toEqual(FULL_CELL_RATES);
        let previous = r.dischargeCapacity_mAh_per_g_cathode;
        for (const p of r.rateCurve) {
          expect(p.capacity_mAh_per_g_cathode).toBeLessThanOrEqual(previous + 1e-12);
          previous = p.capacity_mAh_per_g_cathode;
        }
      }
    }
  });

  it('drives the anode at its own C-rate: twice the N/P, half the anode rate', () => {
    // Cathode without rate loss; at N/P 2, a 1 C cell current is 0.5 C for the anode (900/1000).
    const r = evaluateFullCell(fallingAnode, ideal(2));
    const at1C = r.rateCurve.find((p) => p.cRate === 1);
    expect(at1C?.capacity_mAh_per_g_cathode).toBeCloseTo(
      0.9 * r.dischargeCapacity_mAh_per_g_cathode,
      10,
    );
    expect(at1C?.limitedBy).toBe('anode');
  });

  it('lets the cathode set the curve when the anode gives no rate curve', () => {
    const r = evaluateFullCell(anode(), { cathode: 'lco', npRatio: 1.2 });
    expect(r.issues.map((i) => i.code)).toContain('noAnodeRateCurve');
    const law = { characteristicRate_C: 10, exponent: 1 };
    for (const p of r.rateCurve) {
      expect(p.limitedBy).toBe('cathode');
      expect(p.capacity_mAh_per_g_cathode).toBeCloseTo(
        r.dischargeCapacity_mAh_per_g_cathode * rateRetention(p.cRate, law),
        10,
      );
    }
  });

  it('uses a rate law that has fallen to 1/e at its characteristic rate (Tian et al. 2019)', () => {
    for (const exponent of [0.5, 1, 1.5]) {
      expect(capacityFraction(3, { characteristicRate_C: 3, exponent })).toBeCloseTo(
        1 / Math.E,
        12,
      );
    }
    const law = { characteristicRate_C: 8, exponent: 1 };
    expect(rateRetention(0.1, law)).toBe(1);
    expect(rateRetention(0.05, law)).toBe(1);
    expect(rateRetention(2, law)).toBeLessThan(rateRetention(1, law));
    expect(rateRetention(1e9, law)).toBeGreaterThanOrEqual(0);
  });
});

describe('full cell: voltage curves', () => {
  it('runs from zero to the first charge and first discharge, cathode minus anode', () => {
    const profiled = anode({
      lithiationProfile: [
        { capacity_mAh_per_g: 0, potential_V: 0.5 },
        { capacity_mAh_per_g: 1000, potential_V: 0.05 },
      ],
      delithiationProfile: [
        { capacity_mAh_per_g: 0, potential_V: 0.2 },
        { capacity_mAh_per_g: 1000, potential_V: 0.6 },
      ],
    });
    const r = evaluateFullCell(profiled, ideal(1));
    const { charge, discharge } = r.voltageCurve;
    expect(charge[0]?.capacity_mAh_per_g_cathode).toBe(0);
    expect(charge[charge.length - 1]?.capacity_mAh_per_g_cathode).toBeCloseTo(200, 10);
    expect(discharge[discharge.length - 1]?.capacity_mAh_per_g_cathode).toBeCloseTo(200, 10);
    expect(charge[0]?.voltage_V).toBeCloseTo(4 - 0.5, 10);
    expect(charge[charge.length - 1]?.voltage_V).toBeCloseTo(4 - 0.05, 10);
    expect(discharge[0]?.voltage_V).toBeCloseTo(4 - 0.2, 10);
    expect(discharge[discharge.length - 1]?.voltage_V).toBeCloseTo(4 - 0.6, 10);
  });
});

describe('full cell: robustness', () => {
  it('returns zeros, flagged, for an anode without capacity', () => {
    const r = evaluateFullCell(anode({ delithiation_mAh_per_g: 0 }), {
      cathode: 'lco',
      npRatio: 1,
    });
    expect(r.issues.map((i) => i.code)).toContain('noAnodeCapacity');
    expect(r.dischargeCapacity_mAh_per_g_cathode).toBe(0);
    expect(r.specificEnergy_Wh_per_kg).toBe(0);
    expectFiniteNonNegative(r);
  });

  it('clamps out-of-range settings and bad anode figures, but throws on wrong types', () => {
    const far = evaluateFullCell(anode(), { cathode: 'ncm', npRatio: 50 });
    expect(far.npRatio).toBe(10);
    expect(far.issues.map((i) => i.code)).toContain('clamped');
    const bad = evaluateFullCell(anode({ loading_g_per_cm2: Number.NaN }), {
      cathode: 'ncm',
      npRatio: 1,
    });
    expect(bad.issues.map((i) => i.code)).toEqual(
      expect.arrayContaining(['clamped', 'noAnodeCapacity']),
    );
    expectFiniteNonNegative(bad);
    const call = (settings: unknown) => () =>
      evaluateFullCell(anode(), settings as FullCellSettings);
    expect(call({ cathode: 'lfp', npRatio: 1 })).toThrow(TypeError);
    expect(call({ cathode: 'lco', npRatio: '1.1' })).toThrow(TypeError);
    expect(call({ cathode: 'lco', npRatio: Number.NaN })).toThrow(TypeError);
    expect(
      call({ cathode: 'lco', npRatio: 1, cathodeOverrides: { density_g_per_cm3: 'x' } }),
    ).toThrow(TypeError);
    expect(
      call({ cathode: 'lco', npRatio: 1, stack: { separatorThickness_um: null } }),
    ).not.toThrow();
    expect(call(null)).toThrow(TypeError);
  });

  it('stays finite and non-negative across N/P 0.5–3 and any anode', () => {
    const rand = lcg(7);
    const pick = (min: number, max: number) => {
      const r = rand();
      return r < 0.15 ? min : r > 0.85 ? max : min + (max - min) * rand();
    };
    for (let i = 0; i < 400; i++) {
      const delithiation = rand() < 0.1 ? 0 : pick(0, 3000);
      const ice = pick(0.05, 1);
      const rates = rand() < 0.2 ? [] : [0.1, 0.2, 0.5, 1, 2, 3].filter(() => rand() < 0.7);
      const a = anode({
        lithiation_mAh_per_g: delithiation / ice,
        delithiation_mAh_per_g: delithiation,
        loading_g_per_cm2: pick(0, 5e-3),
        averageDelithiationPotential_V: pick(0, 1),
        averageLithiationPotential_V: pick(0, 1),
        fixedLossShare: pick(0, 1),
        rateCurve: rates.map((cRate) => ({
          cRate,
          capacity_mAh_per_g: pick(0, 1.2) * delithiation,
        })),
        ...(rand() < 0.5
          ? {
              delithiationProfile: [0, 0.5, 1].map((f) => ({
                capacity_mAh_per_g: f * delithiation,
                potential_V: pick(0, 1.5),
              })),
            }
          : {}),
      });
      const id = CATHODE_IDS[i % 2] ?? 'lco';
      const r = evaluateFullCell(a, {
        cathode: id,
        npRatio: pick(0.5, 3),
        cathodeOverrides: { firstCycleEfficiency_percent: pick(50, 100) },
      });
      expectFiniteNonNegative(r);
      expect(r.ice_percent).toBeLessThanOrEqual(100 + 1e-9);
      for (const p of r.rateCurve) {
        expect(p.capacity_mAh_per_g_cathode).toBeLessThanOrEqual(
          r.dischargeCapacity_mAh_per_g_cathode + 1e-9,
        );
      }
    }
  });
});

describe('full cell: defaults', () => {
  it('gives every default a source, or calls it an assumption', () => {
    const cited = /doi:|assumption|docs\/model\.md|J\. Electrochem\. Soc\./i;
    for (const id of CATHODE_IDS) {
      const cathode = CATHODES[id];
      expect(cathode.label.length).toBeGreaterThan(0);
      for (const [key, entry] of Object.entries(cathode)) {
        if (typeof entry === 'object') expect(entry.source, `${id}.${key}`).toMatch(cited);
      }
    }
    for (const [key, entry] of Object.entries(STACK_DEFAULTS)) {
      expect(entry.source, key).toMatch(cited);
    }
  });
});
