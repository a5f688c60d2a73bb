import type { ModelChoices, ModelInputs } from '../inputs';
import { figureProblem, type MapFigure } from './figureSpecs';
import { axisValues, gridProblem, SECOND_AXES, type GridIndex, type MapGrid } from './grid';

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
