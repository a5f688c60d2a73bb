import { exceptionsText } from '../../charts/parity/describeFigure';
import { tally, type FitFigure } from '../../charts/parity/fitFigures';
import {
  REFERENCE_TEMPERATURE_K,
  ZERO_CELSIUS_K,
  electrodeSizeOf,
  DEFAULT_CHOICES,
  DEFAULT_INPUTS,
  INPUT_SPECS,
} from '../../core';
import { formulaOf } from '../../format/formula';
import { formatFixed, formatInputValue } from '../../format/number';

/** The default electrode, as the calibration's cellSettingsOf makes it. */
const FITTED = electrodeSizeOf(DEFAULT_INPUTS, DEFAULT_CHOICES.electrodeBasis);

/**
 * "r = 0.5 µm, L = 5 µm (1.04 mg/cm² at x = 0.125), ε = 0.2, Li₆PS₅Cl separator, 25 °C":
 * the settings the calibration simulates the study's cells at (its defaults and reference
 * temperature), read from the same tables so that the sentence follows them.
 */
export const FIT_CONDITIONS =
  `r = ${formatInputValue(INPUT_SPECS.particleRadiusUm.default)} µm, ` +
  `L = ${formatInputValue(FITTED.thicknessUm)} µm ` +
  `(${formatFixed(FITTED.loadingMgCm2, 2)} mg/cm² at x = ${formatInputValue(DEFAULT_INPUTS.xGe)}), ` +
  `ε = ${formatInputValue(INPUT_SPECS.porosity.default)}, ` +
  `${formulaOf(DEFAULT_CHOICES.separator)} separator, ` +
  `${formatInputValue(REFERENCE_TEMPERATURE_K - ZERO_CELSIUS_K)}\u00a0°C`;

/** A family group's count: "11 of 22 electrochemical figures within their target (…)". */
function groupTally(figures: readonly FitFigure[], what: string): string | null {
  const counts = tally(figures);
  if (counts.total === 0) return null;
  return `${counts.within} of ${counts.total} ${what} within their target${exceptionsText(counts)}`;
}

/**
 * "11 of 22 electrochemical figures within their target (2 without a mechanism in the
 * model, counted as misses), 12 of 12 conductivities and diffusivities within their target;
 * the model was fitted at the default electrode: …". The electrochemistry leads: it is where the model
 * can be wrong, while the transport fit has nearly a parameter per point.
 */
export function fitSummary(figures: readonly FitFigure[]): string {
  const counts = [
    groupTally(
      figures.filter((f) => f.family !== 'transport'),
      'electrochemical figures',
    ),
    groupTally(
      figures.filter((f) => f.family === 'transport'),
      'conductivities and diffusivities',
    ),
  ].filter((c) => c !== null);
  const head = counts.length > 0 ? counts.join(', ') : 'No measured figures stored to compare yet';
  return `${head}; the model was fitted at the default electrode: ${FIT_CONDITIONS}`;
}
