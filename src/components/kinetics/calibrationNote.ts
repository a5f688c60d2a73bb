/**
 * The one honesty line on the kinetics panel. One constant, so that the wording
 * changes in one place once the kinetics are calibrated to the rate data.
 */
export const KINETICS_CALIBRATION_NOTE =
  'Model not yet calibrated to the rate data; see docs/model.md';
