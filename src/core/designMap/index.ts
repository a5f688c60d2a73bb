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
export { evaluateFigure } from './figures';
// Names and units apart from the model that computes them: the page names the figures
// (src/components/designMap) without loading the model.
export {
  CAPACITY_RATE_RANGE,
  DEFAULT_CAPACITY_RATE,
  FIGURE_IDS,
  FIGURES,
  figureProblem,
  isFigureId,
  type FigureId,
  type FigureSpec,
  type MapFigure,
} from './figureSpecs';
export { computeDesignMap, designMapCells, evaluateCell } from './map';
export { cellInputsOf, gridAxes, requestProblem, type MapCell, type MapRequest } from './request';
export { bestCell, presetNameOf, type RankedCell } from './best';
