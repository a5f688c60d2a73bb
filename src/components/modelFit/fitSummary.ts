import { tally, type FitFigure } from '../../charts/parity/fitFigures';
import { REFERENCE_TEMPERATURE_K, ZERO_CELSIUS_K } from '../../core/constants';
import { DEFAULT_CHOICES, INPUT_SPECS } from '../../core/inputs';
import { formatInputValue } from '../../format/number';

const spec = (key: 'particleRadiusUm' | 'thicknessUm') =>
  `${formatInputValue(INPUT_SPECS[key].default)} ${INPUT_SPECS[key].unit}`;

/**
 * "r = 0.5 µm, L = 5 µm, ε = 0.2, Li6PS5Cl separator, 25 °C": the settings the
 * calibration simulates the study's cells at (its defaults and reference temperature),
 * read from the same tables so that the sentence follows them.
 */
export const FIT_CONDITIONS =
  `r = ${spec('particleRadiusUm')}, L = ${spec('thicknessUm')}, ` +
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
