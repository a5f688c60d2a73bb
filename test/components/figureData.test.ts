import { csvFormat, csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { compute } from '../../src/core/api';
import { DEFAULT_CHOICES, DEFAULT_INPUTS } from '../../src/core/inputs';
import { computeKinetics, retentionSweep } from '../../src/core/kinetics/api';
import { RATE_GRID } from '../../src/core/kinetics/protocol';
import { diffusivityData } from '../../src/export/diffusivityData';
import { conductivityData, type FigureData } from '../../src/export/figureData';
import {
  distributionData,
  fullCellRateData,
  fullCellVoltageData,
  inventoryData,
  profileData,
  rateData,
  retentionData,
} from '../../src/export/kineticsFigureData';
import { figureFilename } from '../../src/export/figureCsv';

const view = computeKinetics({ ...DEFAULT_INPUTS, xGe: 0.25 }, DEFAULT_CHOICES);
const sweep = retentionSweep(DEFAULT_INPUTS, DEFAULT_CHOICES, [0, 0.5, 1]);
const result = compute(DEFAULT_INPUTS);
const figures: Record<string, FigureData> = {
  conductivity: conductivityData(result.conductivity),
  diffusivity: diffusivityData(result.diffusivity, result.diffusivityLithiation, 0.125),
  rate: rateData(view),
  retention: retentionData(sweep),
  profiles: profileData(view),
  distribution: distributionData(view),
  inventory: inventoryData(sweep),
  fullCellVoltage: fullCellVoltageData(view),
  fullCellRate: fullCellRateData(view),
};

describe('figure data for download', () => {
  it('gives every figure a .csv name, unit-bearing columns and finite numbers', () => {
    for (const [name, data] of Object.entries(figures)) {
      expect(data.id, name).toMatch(/^sige-[a-z0-9-]+$/);
      expect(figureFilename(data, null), name).toMatch(/^sige-[a-z0-9._-]+\.csv$/);
      expect(
        figureFilename(data, { inputs: DEFAULT_INPUTS, choices: DEFAULT_CHOICES }),
        name,
      ).toMatch(/^sige-[a-z0-9-]+(_[A-Za-z0-9.-]+)+\.csv$/);
      const rows = data.rows();
      expect(rows.length, name).toBeGreaterThan(0);
      for (const row of rows) {
        for (const [column, value] of Object.entries(row)) {
          if (typeof value === 'number')
            expect(Number.isFinite(value), `${name} ${column}`).toBe(true);
        }
      }
    }
  });

  it('holds what the figure draws: the rate curve at every rate, the profiles point for point', () => {
    // The kinetics figures carry the settings they were computed for.
    expect(figures.rate!.settings?.inputs.xGe).toBe(0.25);
    expect(figureFilename(figures.rate!, figures.rate!.settings!)).toBe(
      'sige-rate-capability_x0.25_25C_r0.5um_L5um.csv',
    );
    const parsed = csvParse(csvFormat([...figures.rate!.rows()]));
    expect(parsed.columns).toEqual(['xGe', 'cRate_C', 'delithiationCapacity_mAh_per_g']);
    expect(parsed.map((r) => Number(r.cRate_C))).toEqual([...RATE_GRID]);
    expect(parsed.map((r) => Number(r.delithiationCapacity_mAh_per_g))).toEqual(
      view.rateCurve.map((p) => p.capacity_mAh_per_g),
    );
    const points = view.profiles.reduce(
      (n, p) => n + p.lithiation.length + p.delithiation.length,
      0,
    );
    expect(figures.profiles!.rows()).toHaveLength(points);
    const inventory = figures.inventory!.rows()[0]!;
    const sum =
      Number(inventory.reversible_percent) +
      Number(inventory.quasiReversible_percent) +
      Number(inventory.inactive_percent);
    expect(sum).toBeCloseTo(100, 9);
  });

  it('holds both diffusivity curves, told apart by a column, with the unit in the D column', () => {
    const settings = { inputs: DEFAULT_INPUTS, choices: DEFAULT_CHOICES };
    expect(figureFilename(figures.diffusivity!, settings)).toBe(
      'sige-li-diffusivity_x0.125_25C_r0.5um_L5um.csv',
    );
    // A table across compositions names no x; the full cell names its cathode and N/P.
    expect(figureFilename(figures.retention!, settings)).toBe(
      'sige-retention-3c_25C_r0.5um_L5um.csv',
    );
    expect(figureFilename(figures.fullCellRate!, figures.fullCellRate!.settings!)).toBe(
      'sige-full-cell-rate_x0.25_25C_r0.5um_L5um_ncm_np1.1.csv',
    );
    const parsed = csvParse(csvFormat([...figures.diffusivity!.rows()]));
    expect(parsed.columns).toEqual(['curve', 'xGe', 'lithiationFraction', 'diffusivity_cm2_per_s']);
    const across = parsed.filter((r) => r.curve === 'acrossComposition');
    const through = parsed.filter((r) => r.curve === 'acrossLithiation');
    expect(across.map((r) => Number(r.diffusivity_cm2_per_s))).toEqual(
      result.diffusivity.map((p) => p.D_cm2_per_s),
    );
    expect(through.map((r) => Number(r.lithiationFraction))).toEqual(
      result.diffusivityLithiation.map((p) => p.theta),
    );
    expect(new Set(through.map((r) => r.xGe))).toEqual(new Set(['0.125']));
    expect(across.length + through.length).toBe(parsed.length);
  });
});
