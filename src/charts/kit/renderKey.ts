import { CHOICE_KEYS, INPUT_KEYS, type ModelChoices, type ModelInputs } from '../../core';

/** FNV-1a over the text, in base 36: short, stable, and different for different text. */
export function renderKey(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/**
 * Tags a drawing with the settings it was computed for, as data-rendered-key: tests
 * (and anyone debugging) can tell when a figure shows a new answer.
 */
export const settingsKey = (inputs: ModelInputs, choices: ModelChoices): string =>
  renderKey(
    [...INPUT_KEYS.map((k) => String(inputs[k])), ...CHOICE_KEYS.map((k) => choices[k])].join('|'),
  );
