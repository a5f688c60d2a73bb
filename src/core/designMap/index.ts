/**
 * Design map (issue 14): a figure of merit over Ge fraction × loading, thickness or particle
 * radius, computed cell by cell, coarse to fine, with its optimum. Pure model code.
 */
export {
  axisValues,
  coarseToFineOrder,
  gridProblem,
  isSecondAxisId,
  MAX_MAP_CELLS,
  SECOND_AXES,
  SECOND_AXIS_IDS,
  X_AXIS,
  type AxisRange,
  type AxisSpec,
  type GridIndex,
  type MapGrid,
  type SecondAxisId,
} from './grid';
export {
  CAPACITY_RATE_RANGE,
  DEFAULT_CAPACITY_RATE,
  evaluateFigure,
  FIGURE_IDS,
  FIGURES,
  figureProblem,
  isFigureId,
  type FigureId,
  type FigureSpec,
  type MapFigure,
} from './figures';
export {
  cellInputsOf,
  computeDesignMap,
  designMapCells,
  evaluateCell,
  gridAxes,
  requestProblem,
  type MapCell,
  type MapRequest,
} from './map';
export { bestCell, presetNameOf, type RankedCell } from './best';
