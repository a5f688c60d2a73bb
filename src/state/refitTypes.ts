import type { KineticParams } from '../core';
import type { RefitMeta } from '../core/refit/refitJson';
import type { FittedParameter, RefitResidual } from '../core/refit/types';

/** A refit the page shows: fresh from a run, or read back from a saved file. */
export interface ShownRefit {
  /** All seven kinetic parameters: the fitted ones, and the rest at the calibration. */
  readonly params: KineticParams;
  readonly fitted: readonly FittedParameter[];
  /** Empty for a run stopped before its residuals were known. */
  readonly residuals: readonly RefitResidual[];
  /** Where it came from, in words: "refit to cell.csv", "loaded from set.json". */
  readonly source: string;
  /** Model evaluations of the run; absent for a loaded file. */
  readonly evaluations?: number;
  /** Stopped by the user: the best values so far, with no uncertainty. */
  readonly stopped: boolean;
  /** What the data left out, whether the search ran out of evaluations. */
  readonly notes: readonly string[];
  /** Saved with the values: data file, cell inputs, date. */
  readonly meta: RefitMeta;
}

export interface RefitSlice {
  /** The refit on show in the panel and in Model vs experiment; null before the first. */
  refit: ShownRefit | null;
  /**
   * Kinetic parameters that the page's kinetics use in place of the calibration's; null:
   * the published calibration. Pins and the design map always keep the calibration.
   */
  kineticOverride: KineticParams | null;
  /** The `source` of the refit in use, for the banner over the figures. */
  kineticOverrideSource: string | null;
  showRefit(refit: ShownRefit): void;
  /** The refit on show draws the figures (nothing happens without one). */
  applyRefit(): void;
  backToCalibration(): void;
}
