import { INPUT_SPECS, snapInput, type InputKey } from '../core';

const isLog = (key: InputKey) => INPUT_SPECS[key].scale === 'log';

/**
 * `value + delta`, snapped to the input's step grid and clamped into range. For a log
 * input, delta is in decades: +1 multiplies by ten.
 */
export function nudge(key: InputKey, value: number, delta: number): number {
  return snapInput(key, isLog(key) ? 10 ** (Math.log10(value) + delta) : value + delta);
}

/**
 * How far PageUp/PageDown move each input: about a twentieth of its range, in decades for a
 * log input. A property of the controls, not of the model, so it lives here.
 */
const RATE_PAGE = 0.5;
const PAGE_STEPS: Readonly<Record<InputKey, number>> = {
  xGe: 0.05,
  temperatureC: 5,
  particleRadiusUm: 0.5,
  thicknessUm: 10,
  loadingMgCm2: 1,
  porosity: 0.05,
  electronicScale: 1,
  ionicScale: 1,
  profileRate1: RATE_PAGE,
  profileRate2: RATE_PAGE,
  profileRate3: RATE_PAGE,
  snapshotRate: RATE_PAGE,
  snapshotDepth: 0.1,
  npRatio: 0.1,
  cathodeCapacity: 10,
  cathodeEfficiency: 5,
  cathodeVoltage: 0.1,
};

export const pageStep = (key: InputKey): number => PAGE_STEPS[key];

/** Where a value sits on its slider: the value itself, or its log10 for a log input. */
export const sliderPosition = (key: InputKey, value: number): number =>
  isLog(key) ? Math.log10(value) : value;

/** The value at a slider position (the inverse of sliderPosition, on the step grid). */
export const valueAtPosition = (key: InputKey, position: number): number =>
  isLog(key) ? snapInput(key, 10 ** position) : position;
