import { snapInput, type ModelChoices, type ModelInputs } from '../core/inputs';

/** The largest step of x taken for a keyboard step: PageUp/PageDown's. */
const KEY_STEP_MAX = 0.05;

const sameExcept = <T extends Readonly<Record<string, unknown>>>(a: T, b: T, skip?: string) =>
  Object.keys(a).every((k) => k === skip || a[k] === b[k]);

/**
 * Where a keyboard user stepping through compositions is likely to go next: when `current`
 * differs from `previous` by a key-sized step of x alone, the same step once more (null
 * otherwise, or at the end of the range).
 */
export function nextKeyStep(
  previous: { readonly inputs: ModelInputs; readonly choices: ModelChoices },
  current: { readonly inputs: ModelInputs; readonly choices: ModelChoices },
): ModelInputs | null {
  const dx = current.inputs.xGe - previous.inputs.xGe;
  if (dx === 0 || Math.abs(dx) > KEY_STEP_MAX + 1e-9) return null;
  if (!sameExcept(previous.inputs, current.inputs, 'xGe')) return null;
  if (!sameExcept(previous.choices, current.choices)) return null;
  const xGe = snapInput('xGe', current.inputs.xGe + dx);
  return xGe === current.inputs.xGe ? null : { ...current.inputs, xGe };
}
