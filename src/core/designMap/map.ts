import { electrodeSizeOf } from '../electrodeSize';
import { CALIBRATED_PARAMS, type ModelParams } from '../params';
import { evaluateFigure } from './figures';
import { coarseToFineOrder, type GridIndex } from './grid';
import { cellInputsOf, gridAxes, requestProblem, type MapCell, type MapRequest } from './request';

function checked(request: MapRequest): MapRequest {
  const problem = requestProblem(request);
  if (problem) throw new RangeError(problem);
  return request;
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
