import { REFERENCE_TEMPERATURE_K, CALIBRATED_PARAMS } from '../../core';
import { coreFraction } from '../../core/kinetics/cell';
import { VOLTAGE_WINDOW_V_VS_LI } from '../../core/kinetics/ocp';
import { LI_INVENTORY_AFTER_FIRST_CYCLE } from '../../data/measurements';
import { formatFixed } from '../../format/number';

const geInactive = LI_INVENTORY_AFTER_FIRST_CYCLE.find((m) => m.compositionId === 'Ge');

/** Share of a particle the first lithiation converts, %, at 25 °C (the fitted core's complement). */
export const convertedPercent = (xGe: number) =>
  100 * (1 - coreFraction(xGe, REFERENCE_TEMPERATURE_K, CALIBRATED_PARAMS));

/**
 * The two things a reader of the parity plots should know before blaming the data: one
 * mechanism the model adds to reach Si's first cycle, one the study invokes that it lacks.
 */
export function ModelLimits() {
  return (
    <p className="hint" data-testid="model-limits">
      Pure Si&rsquo;s first lithiation converts only {formatFixed(convertedPercent(0), 0)} % of each
      particle in the model: a crystalline core is left unconverted, as in-situ microscopy shows for
      Si particles (one fitted fraction; Si₇Ge converts {formatFixed(convertedPercent(0.125), 0)} %,
      Ge {formatFixed(convertedPercent(1), 0)} %). Not in the model: Li plating. The study explains
      Ge&rsquo;s inactive Li by Li plated near the electrolyte, but above the{' '}
      {formatFixed(VOLTAGE_WINDOW_V_VS_LI.lower, 2)} V cut-off no electrode model whose currents all
      run one way can plate, so the model&rsquo;s I-Li for Ge comes from the side reaction alone
      {geInactive &&
        ` and falls short of the measured ${formatFixed(geInactive.inactive_percent, 1)} %`}
      .
    </p>
  );
}
