import type { ModelInputs } from './inputs';

const SWEEP_KEYS = ['temperatureC', 'electronicScale', 'ionicScale'] as const;

/**
 * What the curves across 0 ≤ x ≤ 1 (σ, the balanced ranges, D) depend on: neither x nor the
 * electrode. The page asks for them again only when one of these changes, so a drag of x
 * (or of any electrode setting) never carries them.
 */
export type SweepConditions = Pick<ModelInputs, (typeof SWEEP_KEYS)[number]>;

export function sweepConditionsOf(inputs: SweepConditions): SweepConditions {
  const { temperatureC, electronicScale, ionicScale } = inputs;
  return { temperatureC, electronicScale, ionicScale };
}

export const sameSweepConditions = (a: SweepConditions, b: SweepConditions): boolean =>
  SWEEP_KEYS.every((key) => a[key] === b[key]);
