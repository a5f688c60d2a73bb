import { describe, expect, it } from 'vitest';
import type { CellDescription } from '../../src/core/kinetics/cell';
import { Electrode } from '../../src/core/kinetics/electrode';
import { contactWeights, layerWidths } from '../../src/core/kinetics/layerGrid';
import { sphereGrid } from '../../src/core/kinetics/particle';
import { DiffusivityLaw } from '../../src/core/kinetics/diffusivityLaw';
import { voltageWindow } from '../../src/core/kinetics/ocp';

/** A cell with constant conductivities and fast solid diffusion: the Newman–Tobias setting. */
function testCell(sigma: number, kappa: number, i0: number): CellDescription {
  return {
    settings: {
      xGe: 0.125,
      temperatureK: 298.15,
      particleRadiusUm: 0.5,
      thicknessUm: 20,
      porosity: 0.2,
      separatorId: 'Li6PS5Cl',
    },
    capacity_mAh_per_g: 2986.5,
    loading_g_per_cm2: 1e-3,
    cMax_mol_per_cm3: 0.3,
    specificArea_per_cm: (3 * 0.8) / 0.5e-4,
    thickness_cm: 20e-4,
    radius_cm: 0.5e-4,
    sigmaE0_S_per_cm: sigma,
    sigmaI0_S_per_cm: kappa,
    electronicGain_decades: 0,
    ionicGain_decades: 0,
    diffusivityLaw: new DiffusivityLaw(1e-3, [
      { theta: 0, decades: 0 },
      { theta: 1, decades: 0 },
    ]),
    exchangeCurrent_A_per_cm2: i0,
    ocpShift_V: 0,
    seriesResistance_ohm_cm2: 0,
    coreFraction: 0,
    window: voltageWindow(0.62),
    sideReach_cm: 1e-4,
    f_per_V: 96485.33212 / (8.314462618 * 298.15),
    // No side reaction: the analytic settings have none.
    sideRate_A_C_per_cm4: 0,
    sideAlpha_f: 0.5 * (96485.33212 / (8.314462618 * 298.15)),
    seiInitial_C_per_cm2: 1e-6,
  };
}

/**
 * Newman & Tobias (1962), linear kinetics, z = 0 at the collector: the reaction rate
 * relative to its mean, a·j·L/I, averaged over [z0, z1].
 */
function newmanTobias(nu: number, sigma: number, kappa: number, z0: number, z1: number) {
  const pre = nu / ((1 / sigma + 1 / kappa) * Math.sinh(nu));
  const integral =
    ((1 / kappa) * (Math.sinh(nu * z1) - Math.sinh(nu * z0)) -
      (1 / sigma) * (Math.sinh(nu * (1 - z1)) - Math.sinh(nu * (1 - z0)))) /
    nu;
  return (pre * integral) / (z1 - z0);
}

function distribution(sigma: number, kappa: number, i0: number) {
  const cell = testCell(sigma, kappa, i0);
  const e = new Electrode(cell, { layers: 40, shells: 4, steps: 30, holdSteps: 16 });
  e.theta.fill(0.5);
  const current = 1e-6;
  e.step(current, 1e-3, 'lithiation');
  const meanRate = current / (cell.specificArea_per_cm * cell.thickness_cm);
  const nu = Math.sqrt(
    cell.specificArea_per_cm * i0 * cell.f_per_V * cell.thickness_cm ** 2 * (1 / kappa + 1 / sigma),
  );
  const widths = layerWidths(40);
  let z = 0;
  return Array.from(widths, (w, k) => {
    const exact = newmanTobias(nu, sigma, kappa, z, z + w);
    z += w;
    return { model: (e.reaction[k] ?? 0) / meanRate, exact };
  });
}

describe('current distribution across the layer', () => {
  it('matches Newman–Tobias when electrons outrun ions (reaction at the separator)', () => {
    const rows = distribution(1e-2, 1e-4, 1e-4);
    for (const r of rows)
      expect(Math.abs(r.model - r.exact)).toBeLessThan(0.03 * Math.max(1, r.exact));
    expect(rows.at(-1)!.model).toBeGreaterThan(3 * rows[0]!.model);
  });

  it('matches Newman–Tobias when ions outrun electrons (reaction at the collector)', () => {
    const rows = distribution(1e-4, 1e-2, 1e-4);
    for (const r of rows)
      expect(Math.abs(r.model - r.exact)).toBeLessThan(0.03 * Math.max(1, r.exact));
    expect(rows[0]!.model).toBeGreaterThan(3 * rows.at(-1)!.model);
  });

  it('is uniform when transport is fast compared with the reaction (ν ≪ 1)', () => {
    const rows = distribution(1, 1, 1e-9);
    for (const r of rows) expect(r.model).toBeCloseTo(1, 3);
  });
});

describe('charge bookkeeping', () => {
  it('stores exactly the charge passed', () => {
    const cell = testCell(1e-2, 1e-3, 1e-4);
    const e = new Electrode(cell, { layers: 10, shells: 6, steps: 30, holdSteps: 16 });
    const current = 1e-4;
    const dt = 10;
    for (let i = 0; i < 20; i++) e.step(current, dt, 'lithiation');
    const stored =
      e.totalTheta() * cell.cMax_mol_per_cm3 * 96485.33212 * cell.thickness_cm * (1 - 0.2);
    expect(Math.abs(stored / (current * dt * 20) - 1)).toBeLessThan(1e-5);
  });
});

describe('electronic contact skin', () => {
  it('averages over the stated depth, converging as the grid is refined', () => {
    // θ = r² (radius in units of the particle's): its exact mean over the outer 25 nm of 500.
    const a = 1 - 25 / 500;
    const exact = (1 - a ** 5) / 5 / ((1 - a ** 3) / 3);
    const errors = [16, 64].map((shells) => {
      const grid = sphereGrid(shells);
      const weights = contactWeights(grid, 25e-7, 0.5e-4);
      expect(weights.reduce((sum, w) => sum + w, 0)).toBeCloseTo(1, 12);
      let mean = 0;
      grid.nodes.forEach((r, i) => (mean += (weights[i] ?? 0) * r * r));
      return Math.abs(mean / exact - 1);
    });
    expect(errors[0]).toBeLessThan(0.02);
    expect(errors[1]).toBeLessThan(errors[0] ?? 0);
  });

  it('takes the whole particle when the skin is deeper than the radius', () => {
    const grid = sphereGrid(16);
    const weights = contactWeights(grid, 1e-3, 0.5e-4);
    grid.volumes.forEach((v, i) => expect(weights[i]).toBeCloseTo(v, 12));
  });
});
