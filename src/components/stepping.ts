import { clampInput, INPUT_SPECS, type InputKey } from '../core/inputs';

const decimalsOf = (step: number) => {
  const text = String(step);
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
};

/**
 * `value + delta`, snapped to the input's step grid and clamped into range, so
 * keyboard steps land on 0.175 rather than 0.17500000000000002.
 */
export function nudge(key: InputKey, value: number, delta: number): number {
  const { step } = INPUT_SPECS[key];
  const snapped = Math.round((value + delta) / step) * step;
  return clampInput(key, Number(snapped.toFixed(decimalsOf(step))));
}

/** How far PageUp/PageDown move each input (declared with the input). */
export const pageStep = (key: InputKey): number => INPUT_SPECS[key].pageStep;
