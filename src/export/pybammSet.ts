import {
  REFERENCE_TEMPERATURE_K,
  type ModelChoices,
  type ModelInputs,
  type ModelParams,
  CALIBRATED_PARAMS,
  FIXED,
  density,
} from '../core';
import { EXCHANGE_ACTIVATION_EV } from '../core/kinetics/cell';
import { SEPARATOR_ACTIVATION_EV, SEPARATOR_THICKNESS_CM } from '../core/kinetics/separators';
import { APP_NAME, APP_VERSION } from './appInfo';
import { fileSafe, settingsFileTags } from './exportSettings';
import type { ParameterSetOptions, PybammParameterSet } from './parameterSets';
import { SOURCES_TEXT, WHY, clean, modelAt, sigeEntries, settingsText } from './parameterSets';
import { SI } from './siUnits';

/** The flat PyBaMM set with a note on each parameter. */
export function pybammParameterSet(
  inputs: ModelInputs,
  choices: ModelChoices,
  params: ModelParams = CALIBRATED_PARAMS,
  options: ParameterSetOptions = {},
): PybammParameterSet {
  const m = modelAt(inputs, choices, params);
  const { cell } = m;
  const atT = 'at the ambient temperature';
  const entries: [string, number, string][] = [
    ['Negative electrode thickness [m]', cell.thickness_cm * SI.M_PER_CM, 'exact'],
    ['Negative particle radius [m]', inputs.particleRadiusUm * SI.M_PER_UM, 'exact'],
    [
      'Negative electrode porosity',
      inputs.porosity,
      'exact (the layer’s void fraction; the pores hold no electrolyte)',
    ],
    ['Negative electrode active material volume fraction', 1 - inputs.porosity, 'exact'],
    [
      'Negative electrode conductivity [S.m-1]',
      m.sigma.electronic * SI.S_PER_M_PER_S_PER_CM,
      `approximate: ${WHY.conductivity}; intrinsic, ${atT}, Bruggeman exponent below`,
    ],
    ['Negative electrode Bruggeman coefficient (electrode)', 1.5, 'exact'],
    [
      'Maximum concentration in negative electrode [mol.m-3]',
      cell.cMax_mol_per_cm3 * SI.MOL_PER_M3_PER_MOL_PER_CM3,
      'exact (Li15M4)',
    ],
    [
      'Negative particle diffusivity [m2.s-1]',
      cell.diffusivityLaw.mean_cm2_per_s * SI.M2_PER_CM2,
      `approximate: ${WHY.meanDiffusivity}; ${atT}`,
    ],
    [
      'Negative electrode diffusivity activation energy [J.mol-1]',
      FIXED.diffusionBarrierLithiated_eV * SI.J_PER_MOL_PER_EV,
      'exact (the diffusivity above already includes it)',
    ],
    [
      'Negative electrode exchange-current density [A.m-2]',
      cell.exchangeCurrent_A_per_cm2 * SI.A_PER_M2_PER_A_PER_CM2,
      `approximate: ${WHY.exchangeCurrent}; ${atT}`,
    ],
    [
      'Negative electrode reaction rate constant activation energy [J.mol-1]',
      EXCHANGE_ACTIVATION_EV * SI.J_PER_MOL_PER_EV,
      'exact (the exchange-current density above already includes it)',
    ],
    ['Negative electrode charge transfer coefficient', 0.5, 'exact'],
    ['Negative electrode OCP entropic change [V.K-1]', 0, 'exact'],
    [
      'Negative electrode density [kg.m-3]',
      density(inputs.xGe) * SI.KG_PER_M3_PER_G_PER_CM3,
      'exact (the dense alloy)',
    ],
    ['Separator thickness [m]', SEPARATOR_THICKNESS_CM * SI.M_PER_CM, 'exact'],
    ['Separator porosity', 1, 'exact (a dense solid-electrolyte pellet)'],
    [
      'Electrolyte conductivity [S.m-1]',
      m.kappa * SI.S_PER_M_PER_S_PER_CM,
      `exact (${m.separatorId}, ${atT})`,
    ],
    [
      'Electrolyte conductivity activation energy [J.mol-1]',
      SEPARATOR_ACTIVATION_EV * SI.J_PER_MOL_PER_EV,
      'exact (the conductivity above already includes it)',
    ],
    ['Cation transference number', 1, 'exact (a single-ion solid electrolyte)'],
    ['Reference temperature [K]', REFERENCE_TEMPERATURE_K, 'exact'],
    ['Ambient temperature [K]', m.T, 'exact'],
    ['Initial temperature [K]', m.T, 'exact (isothermal model)'],
    ...sigeEntries(inputs, m, params),
  ];
  const header: Record<string, string> = {
    Title: `${APP_NAME} ${APP_VERSION}: PyBaMM-style parameters of a Si(1-x)Ge(x) anode`,
    Description:
      `SiGe Explorer model at these settings: ${settingsText(inputs, choices)}. ` +
      'SI values; dimensionless where the name has no unit. Load with ' +
      'pybamm.ParameterValues(data["Parameters"]); "Notes" says which are exact. Values are ' +
      'at the ambient temperature (constants, no Arrhenius function).',
    References: SOURCES_TEXT,
  };
  if (options.exportedAt) header.Exported = options.exportedAt;
  return {
    Header: header,
    Parameters: Object.fromEntries(entries.map(([name, value]) => [name, clean(value)])),
    Notes: Object.fromEntries(entries.map(([name, , note]) => [name, note])),
  };
}

/** `sige-parameters-bpx_x0.125_25C_r0.5um_L5um.json` */
export function parameterSetFilename(
  format: 'bpx' | 'pybamm',
  inputs: ModelInputs,
  choices: ModelChoices,
): string {
  const tags = settingsFileTags({ inputs, choices });
  return `${[`sige-parameters-${format}`, ...tags].map(fileSafe).join('_')}.json`;
}
