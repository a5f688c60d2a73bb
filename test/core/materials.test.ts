import { describe, expect, it } from 'vitest';
import { geWeightFraction, molarMass, theoreticalCapacity } from '../../src/core/composition';
import { bandGap } from '../../src/core/bandGap';
import { density, latticeConstant, xrd111TwoTheta } from '../../src/core/structure';
import reference from '../../src/data/sige-anodes.json';

describe('composition', () => {
  it('gives the molar masses of the end members', () => {
    expect(molarMass(0)).toBeCloseTo(28.085, 6);
    expect(molarMass(1)).toBeCloseTo(72.63, 6);
  });

  it('gives the Ge weight fraction of Si7Ge (0.270)', () => {
    expect(geWeightFraction(0.125)).toBeCloseTo(0.27, 3);
  });

  it('gives Q = nF/(3.6M) for Li15Si4 and Li15Ge4', () => {
    expect(theoreticalCapacity(0)).toBeCloseTo(3578.6, 0);
    expect(theoreticalCapacity(1)).toBeCloseTo(1383.8, 0);
    expect(Math.round(theoreticalCapacity(0))).toBe(3579);
    expect(Math.round(theoreticalCapacity(1))).toBe(1384);
  });

  it('gives 4199 mAh/g for Li22Si5 (4.4 Li per Si)', () => {
    expect(theoreticalCapacity(0, 4.4)).toBeCloseTo(4198.9, 0);
  });
});

describe('structure', () => {
  it('has the lattice constants of Si and Ge with negative bowing off Vegard', () => {
    expect(latticeConstant(0)).toBeCloseTo(5.431, 6);
    expect(latticeConstant(1)).toBeCloseTo(5.6575, 3);
    const vegard = (latticeConstant(0) + latticeConstant(1)) / 2;
    expect(latticeConstant(0.5)).toBeLessThan(vegard);
  });

  it('puts Si (111) at 28.44° 2θ for Cu Kα and Ge at 27.28°', () => {
    expect(xrd111TwoTheta(0)).toBeCloseTo(28.44, 2);
    expect(xrd111TwoTheta(0.25)).toBeCloseTo(28.17, 2);
    expect(xrd111TwoTheta(1)).toBeCloseTo(27.28, 2);
  });

  it('agrees with the milled powders’ XRD within their 0.1° offset', () => {
    const measured = reference.structure.xrd_111_two_theta_deg;
    for (const c of reference.compositions) {
      const value = (measured as Record<string, number>)[c.id];
      if (value === undefined) continue;
      expect(Math.abs(xrd111TwoTheta(c.x_Ge) - value)).toBeLessThanOrEqual(0.1);
    }
  });

  it('gives the X-ray densities of Si (2.33) and Ge (5.32) g/cm³', () => {
    expect(density(0)).toBeCloseTo(2.329, 2);
    expect(density(1)).toBeCloseTo(5.32, 1);
  });
});

describe('band gap', () => {
  it('goes from 1.12 eV (Si) to 0.66 eV (Ge) and falls monotonically', () => {
    expect(bandGap(0)).toBeCloseTo(1.12, 6);
    expect(bandGap(1)).toBeCloseTo(0.66, 6);
    for (let x = 0; x < 1; x += 0.01) expect(bandGap(x + 0.01)).toBeLessThan(bandGap(x));
  });

  it('switches from the Δ to the L valley near x ≈ 0.85–0.93', () => {
    const delta = (x: number) => 1.12 - 0.41 * x + 0.008 * x * x;
    expect(bandGap(0.8)).toBeCloseTo(delta(0.8), 9);
    expect(bandGap(0.95)).toBeLessThan(delta(0.95));
  });
});
