import type { ModelChoices, ModelInputs } from '../inputs';
import { computeKinetics } from '../kinetics/api';
import { cellSettingsOf } from '../kinetics/cellSettings';
import { FormedCellCache } from '../kinetics/protocol';
import { DEFAULT_RESOLUTION } from '../kinetics/resolution';
import { CALIBRATED_PARAMS, type ModelParams } from '../params';
import type { MapFigure } from './figureSpecs';

const finiteOrNull = (value: number): number | null => (Number.isFinite(value) ? value : null);

/**
 * One figure at one set of inputs: a pure function of its arguments. It runs only what the
 * figure needs — the formation and one or two rate tests for the half-cell figures (the same
 * runs, hence the same numbers, as `computeKinetics`), the whole kinetics and the full cell for
 * the energies. A ratio with nothing to divide (a cell that cannot be lithiated has no 0.2 C
 * capacity and no first cycle) and any non-finite result are null, never NaN.
 */
export function evaluateFigure(
  figure: MapFigure,
  inputs: ModelInputs,
  choices: ModelChoices,
  params: ModelParams = CALIBRATED_PARAMS,
): number | null {
  if (figure.id === 'specificEnergy' || figure.id === 'arealEnergy') {
    const fc = computeKinetics(inputs, choices, params).fullCell;
    return finiteOrNull(
      figure.id === 'specificEnergy'
        ? fc.specificEnergy_Wh_per_kg
        : fc.arealCapacity_mAh_per_cm2 * fc.averageVoltage_V,
    );
  }
  // A cache of our own: it only shares the formed cell between this figure's tests.
  const cache = new FormedCellCache();
  const formation = cache.formationFor(cellSettingsOf(inputs, choices), params, DEFAULT_RESOLUTION);
  const capacity = (cRate: number) => cache.rateTest(cRate).delithiation.capacity_mAh_per_g;
  switch (figure.id) {
    case 'ice':
      return formation.lithiation_mAh_per_g > 0
        ? finiteOrNull(cache.inventoryFor(formation).ice_percent)
        : null;
    case 'capacity':
      return finiteOrNull(capacity(figure.cRate));
    case 'retention3C': {
      const low = capacity(0.2);
      return low > 0 ? finiteOrNull((100 * capacity(3)) / low) : null;
    }
  }
}
