import { describe, expect, it } from 'vitest';
import { REFERENCE_TEMPERATURE_K } from '../../src/core/constants';
import { sigmaAmbipolar, sigmaElectronic, sigmaIonic } from '../../src/core/conductivity';
import { diffusivity } from '../../src/core/diffusion';
import { CALIBRATED_PARAMS as P } from '../../src/core/params';
import { transportResiduals } from '../../src/core/calibration/fitTransport';
import {
  ELECTRONIC_CONDUCTIVITY,
  GITT_DIFFUSIVITY,
  IONIC_CONDUCTIVITY,
} from '../../src/data/measurements';

const T = REFERENCE_TEMPERATURE_K;
const fine = Array.from({ length: 1001 }, (_, i) => i / 1000);

describe('electronic conductivity', () => {
  it('matches every measured value within 0.1 decade', () => {
    for (const m of ELECTRONIC_CONDUCTIVITY) {
      const err = Math.log10(sigmaElectronic(m.xGe, T, P.electronic) / m.value);
      expect(Math.abs(err), m.compositionId).toBeLessThanOrEqual(0.1);
    }
  });

  it('rises monotonically with Ge', () => {
    for (let i = 1; i < fine.length; i++) {
      const x0 = fine[i - 1] ?? 0;
      const x1 = fine[i] ?? 0;
      expect(sigmaElectronic(x1, T, P.electronic)).toBeGreaterThan(
        sigmaElectronic(x0, T, P.electronic),
      );
    }
  });

  it('rises with temperature (thermally activated)', () => {
    for (const x of [0, 0.125, 1]) {
      expect(sigmaElectronic(x, 353, P.electronic)).toBeGreaterThan(
        sigmaElectronic(x, 253, P.electronic),
      );
    }
  });
});

describe('ionic conductivity', () => {
  it('matches every measured value within 0.1 decade', () => {
    for (const m of IONIC_CONDUCTIVITY) {
      const err = Math.log10(sigmaIonic(m.xGe, T, P.ionic) / m.value);
      expect(Math.abs(err), m.compositionId).toBeLessThanOrEqual(0.1);
    }
  });

  it('peaks between Si15Ge (0.0625) and Si3Ge (0.25)', () => {
    let best = 0;
    for (const x of fine) if (sigmaIonic(x, T, P.ionic) > sigmaIonic(best, T, P.ionic)) best = x;
    expect(best).toBeGreaterThan(0.0625);
    expect(best).toBeLessThan(0.25);
  });

  it('follows Arrhenius: ln σ is linear in 1/T with the composition’s barrier', () => {
    const x = 0.125;
    const s = (t: number) => Math.log(sigmaIonic(x, t, P.ionic));
    const slope1 = (s(273) - s(298)) / (1 / 273 - 1 / 298);
    const slope2 = (s(323) - s(348)) / (1 / 323 - 1 / 348);
    expect(slope1).toBeCloseTo(slope2, 6);
    expect(slope1).toBeLessThan(0);
  });
});

describe('ambipolar conductivity', () => {
  it('is set by the smaller carrier and never exceeds either', () => {
    expect(sigmaAmbipolar(1, 1e-6)).toBeCloseTo(1e-6, 10);
    expect(sigmaAmbipolar(1e-6, 1)).toBeCloseTo(1e-6, 10);
    expect(sigmaAmbipolar(2, 2)).toBeCloseTo(1, 12);
    for (const x of fine) {
      const e = sigmaElectronic(x, T, P.electronic);
      const i = sigmaIonic(x, T, P.ionic);
      expect(sigmaAmbipolar(e, i)).toBeLessThanOrEqual(Math.min(e, i));
    }
  });
});

describe('diffusivity', () => {
  it('reproduces both GITT averages', () => {
    for (const m of GITT_DIFFUSIVITY) {
      const err = Math.log10(diffusivity(m.xGe, T, P) / m.value);
      expect(Math.abs(err), m.compositionId).toBeLessThanOrEqual(0.05);
    }
  });

  it('is highest near Si7Ge among the five studied compositions', () => {
    const studied = [0, 0.0625, 0.125, 0.25, 1];
    const d = studied.map((x) => diffusivity(x, T, P));
    expect(Math.max(...d)).toBe(d[2]);
  });

  it('stays in the literature range for Si (1e−13…1e−11 cm²/s) at room temperature', () => {
    const dSi = diffusivity(0, T, P);
    expect(dSi).toBeGreaterThan(1e-13);
    expect(dSi).toBeLessThan(1e-11);
  });
});

describe('calibration report', () => {
  it('lists all twelve transport measurements with sources', () => {
    const rows = transportResiduals(P);
    expect(rows).toHaveLength(12);
    for (const r of rows) expect(r.source).toMatch(/LiXia2025/);
  });
});
