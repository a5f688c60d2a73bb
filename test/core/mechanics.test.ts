import { describe, expect, it } from 'vitest';
import reference from '../../src/data/sige-anodes.json';
import {
  absorbingPorosity,
  CRITICAL_FRACTURE_DIAMETER_NM,
  electrodeThicknessChange,
  firstLithiationSwelling,
  fractureRisk,
  particleVolumeChange,
  radiusChange,
} from '../../src/core/mechanics';
import { theoreticalCapacity } from '../../src/core/composition';

describe('particle swelling', () => {
  it('gives the physics notes’ end points: Li15Si4 ~+280 %, Li15Ge4 +250 %', () => {
    expect(100 * particleVolumeChange(0)).toBeCloseTo(280, -1);
    expect(100 * particleVolumeChange(1)).toBeCloseTo(250, 6);
  });

  it('falls steadily with Ge between them, and Si7Ge swells within 1 % of Si', () => {
    const xs = [0, 0.125, 0.25, 0.5, 0.75, 1];
    const values = xs.map((x) => particleVolumeChange(x));
    values.slice(1).forEach((v, i) => expect(v).toBeLessThan(values[i] ?? 0));
    expect(particleVolumeChange(0.125) / particleVolumeChange(0)).toBeGreaterThan(0.98);
  });

  it('grows in proportion to the charge and is zero when empty', () => {
    expect(particleVolumeChange(0.125, 0)).toBe(0);
    expect(particleVolumeChange(0.125, 0.5)).toBeCloseTo(particleVolumeChange(0.125) / 2, 12);
    expect(particleVolumeChange(0.125, 2)).toBe(particleVolumeChange(0.125));
  });

  it('turns a volume change into a radius change as a cube root', () => {
    expect(radiusChange(7)).toBeCloseTo(1, 12);
    expect(radiusChange(0)).toBe(0);
  });
});

describe('electrode swelling', () => {
  it('is nothing when the pores take it all, and grows past that', () => {
    const dv = particleVolumeChange(0);
    expect(electrodeThicknessChange(absorbingPorosity(dv), dv)).toBeCloseTo(0, 12);
    expect(electrodeThicknessChange(0.9, dv)).toBe(0);
    // A dense layer swells like its particles.
    expect(electrodeThicknessChange(0, dv)).toBeCloseTo(dv, 12);
    expect(electrodeThicknessChange(0.2, dv)).toBeCloseTo(0.8 * (1 + dv) - 1, 12);
  });
});

describe('first-lithiation swelling', () => {
  it('counts only the Li that went into the alloy', () => {
    const full = theoreticalCapacity(0.125);
    const s = firstLithiationSwelling(0.125, 0.2, {
      inserted_mAh_per_g: full,
      sideReaction_percent: 10,
    });
    expect(s?.lithiated).toBeCloseTo(0.9, 12);
    expect(s?.particle).toBeCloseTo(0.9 * particleVolumeChange(0.125), 12);
  });

  it('says nothing when nothing went in', () => {
    expect(
      firstLithiationSwelling(0, 0.2, { inserted_mAh_per_g: 0.2, sideReaction_percent: 0 }),
    ).toBeNull();
    expect(
      firstLithiationSwelling(0, 0.2, { inserted_mAh_per_g: Number.NaN, sideReaction_percent: 0 }),
    ).toBeNull();
  });
});

describe('fracture', () => {
  it('uses the review’s critical diameters from the reference data', () => {
    const { crystalline_Si, amorphous_Si } =
      reference.other_si_based_anodes_in_ASSBs.critical_fracture_diameter_nm;
    expect(CRITICAL_FRACTURE_DIAMETER_NM).toEqual({
      crystalline: crystalline_Si,
      amorphous: amorphous_Si,
    });
  });

  it('splits radii at 75 nm and 435 nm', () => {
    expect(fractureRisk(0.05)).toBe('none');
    expect(fractureRisk(0.075)).toBe('none');
    expect(fractureRisk(0.08)).toBe('crystalline');
    expect(fractureRisk(0.435)).toBe('crystalline');
    expect(fractureRisk(0.5)).toBe('all');
  });
});
