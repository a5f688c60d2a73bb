import { ZERO_CELSIUS_K } from '../constants';
import { electrodeSizeOf } from '../electrodeSize';
import type { ModelChoices, ModelInputs } from '../inputs';
import type { CellSettings } from './cell';

/**
 * The cell the kinetics simulate. Its thickness is the input's, or the one that holds the
 * chosen loading at this x and porosity (clamped into range: electrodeSizeOf says when).
 */
export function cellSettingsOf(inputs: ModelInputs, choices: ModelChoices): CellSettings {
  return {
    xGe: inputs.xGe,
    temperatureK: inputs.temperatureC + ZERO_CELSIUS_K,
    particleRadiusUm: inputs.particleRadiusUm,
    thicknessUm: electrodeSizeOf(inputs, choices.electrodeBasis).thicknessUm,
    porosity: inputs.porosity,
    separatorId: choices.separator,
    electronicScale: inputs.electronicScale,
    ionicScale: inputs.ionicScale,
  };
}
