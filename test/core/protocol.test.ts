import { describe, expect, it } from 'vitest';
import { formElectrode } from '../../src/core/kinetics/formation';
import {
  evaluateKinetics,
  FormedCellCache,
  RATE_GRID,
  sweepFiguresAt,
} from '../../src/core/kinetics/protocol';
import { DEFAULT_RESOLUTION } from '../../src/core/kinetics/resolution';
import { DEFAULT_CHOICES, DEFAULT_INPUTS } from '../../src/core/inputs';
import { cellSettingsOf } from '../../src/core/kinetics/api';
import { CALIBRATED_PARAMS } from '../../src/core/params';
import { coreFraction, describeCell } from '../../src/core/kinetics/cell';
import { runHalfCycle } from '../../src/core/kinetics/halfCycle';
import { Electrode } from '../../src/core/kinetics/electrode';

const request = (xGe: number) => ({
  cell: {
    xGe,
    temperatureK: 298.15,
    particleRadiusUm: 0.5,
    thicknessUm: 4,
    porosity: 0.2,
    separatorId: 'Li6PS5Cl',
  },
  profileRates: [0.2, 1, 3],
  snapshot: { cRate: 1, branch: 'lithiation' as const, depth: 0.5 },
});

describe('rate-test protocol', () => {
  const result = evaluateKinetics(request(0.125), CALIBRATED_PARAMS);

  it('never returns more charge than went in, and loses capacity with rate', () => {
    expect(result.formation.delithiation_mAh_per_g).toBeLessThanOrEqual(
      result.formation.lithiation_mAh_per_g * 1.001,
    );
    expect(result.rateCurve.map((p) => p.cRate)).toEqual([...RATE_GRID]);
    const caps = result.rateCurve.map((p) => p.capacity_mAh_per_g);
    for (let i = 1; i < caps.length; i++)
      expect(caps[i]).toBeLessThanOrEqual((caps[i - 1] ?? 0) + 1);
    expect(result.retention3C_percent).toBeGreaterThan(0);
    expect(result.retention3C_percent).toBeLessThanOrEqual(100);
  });

  it('draws profiles that start at open circuit and end at the cut-offs', () => {
    for (const p of result.profiles) {
      expect(p.lithiation.at(-1)?.potential_V).toBeCloseTo(0.02, 6);
      expect(p.delithiation.at(-1)?.potential_V).toBeCloseTo(2.02, 6);
      for (const point of [...p.lithiation, ...p.delithiation]) {
        expect(Number.isFinite(point.potential_V)).toBe(true);
      }
    }
  });

  it('takes the distribution at the requested depth, with a mean reaction of 1', () => {
    const d = result.distribution;
    expect(d.capacity_mAh_per_g).toBeGreaterThan(0);
    expect(d.position[0]).toBeLessThan(d.position.at(-1) ?? 0);
    const shares = result.limitation.shares;
    const total = Object.values(shares).reduce((s, v) => s + v, 0);
    expect(total).toBeCloseTo(1, 9);
  });
});

describe('the formed-cell cache', () => {
  it('changes no result, and reruns only the rate tests a request changes', () => {
    const cache = new FormedCellCache();
    const base = request(0.125);
    const run = (r: typeof base) =>
      evaluateKinetics(r, CALIBRATED_PARAMS, DEFAULT_RESOLUTION, cache);
    const first = run(base);
    expect(cache.work).toEqual({ formations: 1, rateTests: RATE_GRID.length });

    // The same request again: nothing to do.
    expect(run(base)).toEqual(first);
    expect(cache.work).toEqual({ formations: 1, rateTests: RATE_GRID.length });

    // A new snapshot moment at a grid rate, and a profile rate off the grid: one test each.
    const moved = {
      ...base,
      snapshot: { ...base.snapshot, depth: 0.3 },
      profileRates: [0.2, 1, 4],
    };
    const cached = run(moved);
    expect(cache.work).toEqual({ formations: 1, rateTests: RATE_GRID.length + 2 });
    expect(cached).toEqual(evaluateKinetics(moved, CALIBRATED_PARAMS));

    // Another cell: formed afresh.
    run(request(0.25));
    expect(cache.work.formations).toBe(2);
  });
});

describe('continuity in composition', () => {
  // A fit that sits on a numerical cliff (a voltage spike that just clears the cut-off at
  // one composition) would reproduce a measured point and nothing around it.
  it('moves the 3 C retention and the inventory only a little between nearby compositions', () => {
    const near = [0.115, 0.125, 0.135].map((xGe) =>
      sweepFiguresAt(
        cellSettingsOf({ ...DEFAULT_INPUTS, xGe }, DEFAULT_CHOICES),
        CALIBRATED_PARAMS,
      ),
    );
    for (let i = 1; i < near.length; i++) {
      const a = near[i - 1]!;
      const b = near[i]!;
      expect(Math.abs(a.retention3C_percent - b.retention3C_percent)).toBeLessThan(10);
      expect(
        Math.abs(a.inventory.quasiReversible_percent - b.inventory.quasiReversible_percent),
      ).toBeLessThan(3);
      expect(Math.abs(a.inventory.inactive_percent - b.inventory.inactive_percent)).toBeLessThan(3);
    }
  });
});

describe('first lithiation of pure Si', () => {
  it('stops short of Li15Si4 by the unconverted core, which later cycles never reach', () => {
    const settings = { ...request(0).cell, thicknessUm: 5 };
    const cell = describeCell(settings, CALIBRATED_PARAMS);
    const core = coreFraction(0, settings.temperatureK, CALIBRATED_PARAMS);
    expect(cell.coreFraction).toBe(core);
    const e = new Electrode(cell);
    runHalfCycle(e, 0.1, 'lithiation');
    // Nearly all of the convertible shell fills at 0.1 C, and never the core (BDF2 does not
    // keep θ within bounds exactly: a shell may overshoot full by its error tolerance).
    expect(e.totalTheta()).toBeLessThanOrEqual(1 - core + 1e-4);
    expect(e.totalTheta()).toBeGreaterThan(0.9 * (1 - core));
    const formed = formElectrode(settings, CALIBRATED_PARAMS);
    expect(formed.lithiation_mAh_per_g).toBeLessThan(cell.capacity_mAh_per_g);
  });
});

describe('formation half-cycles', () => {
  it('end at the cut-off, as the study’s did, not at the safety time limit', () => {
    for (const xGe of [0, 0.125, 1]) {
      const settings = { ...request(xGe).cell, thicknessUm: 5 };
      const e = new Electrode(describeCell(settings, CALIBRATED_PARAMS));
      const lithiation = runHalfCycle(e, 0.1, 'lithiation');
      expect(lithiation.endedBy, `lithiation at x = ${xGe}`).toBe('cutoff');
      const delithiation = runHalfCycle(e, 0.1, 'delithiation');
      expect(delithiation.endedBy, `delithiation at x = ${xGe}`).toBe('cutoff');
    }
  });
});
