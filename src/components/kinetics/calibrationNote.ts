import { FIT_FIGURES, tally, type FitFigure } from '../../charts/parity/fitFigures';

/** Said while the calibration file stores no electrochemical residuals to count. */
export const UNCOUNTED_NOTE = 'Kinetics fitted, but no residuals stored yet; see docs/model.md';

/**
 * The one honesty line on the kinetics panel, counted from the stored fit so that it
 * cannot claim more than the residuals show: only the electrochemical figures, since
 * those are what the kinetics panel draws.
 */
export function kineticsCalibrationNote(figures: readonly FitFigure[]): string {
  const { within, total } = tally(figures.filter((f) => f.family !== 'transport'));
  if (total === 0) return UNCOUNTED_NOTE;
  return `Calibrated: ${within} of ${total} measured figures within their target; see Model vs experiment below`;
}

export const KINETICS_CALIBRATION_NOTE = kineticsCalibrationNote(FIT_FIGURES);
