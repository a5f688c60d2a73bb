import { evaluateCell, type GridIndex, type MapCell, type MapRequest } from './designMap';
import { electrodeSizeOf, type ElectrodeSize } from './electrodeSize';
import { DEFAULT_CHOICES, type ModelInputs } from './inputs';
import { computeKinetics, retentionSweep } from './kinetics/api';
import {
  diffusivityAcrossX,
  diffusivityThroughLithiation,
  type DiffusivityCurves,
} from './kinetics/diffusivityCurves';
import {
  balancedIntervals,
  conductivitySweep,
  type ConductivityPoint,
  type Interval,
} from './conductivitySweep';
import { evaluateProperties, temperatureKOf, type Properties } from './properties';
import { sweepConditionsOf, type SweepConditions } from './sweepConditions';

/** The curves across 0 ≤ x ≤ 1, with the what-if multipliers: the same for every x. */
export interface SweepResult {
  /** σe, σi and σ_amb across 0 ≤ x ≤ 1 at the current temperature. */
  readonly conductivity: readonly ConductivityPoint[];
  /** x-ranges where σe and σi are within one decade. */
  readonly balanced: readonly Interval[];
  /** The GITT-average Li diffusivity across 0 ≤ x ≤ 1 at the current temperature. */
  readonly diffusivity: DiffusivityCurves['composition'];
}

/** What belongs to the current composition and electrode. */
export interface PointResult {
  readonly inputs: ModelInputs;
  /** The layer the transport times are for (set by thickness or by loading). */
  readonly electrode: ElectrodeSize;
  readonly properties: Properties;
  /** D through one lithiation of the current composition. */
  readonly diffusivityLithiation: DiffusivityCurves['lithiation'];
}

/** Everything the page draws for one set of inputs. */
export interface ComputeResult extends PointResult, SweepResult {}

/** The conductivity and diffusivity curves and the balanced ranges, for the page's figures. */
export function computeSweep(conditions: SweepConditions): SweepResult {
  const T = temperatureKOf(conditions);
  return {
    conductivity: conductivitySweep(T, conditions),
    balanced: balancedIntervals(T, conditions),
    diffusivity: diffusivityAcrossX(conditions),
  };
}

/** The properties and D(θ) of the current composition; `basis`: thickness or loading. */
export function computePoint(
  inputs: ModelInputs,
  basis: string = DEFAULT_CHOICES.electrodeBasis,
): PointResult {
  return {
    inputs,
    electrode: electrodeSizeOf(inputs, basis),
    properties: evaluateProperties(inputs, basis),
    // The other choices (separator, cathode, snapshot) only reach the kinetics' cell, not the
    // diffusivity inside its particles (test/core/diffusivityCurves.test.ts holds it to that),
    // so this request need not carry them, nor be repeated when one changes.
    diffusivityLithiation: diffusivityThroughLithiation(inputs, {
      ...DEFAULT_CHOICES,
      electrodeBasis: basis,
    }),
  };
}

/** Both at once, for the CLI, the scripts and the tests. */
export function compute(
  inputs: ModelInputs,
  basis: string = DEFAULT_CHOICES.electrodeBasis,
): ComputeResult {
  return { ...computePoint(inputs, basis), ...computeSweep(sweepConditionsOf(inputs)) };
}

/** Some cells of a design map, in the order asked (a chunk of the page's coarse-to-fine fill). */
export function mapCells(request: MapRequest, cells: readonly GridIndex[]): MapCell[] {
  return cells.map((cell) => evaluateCell(request, cell));
}

/** What the worker exposes; the page derives its client type from this. */
export const modelApi = { computeSweep, computePoint, computeKinetics, retentionSweep, mapCells };
export type ModelApi = typeof modelApi;
