import { describe, expect, it } from 'vitest';
import { CALIBRATED_PARAMS } from '../../src/core/params';
import {
  coreFraction,
  describeCell,
  GE_OPEN_CIRCUIT_SHIFT_V,
  type CellSettings,
} from '../../src/core/kinetics/cell';
import { openCircuitPotential } from '../../src/core/kinetics/ocp';
import { sigmaAmbipolar, sigmaElectronic, sigmaIonic } from '../../src/core/conductivity';
import { localSigmaE, localSigmaI, gainShare } from '../../src/core/kinetics/layerTransport';

const T = 298.15;
const settings = (xGe: number, extra: Partial<CellSettings> = {}): CellSettings => ({
  xGe,
  temperatureK: T,
  particleRadiusUm: 0.5,
  thicknessUm: 5,
  porosity: 0.2,
  separatorId: 'Li6PS5Cl',
  ...extra,
});
const cell = (xGe: number, extra: Partial<CellSettings> = {}) =>
  describeCell(settings(xGe, extra), CALIBRATED_PARAMS);

describe('unconverted crystalline core', () => {
  const fSi = CALIBRATED_PARAMS.kinetics.siliconCoreFraction;
  const p = CALIBRATED_PARAMS.kinetics.coreTransportExponent;
  const ambipolar = (x: number) =>
    sigmaAmbipolar(
      sigmaElectronic(x, T, CALIBRATED_PARAMS.electronic),
      sigmaIonic(x, T, CALIBRATED_PARAMS.ionic),
    );

  it('is the fitted fraction for pure Si, a physical share of the particle', () => {
    expect(coreFraction(0, T, CALIBRATED_PARAMS)).toBeCloseTo(fSi, 12);
    expect(fSi).toBeGreaterThan(0);
    expect(fSi).toBeLessThan(0.5);
  });

  it('falls as a power of the pristine ambipolar conductivity, so it is least where both carriers are good', () => {
    for (const x of [0.0625, 0.125, 0.25, 1]) {
      expect(coreFraction(x, T, CALIBRATED_PARAMS)).toBeCloseTo(
        fSi * (ambipolar(0) / ambipolar(x)) ** p,
        12,
      );
    }
    // Si7Ge (balanced) keeps less core than Ge (ion-poor), which keeps less than Si.
    const f = (x: number) => coreFraction(x, T, CALIBRATED_PARAMS);
    expect(f(0.125)).toBeLessThan(f(1));
    expect(f(1)).toBeLessThan(f(0));
  });

  it('follows the what-if conductivities: a better electron conductor in Si leaves less core', () => {
    const f = (scale: number) =>
      coreFraction(0, T, CALIBRATED_PARAMS, { electronic: scale, ionic: 1 });
    if (p > 0) expect(f(10)).toBeLessThan(f(1));
    expect(f(1)).toBeCloseTo(fSi, 12);
  });
});

describe('open-circuit shift of Ge', () => {
  it('puts Ge above Si by the stated shift, alloys in proportion', () => {
    expect(cell(0).ocpShift_V).toBe(0);
    expect(cell(1).ocpShift_V).toBeCloseTo(GE_OPEN_CIRCUIT_SHIFT_V, 12);
    expect(cell(0.125).ocpShift_V).toBeCloseTo(0.125 * GE_OPEN_CIRCUIT_SHIFT_V, 12);
    for (const branch of ['lithiation', 'delithiation'] as const) {
      expect(openCircuitPotential(0.5, cell(1).ocpShift_V, branch)).toBeGreaterThan(
        openCircuitPotential(0.5, cell(0).ocpShift_V, branch),
      );
    }
  });
});

describe('layer transport through lithiation', () => {
  it('keeps the composition: σe/σi of a lithiated layer is the pristine ratio times one gain for all x', () => {
    const ratio = (x: number, theta: number) =>
      localSigmaE(cell(x), theta) / localSigmaI(cell(x), theta);
    for (const theta of [0, 0.05, 0.5, 1]) {
      const gain = ratio(0, theta) / ratio(0, 0);
      for (const x of [0.0625, 0.125, 0.25, 1]) {
        expect(ratio(x, theta) / ratio(x, 0) / gain).toBeCloseTo(1, 12);
      }
    }
  });

  it('rises most over the first per cent of Li (a donor), reaching the full gain at θ = 1', () => {
    expect(gainShare(0)).toBe(0);
    expect(gainShare(1)).toBeCloseTo(1, 12);
    expect(gainShare(0.05)).toBeCloseTo(0.525, 3);
    for (const t of [0.01, 0.1, 0.3, 0.7]) expect(gainShare(t)).toBeGreaterThan(t);
  });

  it('multiplies σe and σi by the what-if scales at every lithiation', () => {
    for (const theta of [0, 0.3, 1]) {
      const e = localSigmaE(cell(0.0625, { electronicScale: 10 }), theta);
      expect(e / localSigmaE(cell(0.0625), theta)).toBeCloseTo(10, 12);
      const i = localSigmaI(cell(0.25, { ionicScale: 0.1 }), theta);
      expect(i / localSigmaI(cell(0.25), theta)).toBeCloseTo(0.1, 12);
    }
  });
});
