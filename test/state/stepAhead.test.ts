import { describe, expect, it } from 'vitest';
import { DEFAULT_CHOICES, DEFAULT_INPUTS } from '../../src/core/inputs';
import { nextKeyStep } from '../../src/state/stepAhead';

const at = (xGe: number, more: Partial<typeof DEFAULT_INPUTS> = {}) => ({
  inputs: { ...DEFAULT_INPUTS, ...more, xGe },
  choices: DEFAULT_CHOICES,
});

describe('nextKeyStep', () => {
  it('repeats an arrow or page step of x, either way', () => {
    expect(nextKeyStep(at(0.125), at(0.1275))?.xGe).toBe(0.13);
    expect(nextKeyStep(at(0.3), at(0.25))?.xGe).toBe(0.2);
  });

  it('takes nothing else for a step: a jump, no move, another input or choice, the range end', () => {
    expect(nextKeyStep(at(0.125), at(0.5))).toBeNull();
    expect(nextKeyStep(at(0.125), at(0.125))).toBeNull();
    expect(nextKeyStep(at(0.125), at(0.1275, { porosity: 0.3 }))).toBeNull();
    const other = { ...at(0.1275), choices: { ...DEFAULT_CHOICES, separator: 'Li10GeP2S12' } };
    expect(nextKeyStep(at(0.125), other)).toBeNull();
    expect(nextKeyStep(at(0.9975), at(1))).toBeNull();
  });
});
