import {
  FARADAY_C_PER_MOL,
  REFERENCE_TEMPERATURE_K,
  type ModelChoices,
  type ModelInputs,
  type ModelParams,
  CALIBRATED_PARAMS,
  FIXED,
} from '../core';
import { EXCHANGE_ACTIVATION_EV, EXCHANGE_CURRENT_A_PER_CM2 } from '../core/kinetics/cell';
import { SEPARATOR_THICKNESS_CM } from '../core/kinetics/separators';
import { APP_NAME, APP_VERSION } from './appInfo';
import type { BpxDocument, BpxValue, ParameterSetOptions } from './parameterSets';
import {
  BPX_FORMAT_VERSION,
  SOURCES_TEXT,
  WHY,
  clean,
  cleanTable,
  diffusivityTable,
  modelAt,
  sigeEntries,
  ocpTable,
  settingsText,
} from './parameterSets';
import { SI } from './siUnits';

/** The BPX document ("Partial"): see docs/parameters-export.md for every mapping. */
export function bpxParameterSet(
  inputs: ModelInputs,
  choices: ModelChoices,
  params: ModelParams = CALIBRATED_PARAMS,
  options: ParameterSetOptions = {},
): BpxDocument {
  const m = modelAt(inputs, choices, params);
  const { cell } = m;
  const negative: Record<string, BpxValue> = {
    'Thickness [m]': cell.thickness_cm * SI.M_PER_CM,
    Porosity: inputs.porosity,
    'Transport efficiency': cell.sigmaI0_S_per_cm / m.kappa,
    'Conductivity [S.m-1]': cell.sigmaE0_S_per_cm * SI.S_PER_M_PER_S_PER_CM,
    'Minimum stoichiometry': 0,
    'Maximum stoichiometry': 1,
    'Maximum concentration [mol.m-3]': cell.cMax_mol_per_cm3 * SI.MOL_PER_M3_PER_MOL_PER_CM3,
    'Particle radius [m]': inputs.particleRadiusUm * SI.M_PER_UM,
    'Surface area per unit volume [m-1]': cell.specificArea_per_cm * SI.PER_M_PER_PER_CM,
    'Diffusivity [m2.s-1]': cleanTable(diffusivityTable(m.cellRef)),
    'Diffusivity activation energy [J.mol-1]':
      FIXED.diffusionBarrierLithiated_eV * SI.J_PER_MOL_PER_EV,
    'OCP [V]': cleanTable(ocpTable(cell, 'mean')),
    'OCP (lithiation) [V]': cleanTable(ocpTable(cell, 'lithiation')),
    'OCP (delithiation) [V]': cleanTable(ocpTable(cell, 'delithiation')),
    'Entropic change coefficient [V.K-1]': 0,
    'Reaction rate constant [mol.m-2.s-1]':
      (2 * EXCHANGE_CURRENT_A_PER_CM2 * SI.A_PER_M2_PER_A_PER_CM2) / FARADAY_C_PER_MOL,
    'Reaction rate constant activation energy [J.mol-1]':
      EXCHANGE_ACTIVATION_EV * SI.J_PER_MOL_PER_EV,
  };
  const separator = {
    'Thickness [m]': SEPARATOR_THICKNESS_CM * SI.M_PER_CM,
    Porosity: 1,
    'Transport efficiency': 1,
  };
  const approximate: [string, string][] = [
    ['Negative electrode: Conductivity [S.m-1]', WHY.conductivity],
    ['Negative electrode: Transport efficiency', WHY.transportEfficiency],
    ['Negative electrode: Minimum/Maximum stoichiometry', WHY.stoichiometry],
    ['Negative electrode: Diffusivity [m2.s-1]', `${WHY.diffusivityTable}; at 298.15 K`],
    ['Negative electrode: OCP [V]', WHY.ocpMean],
    ['Negative electrode: OCP (lithiation|delithiation) [V]', WHY.ocpBranch],
    ['Negative electrode: Reaction rate constant [mol.m-2.s-1]', WHY.reaction],
  ];
  const userNumbers: [string, number][] = [
    ['Ambient temperature [K]', m.T],
    ['Initial temperature [K]', m.T],
    ['Reference temperature [K]', REFERENCE_TEMPERATURE_K],
    ['Cation transference number', 1],
    ['Electrolyte conductivity [S.m-1]', m.kappa * SI.S_PER_M_PER_S_PER_CM],
    ...sigeEntries(inputs, m, params).map(([name, value]): [string, number] => [name, value]),
  ];
  const description =
    `Exact: thickness, porosity, maximum concentration, particle radius, surface area per unit ` +
    `volume, activation energies, entropic change (the model's OCP does not depend on T), ` +
    `separator (a dense solid-electrolyte pellet: porosity and transport efficiency 1), and every ` +
    `User-defined number (values at the ambient temperature unless named otherwise). ` +
    `Approximate: ${approximate.map(([k, why]) => `${k} (${why})`).join('; ')}. ` +
    `Not in Parameterisation: the Electrolyte group (the separator is a single-ion conductor ` +
    `with no electrolyte diffusivity to give; its conductivity at the ambient temperature and ` +
    `a transference number of 1 are under User-defined with PyBaMM's names), Cell and State ` +
    `(a half cell against Li-In per unit area; temperatures are under User-defined). ` +
    `"SiGe fitted" entries are the calibration's values in their own units (named in each key); ` +
    `"SiGe fixed" entries are the model's fixed constants (eV where the key says so).`;
  const user: Record<string, number | string> = { description };
  for (const [name, value] of userNumbers) user[name] = clean(value);
  return {
    Header: {
      BPX: BPX_FORMAT_VERSION,
      Title: `${APP_NAME} ${APP_VERSION}: Si(1-x)Ge(x) anode, x = ${clean(inputs.xGe)}`,
      Description:
        `Partial parameter set of the SiGe Explorer model at these settings: ` +
        `${settingsText(inputs, choices)}.` +
        (options.exportedAt ? ` Exported ${options.exportedAt}.` : '') +
        ' What maps exactly and what only approximately: Parameterisation/User-defined/description.',
      References: SOURCES_TEXT,
      Model: 'Partial',
    },
    Parameterisation: {
      'Negative electrode': Object.fromEntries(
        Object.entries(negative).map(([k, v]) => [k, typeof v === 'number' ? clean(v) : v]),
      ),
      Separator: separator,
      'User-defined': user,
    },
  };
}
