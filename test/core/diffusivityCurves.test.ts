import { describe, expect, it } from 'vitest';
import { compute, computePoint, computeSweep } from '../../src/core/api';
import { REFERENCE_TEMPERATURE_K, ZERO_CELSIUS_K } from '../../src/core/constants';
import { CHOICE_SPECS, DEFAULT_CHOICES, DEFAULT_INPUTS } from '../../src/core/inputs';
import { describeCell } from '../../src/core/kinetics/cell';
import { cellSettingsOf } from '../../src/core/kinetics/cellSettings';
import {
  diffusivityAcrossX,
  diffusivityThroughLithiation,
} from '../../src/core/kinetics/diffusivityCurves';
import { CALIBRATED_PARAMS } from '../../src/core/params';
import { GITT_DIFFUSIVITY } from '../../src/data/measurements';

/** The study's temperature: where the calibrated D(x) must meet the GITT averages. */
const measured = { ...DEFAULT_INPUTS, temperatureC: REFERENCE_TEMPERATURE_K - ZERO_CELSIUS_K };

const atX = (curve: ReturnType<typeof diffusivityAcrossX>, x: number) => {
  const point = curve.find((p) => Math.abs(p.xGe - x) < 1e-9);
  if (!point) throw new Error(`x = ${x} is not on the composition grid`);
  return point.D_cm2_per_s;
};

/** exp of the mean of ln D over θ (trapezoids on the curve's own θ grid). */
function geometricMeanOverTheta(curve: ReturnType<typeof diffusivityThroughLithiation>) {
  let area = 0;
  for (let i = 1; i < curve.length; i++) {
    const a = curve[i - 1]!;
    const b = curve[i]!;
    area += 0.5 * (b.theta - a.theta) * (Math.log(a.D_cm2_per_s) + Math.log(b.D_cm2_per_s));
  }
  const span = curve.at(-1)!.theta - curve[0]!.theta;
  return Math.exp(area / span);
}

describe('the diffusivity curves', () => {
  it('meets the GITT averages of Si and Si7Ge within 1 %', () => {
    const composition = diffusivityAcrossX(measured);
    expect(GITT_DIFFUSIVITY.map((m) => m.xGe)).toEqual([0, 0.125]);
    for (const m of GITT_DIFFUSIVITY) {
      expect(Math.abs(atX(composition, m.xGe) / m.value - 1), m.compositionId).toBeLessThan(0.01);
    }
  });

  it('spans a whole lithiation, θ from 0 to 1, with a finite positive D throughout', () => {
    const lithiation = diffusivityThroughLithiation(measured, DEFAULT_CHOICES);
    expect(lithiation[0]?.theta).toBe(0);
    expect(lithiation.at(-1)?.theta).toBe(1);
    for (const p of lithiation) expect(p.D_cm2_per_s).toBeGreaterThan(0);
    for (const p of lithiation) expect(Number.isFinite(p.D_cm2_per_s)).toBe(true);
  });

  it('has D(θ) whose geometric mean over θ is D(x) at that x, within 1 %', () => {
    for (const temperatureC of [-20, 25, 80]) {
      for (const xGe of [0, 0.0625, 0.125, 0.25, 0.5, 1]) {
        const inputs = { ...DEFAULT_INPUTS, temperatureC, xGe };
        const composition = diffusivityAcrossX(inputs);
        const lithiation = diffusivityThroughLithiation(inputs, DEFAULT_CHOICES);
        const ratio = geometricMeanOverTheta(lithiation) / atX(composition, xGe);
        expect(Math.abs(ratio - 1), `x = ${xGe}, ${temperatureC} °C`).toBeLessThan(0.01);
      }
    }
  });

  // computePoint() (the page's request) passes only the electrode basis, not the separator.
  it('D(θ) does not depend on the separator or the electrode basis, and is what computePoint() returns', () => {
    const reference = diffusivityThroughLithiation(DEFAULT_INPUTS, DEFAULT_CHOICES);
    for (const { value: separator } of CHOICE_SPECS.separator.options) {
      for (const { value: electrodeBasis } of CHOICE_SPECS.electrodeBasis.options) {
        const choices = { ...DEFAULT_CHOICES, separator, electrodeBasis };
        expect(
          diffusivityThroughLithiation(DEFAULT_INPUTS, choices),
          `${separator}, ${electrodeBasis}`,
        ).toEqual(reference);
      }
    }
    expect(computePoint(DEFAULT_INPUTS).diffusivityLithiation).toEqual(reference);
    expect(compute(DEFAULT_INPUTS).diffusivityLithiation).toEqual(reference);
  });

  // The sweep is asked for only when its conditions change: D(x) must be the level of the
  // cell's own law whatever the electrode, or a drag of an electrode setting would leave a
  // stale curve on the page.
  it("D(x) is the level of the electrode model's law, whatever the electrode", () => {
    const conditions = {
      ...DEFAULT_INPUTS,
      temperatureC: 60,
      electronicScale: 10,
      ionicScale: 0.1,
    };
    const composition = diffusivityAcrossX(conditions);
    expect(computeSweep(conditions).diffusivity).toEqual(composition);
    const electrodes = [
      { particleRadiusUm: 0.2, thicknessUm: 5, porosity: 0.1 },
      { particleRadiusUm: 5, thicknessUm: 80, porosity: 0.5 },
    ];
    for (const electrode of electrodes) {
      for (const xGe of [0, 0.125, 1]) {
        const inputs = { ...conditions, ...electrode, xGe };
        const cell = describeCell(cellSettingsOf(inputs, DEFAULT_CHOICES), CALIBRATED_PARAMS);
        const law = cell.diffusivityLaw;
        expect(atX(composition, xGe)).toBe(law.mean_cm2_per_s);
      }
    }
  });
});
