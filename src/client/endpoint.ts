import type { PointResult, SweepResult } from '../core/api';
import type { ModelChoices, ModelInputs } from '../core/inputs';
import type { GridIndex, MapCell, MapRequest } from '../core/designMap';
import type { KineticsView, RetentionPoint } from '../core/kinetics/api';
import type { KineticParams } from '../core/params';
import type { SweepConditions } from '../core/sweepConditions';
import type { WorkerLifecycle } from './coalescer';

/**
 * What the client needs from something that runs the model: the real worker in
 * the app, a fake in tests, the model itself as a fallback. Keeping it this narrow
 * is what lets tests simulate a worker that rejects, hangs or dies.
 */
export interface ModelEndpoint extends WorkerLifecycle {
  /** The curves across x: asked for only when their conditions change. */
  computeSweep(conditions: SweepConditions): Promise<SweepResult>;
  /** `basis`: the electrode choice, which the properties' layer times depend on. */
  computePoint(inputs: ModelInputs, basis?: string): Promise<PointResult>;
}

export type EndpointFactory = () => ModelEndpoint;

/**
 * The slow half of the model, run in a worker of its own so the fast half never waits.
 * `kinetics`: a refit's kinetic parameters in place of the calibration's (null: none).
 */
export interface KineticsEndpoint extends WorkerLifecycle {
  /** `draft`: a drag's preview on the coarser grid (computeDraftKinetics). */
  computeKinetics(
    inputs: ModelInputs,
    choices: ModelChoices,
    kinetics?: KineticParams | null,
    draft?: boolean,
  ): Promise<KineticsView>;
  retentionSweep(
    inputs: ModelInputs,
    choices: ModelChoices,
    xs: readonly number[],
    kinetics?: KineticParams | null,
  ): Promise<RetentionPoint[]>;
  /** Some cells of a design map (see src/core/designMap). */
  mapCells(request: MapRequest, cells: readonly GridIndex[]): Promise<MapCell[]>;
}

export type KineticsEndpointFactory = () => KineticsEndpoint;
