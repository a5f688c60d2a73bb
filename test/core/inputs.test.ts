import { describe, expect, it } from 'vitest';
import { nudge, sliderPosition, valueAtPosition } from '../../src/components/stepping';
import {
  checkChoice,
  checkInput,
  DEFAULT_CHOICES,
  DEFAULT_INPUTS,
  INPUT_SPECS,
  snapInput,
} from '../../src/core/inputs';

describe('the new inputs in the table', () => {
  it('default to the calibrated model and an electrode set by its thickness', () => {
    expect(DEFAULT_INPUTS).toMatchObject({ electronicScale: 1, ionicScale: 1, loadingMgCm2: 1 });
    expect(DEFAULT_CHOICES.electrodeBasis).toBe('thickness');
    expect(INPUT_SPECS.electronicScale.scale).toBe('log');
    expect(INPUT_SPECS.thicknessUm.scale).toBeUndefined();
  });

  it('are checked against their range like every input', () => {
    expect(checkInput('electronicScale', '100')).toEqual({ ok: true, value: 100 });
    expect(checkInput('ionicScale', '0.001')).toEqual({
      ok: false,
      message: 'What-if multiplier of σi: 0.001 is outside 0.01–100.',
    });
    expect(checkInput('loadingMgCm2', '25')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/25 mg\/cm² is outside 0\.1–20 mg\/cm²/),
    });
  });
});

describe('steps of a log input', () => {
  it('go by tenths of a decade and by decades, onto a three-digit grid, within range', () => {
    expect(nudge('electronicScale', 1, 1)).toBe(10);
    expect(nudge('electronicScale', 10, 1)).toBe(100);
    expect(nudge('electronicScale', 100, 1)).toBe(100);
    expect(nudge('electronicScale', 1, -2)).toBe(0.01);
    expect(nudge('electronicScale', 1, 0.1)).toBe(1.26);
    expect(nudge('electronicScale', 1.26, 0.1)).toBe(1.58);
    expect(nudge('electronicScale', 1.26, -0.1)).toBe(1);
    expect(nudge('ionicScale', 3, 0)).toBe(3.16);
  });

  it('put the slider at log10 of the value, and back', () => {
    expect(sliderPosition('electronicScale', 100)).toBe(2);
    expect(sliderPosition('electronicScale', 0.01)).toBe(-2);
    expect(valueAtPosition('electronicScale', 1)).toBe(10);
    expect(valueAtPosition('electronicScale', -0.3)).toBe(0.501);
    // Linear inputs are their own position.
    expect(sliderPosition('thicknessUm', 37)).toBe(37);
    expect(valueAtPosition('thicknessUm', 37)).toBe(37);
  });

  it('leave linear inputs on their step grid as before', () => {
    expect(snapInput('xGe', 0.17500000000000002)).toBe(0.175);
    expect(nudge('xGe', 0.125, 0.05)).toBe(0.175);
    expect(nudge('loadingMgCm2', 19.5, 1)).toBe(20);
  });
});

describe('numbers from links, command lines and text boxes', () => {
  it('take decimal notation only: no hexadecimal, binary or Infinity', () => {
    for (const raw of ['0x1', '0b1', '0o1', 'Infinity', '1_0', '']) {
      expect(checkInput('xGe', raw).ok, raw).toBe(false);
    }
    for (const [raw, value] of [
      ['1', 1],
      ['0.125', 0.125],
      ['.5', 0.5],
      ['+0.25', 0.25],
      ['1e-1', 0.1],
      [' 0.3 ', 0.3],
    ] as const) {
      expect(checkInput('xGe', raw)).toEqual({ ok: true, value });
    }
  });
});

describe('messages about rejected values', () => {
  it('repeat at most 40 characters of what was given, however long', () => {
    const long = '9'.repeat(3000) + 'x';
    const number = checkInput('xGe', long);
    const choice = checkChoice('separator', 'y'.repeat(6000));
    for (const check of [number, choice]) {
      expect(check.ok).toBe(false);
      if (!check.ok) expect(check.message).not.toMatch(/(9|y){41}/);
    }
    if (!number.ok) expect(number.message).toContain('…');
  });
});
