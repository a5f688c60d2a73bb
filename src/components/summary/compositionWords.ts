import { PRESETS } from '../../core';
import { formulaOf } from '../../format/formula';
import { formatInputValue } from '../../format/number';

/** The measured composition at x, if x is one (within float noise). */
const presetAt = (x: number) => PRESETS.find((p) => Math.abs(p.xGe - x) < 1e-9);

/** "x = 0.125, Si₇Ge" for a measured composition, "x = 0.3" otherwise: how a slider says it. */
export function compositionValueText(x: number): string {
  const preset = presetAt(x);
  return `x = ${formatInputValue(x)}${preset ? `, ${formulaOf(preset.id)}` : ''}`;
}

/** "Si₇Ge (x = 0.125)", or "Si₁₋ₓGeₓ with x = 0.3": the composition inside a sentence. */
export function compositionName(x: number): string {
  const preset = presetAt(x);
  return preset
    ? `${formulaOf(preset.id)} (x = ${formatInputValue(x)})`
    : `Si₁₋ₓGeₓ with x = ${formatInputValue(x)}`;
}
