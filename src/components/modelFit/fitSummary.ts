import { tally, type FitFigure } from '../../charts/parity/fitFigures';
import { REFERENCE_TEMPERATURE_K, ZERO_CELSIUS_K } from '../../core/constants';
import { electrodeSizeOf } from '../../core/electrodeSize';
import { DEFAULT_CHOICES, DEFAULT_INPUTS, INPUT_SPECS } from '../../core/inputs';
import { formatFixed, formatInputValue } from '../../format/number';

/** The default electrode, as the calibration's cellSettingsOf makes it. */
const FITTED = electrodeSizeOf(DEFAULT_INPUTS, DEFAULT_CHOICES.electrodeBasis);

/**
 * "r = 0.5 µm, L = 5 µm (1.04 mg/cm² at x = 0.125), ε = 0.2, Li6PS5Cl separator, 25 °C":
 * the settings the calibration simulates the study's cells at (its defaults and reference
 * temperature), read from the same tables so that the sentence follows them.
 */
export const FIT_CONDITIONS =
  `r = ${formatInputValue(INPUT_SPECS.particleRadiusUm.default)} µm, ` +
  `L = ${formatInputValue(FITTED.thicknessUm)} µm ` +
  `(${formatFixed(FITTED.loadingMgCm2, 2)} mg/cm² at x = ${formatInputValue(DEFAULT_INPUTS.xGe)}), ` +
  `ε = ${formatInputValue(INPUT_SPECS.porosity.default)}, ` +
  `${DEFAULT_CHOICES.separator} separator, ` +
  `${formatInputValue(REFERENCE_TEMPERATURE_K - ZERO_CELSIUS_K)}\u00a0°C`;

/** "30 of 34 figures within their target; the model was fitted at the default electrode: …". */
export function fitSummary(figures: readonly FitFigure[]): string {
  const { within, total } = tally(figures);
  return (
    `${within} of ${total} figures within their target; the model was fitted at the ` +
    `default electrode: ${FIT_CONDITIONS}`
  );
}
