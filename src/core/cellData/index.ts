/** Importing cycler exports (issue 13): the public face of src/core/cellData. */
export { parseCellData } from './parse';
export { CellDataError, checkFileSize, MAX_FILE_BYTES, type CellDataErrorCode } from './errors';
export { toTidyCsv, type TidyExportInfo } from './tidyExport';
export { TIDY_LABEL, tidyNumber } from './tidyFormat';
export {
  differentialCapacity,
  largestPeak,
  movingAverage,
  type DifferentialCurve,
  type DifferentialCurves,
  type DifferentialOptions,
  type Peak,
} from './dqdv';
export type * from './types';
