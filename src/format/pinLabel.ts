import {
  heldInputOf,
  CHOICE_KEYS,
  CHOICE_SPECS,
  INPUT_KEYS,
  INPUT_SPECS,
  type InputKey,
  type ModelChoices,
  type ModelInputs,
  PRESETS,
} from '../core';
import { formulaOf } from './formula';
import { formatInputValue } from './number';

export interface Settings {
  readonly inputs: ModelInputs;
  readonly choices: ModelChoices;
}

/** "x = 0.125 (Si₇Ge)": a measured composition by its formula too. */
export function compositionLabel(xGe: number): string {
  const preset = PRESETS.find((p) => Math.abs(p.xGe - xGe) < 1e-9);
  return `x = ${formatInputValue(xGe)}${preset ? ` (${formulaOf(preset.id)})` : ''}`;
}

/** The multipliers read as a what-if tag does ("σe ×10"); the rest as label, value, unit. */
function settingText(key: InputKey, value: number): string {
  if (key === 'electronicScale') return `σe ×${formatInputValue(value)}`;
  if (key === 'ionicScale') return `σi ×${formatInputValue(value)}`;
  const { label, unit } = INPUT_SPECS[key];
  // "Depth of the snapshot (share of theoretical capacity)": the bracket is for the control.
  const name = label.replace(/ \(.*\)$/, '');
  return `${name} ${formatInputValue(value)}${unit ? ` ${unit}` : ''}`;
}

/**
 * A pinned view as its legend entry and table row name it: its composition, then every
 * setting in which it differs from `live` ("x = 0 (Si), Temperature 40 °C"). Two different
 * pins never read alike: where they differ, at least one of them differs from the live view.
 * Of thickness and loading only the one the pin holds counts; the other follows from it.
 */
export function pinLabel(pin: Settings, live: Settings): string {
  const unheld: InputKey =
    heldInputOf(pin.choices.electrodeBasis) === 'thicknessUm' ? 'loadingMgCm2' : 'thicknessUm';
  const parts = [compositionLabel(pin.inputs.xGe)];
  for (const key of INPUT_KEYS) {
    if (key === 'xGe' || key === unheld || pin.inputs[key] === live.inputs[key]) continue;
    parts.push(settingText(key, pin.inputs[key]));
  }
  for (const key of CHOICE_KEYS) {
    const value = pin.choices[key];
    if (value === live.choices[key]) continue;
    const spec = CHOICE_SPECS[key];
    parts.push(`${spec.label} ${spec.options.find((o) => o.value === value)?.label ?? value}`);
  }
  return parts.join(', ');
}
