import { electrodeSizeOf, type ElectrodeSize } from './electrodeSize';
import { DEFAULT_CHOICES, type ModelInputs } from './inputs';
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
  /** The layer the transport times are for (set by thickness or by loading). */
  readonly electrode: ElectrodeSize;
  readonly properties: Properties;
  /** σe, σi and σ_amb across 0 ≤ x ≤ 1 at the current temperature. */
  readonly conductivity: readonly ConductivityPoint[];
  /** x-ranges where σe and σi are within one decade. */
  readonly balanced: readonly Interval[];
}

/**
 * The conductivity figure and the properties. Curves and balance include the what-if
 * multipliers of the inputs; `basis` is the electrode choice (thickness or loading).
 */
export function compute(
  inputs: ModelInputs,
  basis: string = DEFAULT_CHOICES.electrodeBasis,
): ComputeResult {
  const T = temperatureKOf(inputs);
  return {
    inputs,
    electrode: electrodeSizeOf(inputs, basis),
    properties: evaluateProperties(inputs, basis),
    conductivity: conductivitySweep(T, inputs),
    balanced: balancedIntervals(T, inputs),
  };
}

/** What the worker exposes; the page derives its client type from this. */
export const modelApi = { compute, computeKinetics, retentionSweep };
export type ModelApi = typeof modelApi;
