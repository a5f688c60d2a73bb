import { describe, expect, it } from 'vitest';
import { compute } from '../../src/core/api';
import { sigmaAmbipolar } from '../../src/core/conductivity';
import { basisOfGiven, electrodeSizeOf } from '../../src/core/electrodeSize';
import { DEFAULT_CHOICES, DEFAULT_INPUTS, type ModelInputs } from '../../src/core/inputs';
import { cellSettingsOf } from '../../src/core/kinetics/api';
import { describeCell } from '../../src/core/kinetics/cell';
import { loadingOf } from '../../src/core/loading';
import { CALIBRATED_PARAMS } from '../../src/core/params';

const BY_LOADING = { ...DEFAULT_CHOICES, electrodeBasis: 'loading' };
const inputs = (over: Partial<ModelInputs>): ModelInputs => ({ ...DEFAULT_INPUTS, ...over });

describe('the electrode set by its loading', () => {
  it("simulates the thickness that holds the loading (loadingOf's inverse), at any x and ε", () => {
    for (const xGe of [0, 0.125, 0.5, 1]) {
      for (const porosity of [0.05, 0.2, 0.6]) {
        const cell = cellSettingsOf(inputs({ xGe, porosity, loadingMgCm2: 1.5 }), BY_LOADING);
        expect(loadingOf(xGe, porosity, cell.thicknessUm)).toBeCloseTo(1.5, 12);
      }
    }
    // Held by loading, the denser Ge makes a thinner layer; held by thickness, nothing moves.
    const si = cellSettingsOf(inputs({ xGe: 0, loadingMgCm2: 2 }), BY_LOADING).thicknessUm;
    const ge = cellSettingsOf(inputs({ xGe: 1, loadingMgCm2: 2 }), BY_LOADING).thicknessUm;
    expect(si / ge).toBeGreaterThan(2);
    const held = inputs({ xGe: 1, thicknessUm: 12, loadingMgCm2: 2 });
    expect(cellSettingsOf(held, DEFAULT_CHOICES).thicknessUm).toBe(12);
    expect(electrodeSizeOf(held, 'thickness')).toEqual({
      basis: 'thickness',
      thicknessUm: 12,
      loadingMgCm2: loadingOf(1, DEFAULT_INPUTS.porosity, 12),
      notice: null,
    });
  });

  it('clamps a loading that needs a layer outside 2–200 µm, and says so in plain words', () => {
    const thick = inputs({ xGe: 0, porosity: 0.6, loadingMgCm2: 20 });
    expect(cellSettingsOf(thick, BY_LOADING).thicknessUm).toBe(200);
    const size = electrodeSizeOf(thick, 'loading');
    expect(size.loadingMgCm2).toBeCloseTo(loadingOf(0, 0.6, 200), 12);
    expect(size.notice).toMatch(
      /loading of 20 mg\/cm² at x = 0 and porosity 0\.6 needs a 215 µm layer, outside the model's 2–200 µm: it simulates 200 µm \(18\.6 mg\/cm²\)/,
    );

    const thin = inputs({ xGe: 1, porosity: 0.05, loadingMgCm2: 0.1 });
    expect(cellSettingsOf(thin, BY_LOADING).thicknessUm).toBe(2);
    expect(electrodeSizeOf(thin, 'loading').notice).toMatch(/needs a 0\.198 µm layer/);

    expect(electrodeSizeOf(inputs({ loadingMgCm2: 2 }), 'loading').notice).toBeNull();
  });

  it('uses the simulated thickness for the layer times of the properties', () => {
    const asked = inputs({ xGe: 0.5, loadingMgCm2: 3 });
    const byLoading = compute(asked, 'loading');
    const sameLayer = compute({ ...asked, thicknessUm: byLoading.electrode.thicknessUm });
    expect(byLoading.electrode.loadingMgCm2).toBe(3);
    expect(byLoading.properties.tauIonic_s).toBeCloseTo(sameLayer.properties.tauIonic_s, 9);
    expect(byLoading.properties.tauIonic_s).not.toBeCloseTo(compute(asked).properties.tauIonic_s);
  });

  it('is what a link or command line means by a loading without a basis', () => {
    expect(basisOfGiven(undefined, undefined)).toEqual({ basis: null, notice: null });
    expect(basisOfGiven(10, undefined)).toEqual({ basis: null, notice: null });
    expect(basisOfGiven(undefined, 2)).toEqual({ basis: 'loading', notice: null });
    const both = basisOfGiven(10, 2);
    expect(both.basis).toBe('loading');
    expect(both.notice).toMatch(/thickness 10 µm ignored.*2 mg\/cm², sets the electrode/);
  });
});

describe('the what-if multipliers of σe and σi', () => {
  it('reach the cell the kinetics simulate', () => {
    const cell = (over: Partial<ModelInputs>) =>
      describeCell(cellSettingsOf(inputs(over), DEFAULT_CHOICES), CALIBRATED_PARAMS);
    const base = cell({});
    const scaled = cell({ electronicScale: 10, ionicScale: 0.1 });
    expect(scaled.sigmaE0_S_per_cm / base.sigmaE0_S_per_cm).toBeCloseTo(10, 12);
    expect(scaled.sigmaI0_S_per_cm / base.sigmaI0_S_per_cm).toBeCloseTo(0.1, 12);
  });

  it('scale the properties, the curves and the balance, and what follows from them', () => {
    const base = compute(DEFAULT_INPUTS);
    const scaled = compute(inputs({ electronicScale: 10 }));
    const p = scaled.properties;
    const q = base.properties;
    expect(p.sigmaElectronic_S_per_cm / q.sigmaElectronic_S_per_cm).toBeCloseTo(10, 12);
    expect(p.sigmaIonic_S_per_cm).toBe(q.sigmaIonic_S_per_cm);
    expect(p.sigmaAmbipolar_S_per_cm).toBeCloseTo(
      sigmaAmbipolar(p.sigmaElectronic_S_per_cm, p.sigmaIonic_S_per_cm),
      15,
    );
    expect(p.electronicToIonicRatio / q.electronicToIonicRatio).toBeCloseTo(10, 12);
    expect(p.tauElectronic_s / q.tauElectronic_s).toBeCloseTo(0.1, 12);
    // D follows the ambipolar conductivity, so a better electron conductor moves Li faster.
    expect(p.diffusivity_cm2_per_s).toBeGreaterThan(q.diffusivity_cm2_per_s);
    scaled.conductivity.forEach((point, i) => {
      expect(point.electronic / base.conductivity[i]!.electronic).toBeCloseTo(10, 12);
      expect(point.ionic).toBe(base.conductivity[i]!.ionic);
    });
    expect(scaled.balanced).not.toEqual(base.balanced);
    // σi ×10 as well: the ratio, hence the balance, is the calibrated one again.
    expect(compute(inputs({ electronicScale: 10, ionicScale: 10 })).balanced).toEqual(
      base.balanced,
    );
  });
});
