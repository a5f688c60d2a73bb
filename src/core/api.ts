import { evaluateCell, type GridIndex, type MapCell, type MapRequest } from './designMap';
import { electrodeSizeOf, type ElectrodeSize } from './electrodeSize';
import { DEFAULT_CHOICES, type ModelInputs } from './inputs';
import { computeKinetics, retentionSweep } from './kinetics/api';
import { diffusivityCurves, type DiffusivityCurves } from './kinetics/diffusivityCurves';
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
  /** The GITT-average Li diffusivity across 0 ≤ x ≤ 1 at the current temperature. */
  readonly diffusivity: DiffusivityCurves['composition'];
  /** D through one lithiation of the current composition. */
  readonly diffusivityLithiation: DiffusivityCurves['lithiation'];
}

/**
 * The conductivity and diffusivity figures and the properties. Curves and balance include
 * the what-if multipliers of the inputs; `basis` is the electrode choice (thickness or
 * loading).
 */
export function compute(
  inputs: ModelInputs,
  basis: string = DEFAULT_CHOICES.electrodeBasis,
): ComputeResult {
  const T = temperatureKOf(inputs);
  // The other choices (separator, cathode, snapshot) only reach the kinetics' cell, not the
  // diffusivity inside its particles (test/core/diffusivityCurves.test.ts holds it to that),
  // so this request need not carry them, nor be repeated when one changes.
  const diffusivity = diffusivityCurves(inputs, { ...DEFAULT_CHOICES, electrodeBasis: basis });
  return {
    inputs,
    electrode: electrodeSizeOf(inputs, basis),
    properties: evaluateProperties(inputs, basis),
    conductivity: conductivitySweep(T, inputs),
    balanced: balancedIntervals(T, inputs),
    diffusivity: diffusivity.composition,
    diffusivityLithiation: diffusivity.lithiation,
  };
}

/** Some cells of a design map, in the order asked (a chunk of the page's coarse-to-fine fill). */
export function mapCells(request: MapRequest, cells: readonly GridIndex[]): MapCell[] {
  return cells.map((cell) => evaluateCell(request, cell));
}

/** What the worker exposes; the page derives its client type from this. */
export const modelApi = { compute, computeKinetics, retentionSweep, mapCells };
export type ModelApi = typeof modelApi;
