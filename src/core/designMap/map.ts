import { electrodeSizeOf } from '../electrodeSize';
import type { ModelChoices, ModelInputs } from '../inputs';
import { CALIBRATED_PARAMS, type ModelParams } from '../params';
import { evaluateFigure, figureProblem, type MapFigure } from './figures';
import {
  axisValues,
  coarseToFineOrder,
  gridProblem,
  SECOND_AXES,
  type GridIndex,
  type MapGrid,
} from './grid';

/** A design map to compute: the grid, the figure and every other input. */
export interface MapRequest {
  readonly grid: MapGrid;
  readonly figure: MapFigure;
  /** The inputs the axes do not set (their xGe and axis input are replaced cell by cell). */
  readonly inputs: ModelInputs;
  readonly choices: ModelChoices;
}

export interface MapCell extends GridIndex {
  readonly xGe: number;
  /** The second axis's value (mg/cm², µm or µm). */
  readonly axisValue: number;
  /** The figure, or null where it has no finite value. */
  readonly value: number | null;
  /**
   * True when the loading asked for needs a layer outside the thickness range, so the cell
   * simulates the nearest thickness instead (see electrodeSizeOf).
   */
  readonly clamped: boolean;
}

/** What is wrong with a request, in words, or null when it can be run. */
export function requestProblem(request: MapRequest): string | null {
  return gridProblem(request.grid) ?? figureProblem(request.figure);
}

function checked(request: MapRequest): MapRequest {
  const problem = requestProblem(request);
  if (problem) throw new RangeError(problem);
  return request;
}

/**
 * The inputs and choices of one cell: x and the axis input replaced; a loading axis holds the
 * loading and a thickness axis the thickness, whatever basis the request chose.
 */
export function cellInputsOf(
  request: MapRequest,
  xGe: number,
  axisValue: number,
): { readonly inputs: ModelInputs; readonly choices: ModelChoices } {
  const axis = SECOND_AXES[request.grid.axis];
  const inputs = { ...request.inputs, xGe, [axis.input]: axisValue };
  const choices = axis.basis ? { ...request.choices, electrodeBasis: axis.basis } : request.choices;
  return { inputs, choices };
}

/** The grid's values along both axes. */
export function gridAxes(grid: MapGrid): { readonly xs: number[]; readonly values: number[] } {
  return { xs: axisValues(grid.x), values: axisValues(grid.second) };
}

/** One cell of the map (i along x, j along the second axis): pure, ~0.1–0.4 s of model. */
export function evaluateCell(
  request: MapRequest,
  { i, j }: GridIndex,
  params: ModelParams = CALIBRATED_PARAMS,
): MapCell {
  const { xs, values } = gridAxes(request.grid);
  return cellAt(request, i, j, xs, values, params);
}

function cellAt(
  request: MapRequest,
  i: number,
  j: number,
  xs: readonly number[],
  values: readonly number[],
  params: ModelParams,
): MapCell {
  const xGe = xs[i];
  const axisValue = values[j];
  if (xGe === undefined || axisValue === undefined) {
    throw new RangeError(`No cell (${i}, ${j}) in a ${xs.length} × ${values.length} grid.`);
  }
  const { inputs, choices } = cellInputsOf(request, xGe, axisValue);
  return {
    i,
    j,
    xGe,
    axisValue,
    value: evaluateFigure(request.figure, inputs, choices, params),
    clamped: electrodeSizeOf(inputs, choices.electrodeBasis).notice !== null,
  };
}

/**
 * The cells of a map one by one, coarse to fine (see coarseToFineOrder): a caller that draws
 * as they come shows the whole map early, then sharpens it. Throws a RangeError for a request
 * that requestProblem refuses.
 */
export function* designMapCells(
  request: MapRequest,
  { coarsest = 8, params = CALIBRATED_PARAMS }: { coarsest?: number; params?: ModelParams } = {},
): Generator<MapCell> {
  const { xs, values } = gridAxes(checked(request).grid);
  for (const { i, j } of coarseToFineOrder(xs.length, values.length, coarsest)) {
    yield cellAt(request, i, j, xs, values, params);
  }
}

/** Every cell of a map, in grid order: x-major (i, then j). */
export function computeDesignMap(
  request: MapRequest,
  params: ModelParams = CALIBRATED_PARAMS,
): MapCell[] {
  return [...designMapCells(request, { params })].sort((a, b) => a.i - b.i || a.j - b.j);
}
