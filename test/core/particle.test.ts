import { describe, expect, it } from 'vitest';
import { DEFAULT_RESOLUTION } from '../../src/core/kinetics/resolution';
import { meanTheta, SphereStepper, sphereGrid } from '../../src/core/kinetics/particle';
import { solveTridiagonal } from '../../src/core/kinetics/tridiagonal';

/** Positive roots of tan λ = λ (Crank, The Mathematics of Diffusion, §6.3). */
function roots(count: number): number[] {
  const out: number[] = [];
  for (let n = 1; out.length < count; n++) {
    // One root in each ((n)π, (n+½)π); bisection on sin λ − λ cos λ.
    let lo = n * Math.PI + 1e-9;
    let hi = (n + 0.5) * Math.PI - 1e-9;
    const f = (l: number) => Math.sin(l) - l * Math.cos(l);
    for (let i = 0; i < 80; i++) {
      const mid = 0.5 * (lo + hi);
      if (Math.sign(f(mid)) === Math.sign(f(lo))) lo = mid;
      else hi = mid;
    }
    out.push(0.5 * (lo + hi));
  }
  return out;
}

/**
 * Exact concentration in a sphere of radius a, initially empty, with constant inward
 * flux F0 at the surface (Crank eq. 6.45), in units of F0·a/D.
 */
function exactSphere(rho: number, tau: number, lambdas: readonly number[]): number {
  let series = 0;
  for (const l of lambdas) {
    const radial = rho === 0 ? l : Math.sin(l * rho) / rho;
    series += (radial / (l * l * Math.sin(l))) * Math.exp(-l * l * tau);
  }
  return 3 * tau + (rho * rho) / 2 - 0.3 - 2 * series;
}

describe('tridiagonal solver', () => {
  it('solves a diagonally dominant system exactly', () => {
    const lower = Float64Array.from([0, 1, 1, 1]);
    const diag = Float64Array.from([4, 4, 4, 4]);
    const upper = Float64Array.from([1, 1, 1, 0]);
    const x = [1, -2, 3, 0.5];
    const rhs = Float64Array.from(
      x.map(
        (_, i) =>
          (lower[i] ?? 0) * (x[i - 1] ?? 0) +
          (diag[i] ?? 0) * (x[i] ?? 0) +
          (upper[i] ?? 0) * (x[i + 1] ?? 0),
      ),
    );
    solveTridiagonal(lower, diag, upper, rhs, new Float64Array(4));
    x.forEach((v, i) => expect(rhs[i]).toBeCloseTo(v, 12));
  });
});

describe('finite-volume sphere', () => {
  const lambdas = roots(60);
  const D = 1e-12;
  const R = 5e-5;
  const flux = 1e-9; // θ-units·cm/s

  function simulate(shells: number, steps: number, tau: number) {
    const grid = sphereGrid(shells);
    const t = (tau * R * R) / D;
    const stepper = new SphereStepper(grid, D, R, t / steps);
    const theta = new Float64Array(shells);
    for (let i = 0; i < steps; i++) stepper.step(theta, flux);
    return { grid, theta, stepper };
  }

  it('conserves mass: mean θ = 3·F0·t/a exactly', () => {
    const tau = 0.2;
    const { grid, theta } = simulate(8, 50, tau);
    const t = (tau * R * R) / D;
    expect(meanTheta(grid, theta)).toBeCloseTo((3 * flux * t) / R, 12);
  });

  it('matches the exact constant-flux solution at the surface and centre', () => {
    const scale = (flux * R) / D;
    for (const tau of [0.05, 0.2, 0.5]) {
      const { theta, stepper } = simulate(DEFAULT_RESOLUTION.shells, 400, tau);
      const surface = stepper.surface(theta, flux) / scale;
      const centre = (theta[0] ?? 0) / scale;
      const exactSurface = exactSphere(1, tau, lambdas);
      const exactCentre = exactSphere(0, tau, lambdas);
      // The surface rise is what sets the cut-off: within 3 % of the exact one.
      expect(Math.abs(surface - exactSurface) / exactSurface, `surface τ=${tau}`).toBeLessThan(
        0.03,
      );
      // The central shell is a quarter of the radius wide (the resolution goes to the surface,
      // where the cut-off is decided): its node is looser, within 5 %.
      expect(Math.abs(centre - exactCentre), `centre τ=${tau}`).toBeLessThan(0.05 * exactSurface);
    }
  });

  it('converges: 64 shells change the surface value by < 1 % from the default', () => {
    const coarse = simulate(DEFAULT_RESOLUTION.shells, 200, 0.1);
    const fine = simulate(64, 200, 0.1);
    const a = coarse.stepper.surface(coarse.theta, flux);
    const b = fine.stepper.surface(fine.theta, flux);
    expect(Math.abs(a - b) / b).toBeLessThan(0.01);
  });

  describe('outside an inert core', () => {
    const core = Math.cbrt(0.2);

    it('covers the shell from the core to the surface, its volumes summing to 1 − core³', () => {
      const grid = sphereGrid(DEFAULT_RESOLUTION.shells, undefined, core);
      const total = grid.volumes.reduce((s, v) => s + v, 0);
      expect(total).toBeCloseTo(0.8, 12);
      expect(grid.nodes[0]).toBeGreaterThan(core);
    });

    it('takes what the surface passes and lets none of it into the core', () => {
      const grid = sphereGrid(DEFAULT_RESOLUTION.shells, undefined, core);
      const t = (0.05 * R * R) / D;
      const theta = new Float64Array(grid.shells);
      const charging = new SphereStepper(grid, D, R, t / 50);
      for (let i = 0; i < 50; i++) charging.step(theta, flux);
      // Mean over the whole particle, the core counted empty: all the charge passed.
      const mean = meanTheta(grid, theta);
      expect(mean).toBeCloseTo((3 * flux * t) / R, 12);
      // At rest for many diffusion times, the shell evens out at the charge over its own volume.
      const resting = new SphereStepper(grid, D, R, (5 * R * R) / D);
      for (let i = 0; i < 20; i++) resting.step(theta, 0);
      for (const value of theta) expect(value).toBeCloseTo(mean / 0.8, 9);
    });
  });
});
