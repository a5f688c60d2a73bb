import { INPUT_SPECS, snapInput, type InputKey } from '../core/inputs';

const isLog = (key: InputKey) => INPUT_SPECS[key].scale === 'log';

/**
 * `value + delta`, snapped to the input's step grid and clamped into range. For a log
 * input, delta is in decades: +1 multiplies by ten.
 */
export function nudge(key: InputKey, value: number, delta: number): number {
  return snapInput(key, isLog(key) ? 10 ** (Math.log10(value) + delta) : value + delta);
}

/** How far PageUp/PageDown move each input (declared with the input). */
export const pageStep = (key: InputKey): number => INPUT_SPECS[key].pageStep;

/** Where a value sits on its slider: the value itself, or its log10 for a log input. */
export const sliderPosition = (key: InputKey, value: number): number =>
  isLog(key) ? Math.log10(value) : value;

/** The value at a slider position (the inverse of sliderPosition, on the step grid). */
export const valueAtPosition = (key: InputKey, position: number): number =>
  isLog(key) ? snapInput(key, 10 ** position) : position;
