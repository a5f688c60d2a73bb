import type { ModelInputs } from './inputs';
import { computeKinetics, retentionSweep } from './kinetics/api';
import {
  balancedIntervals,
  conductivitySweep,
  type ConductivityPoint,
  type Interval,
} from './conductivitySweep';
import { evaluateProperties, temperatureKOf, type Properties } from './properties';

/** Everything the page draws for one set of inputs. */
export interface ComputeResult {
  readonly inputs: ModelInputs;
  readonly properties: Properties;
  /** σe, σi and σ_amb across 0 ≤ x ≤ 1 at the current temperature. */
  readonly conductivity: readonly ConductivityPoint[];
  /** x-ranges where σe and σi are within one decade. */
  readonly balanced: readonly Interval[];
}

export function compute(inputs: ModelInputs): ComputeResult {
  const T = temperatureKOf(inputs);
  return {
    inputs,
    properties: evaluateProperties(inputs),
    conductivity: conductivitySweep(T),
    balanced: balancedIntervals(T),
  };
}

/** What the worker exposes; the page derives its client type from this. */
export const modelApi = { compute, computeKinetics, retentionSweep };
export type ModelApi = typeof modelApi;
