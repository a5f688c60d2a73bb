import {
  CHOICE_KEYS,
  checkChoice,
  checkInput,
  DEFAULT_CHOICES,
  defaultInputsFor,
  INPUT_KEYS,
  INPUT_SPECS,
  type ChoiceKey,
  type InputKey,
  type ModelChoices,
  type ModelInputs,
  basisOfGiven,
  heldInputOf,
} from '../core';

/**
 * The inputs and choices as text, one rule for every place that writes or reads them: the
 * page's own query (urlSync) and each pinned view's `pin=` entry (pinCodec).
 */

/** Short, float-noise-free text for a value (0.17500000000000002 → "0.175"). */
export const formatUrlValue = (value: number): string => String(Number(value.toPrecision(12)));

/** Of thickness and loading, the one the basis does not hold: it follows from the other. */
export const unheldInputOf = (choices: ModelChoices): InputKey =>
  heldInputOf(choices.electrodeBasis) === 'thicknessUm' ? 'loadingMgCm2' : 'thicknessUm';

/**
 * The settings that differ from their defaults, as [name, text], inputs then choices in the
 * table's order. Only the held one of thickness and loading counts: the other follows from it.
 */
export function changedSettings(inputs: ModelInputs, choices: ModelChoices): [string, string][] {
  const defaults = defaultInputsFor(choices);
  const unheld = unheldInputOf(choices);
  const changed: [string, string][] = [];
  for (const key of INPUT_KEYS) {
    if (key !== unheld && inputs[key] !== defaults[key]) {
      changed.push([key, formatUrlValue(inputs[key])]);
    }
  }
  for (const key of CHOICE_KEYS) {
    if (choices[key] !== DEFAULT_CHOICES[key]) changed.push([key, choices[key]]);
  }
  return changed;
}

/** What a reader does with a value it cannot use; the caller decides what happens instead. */
export interface SettingsReport {
  /** An unusable value: the check's sentence, the key and the default used in its place. */
  rejected(message: string, key: InputKey | ChoiceKey, fallback: string): void;
  /** Something worth saying about values that were used (a thickness beside a loading). */
  noted(message: string): void;
}

const withUnit = (unit: string, value: number) => (unit ? `${value} ${unit}` : String(value));

/**
 * Reads the declared inputs and choices through `valueOf` (null: not given), each checked
 * against its spec; anything else is someone else's. Choices first: the cathode decides the
 * defaults of its own figures. A loading given without a basis sets the electrode.
 */
export function readSettings(
  valueOf: (key: string) => string | null,
  report: SettingsReport,
): { inputs: ModelInputs; choices: ModelChoices } {
  const choices: Record<ChoiceKey, string> = { ...DEFAULT_CHOICES };
  let basisGiven = false;
  for (const key of CHOICE_KEYS) {
    const raw = valueOf(key);
    if (raw === null) continue;
    if (key === 'electrodeBasis') basisGiven = true;
    const check = checkChoice(key, raw);
    if (check.ok) choices[key] = check.value;
    else report.rejected(check.message, key, DEFAULT_CHOICES[key]);
  }
  const defaults = defaultInputsFor(choices);
  const inputs: Record<InputKey, number> = { ...defaults };
  const read = new Set<InputKey>();
  for (const key of INPUT_KEYS) {
    const raw = valueOf(key);
    if (raw === null) continue;
    const check = checkInput(key, raw);
    if (check.ok) {
      inputs[key] = check.value;
      read.add(key);
    } else {
      report.rejected(check.message, key, withUnit(INPUT_SPECS[key].unit, defaults[key]));
    }
  }
  if (!basisGiven) {
    const given = (key: InputKey) => (read.has(key) ? inputs[key] : undefined);
    const implied = basisOfGiven(given('thicknessUm'), given('loadingMgCm2'));
    if (implied.basis) choices.electrodeBasis = implied.basis;
    if (implied.notice) report.noted(implied.notice);
  }
  return { inputs, choices };
}
