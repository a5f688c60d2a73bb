import {
  arrheniusFactor,
  geWeightFraction,
  theoreticalCapacity,
  REFERENCE_TEMPERATURE_K,
  electrodeSizeOf,
  CHOICE_SPECS,
  type ModelChoices,
  type ModelInputs,
  FIXED,
  type ModelParams,
  conductivities,
  temperatureKOf,
  density,
} from '../core';
import {
  describeCell,
  DILUTE_END_THETA,
  LI_IN_RESISTANCE_OHM_CM2,
  SIDE_ALPHA,
  SIDE_FILM_INITIAL_C_PER_CM2,
  type CellDescription,
} from '../core/kinetics/cell';
import { cellSettingsOf } from '../core/kinetics/cellSettings';
import { LI_IN_POTENTIAL_V, openCircuitPotential, type Branch } from '../core/kinetics/ocp';
import {
  DEFAULT_SEPARATOR_ID,
  SEPARATOR_ACTIVATION_EV,
  separatorById,
} from '../core/kinetics/separators';
import { SI } from './siUnits';

/**
 * The model's parameters at the current settings in two exchange formats (docs/
 * parameters-export.md says what maps how):
 *
 * - BPX, the Battery Parameter eXchange standard PyBaMM reads, as a "Partial"
 *   parameterisation: the negative electrode and the separator where the model maps onto
 *   the standard's fields, everything else under "User-defined".
 * - A flat set of PyBaMM parameter names with SI values, each marked exact or approximate.
 *
 * Pure: inputs, choices and the fitted parameters in, plain JSON-ready objects out. Values
 * come from the model's own functions (describeCell, conductivities, openCircuitPotential).
 */

/** BPX format version written in the header (the schema that has Model "Partial"). */
export const BPX_FORMAT_VERSION = '1.1.0';

/** A function of stoichiometry as BPX tables it: y at each x, linearly interpolated. */
export interface BpxTable {
  readonly x: readonly number[];
  readonly y: readonly number[];
}

export type BpxValue = number | BpxTable;

export interface BpxDocument {
  readonly Header: {
    readonly BPX: string;
    readonly Title: string;
    readonly Description: string;
    readonly References: string;
    readonly Model: 'Partial';
  };
  readonly Parameterisation: {
    readonly 'Negative electrode': Readonly<Record<string, BpxValue>>;
    readonly Separator: Readonly<Record<string, number>>;
    /** Numbers only, apart from `description` (BPX reads other strings as expressions). */
    readonly 'User-defined': Readonly<Record<string, number | string>>;
  };
}

export type Accuracy = 'exact' | 'approximate' | 'as stored';

export interface PybammParameterSet {
  readonly Header: Readonly<Record<string, string>>;
  /** PyBaMM parameter names with SI values: `pybamm.ParameterValues(set.Parameters)`. */
  readonly Parameters: Readonly<Record<string, number>>;
  /** For each parameter: "exact", "approximate: why" or "as stored: …". */
  readonly Notes: Readonly<Record<string, string>>;
}

/** 12 significant digits: no float noise in the file. */
export const clean = (v: number) => Number(v.toPrecision(12));
export const cleanTable = (t: BpxTable): BpxTable => ({ x: t.x.map(clean), y: t.y.map(clean) });

/** Largest |Δln D| between neighbouring table points: linear interpolation then errs ≤ 0.5 %. */
const MAX_LN_STEP = 0.2;

/**
 * D(θ) at the knots of the model's law and enough points between them that the straight
 * lines BPX draws between table points stay within 0.5 % of the exponential pieces.
 */
export function diffusivityTable(cell: CellDescription): BpxTable {
  const law = cell.diffusivityLaw;
  const knots = [0, DILUTE_END_THETA, 1];
  const x: number[] = [0];
  for (let k = 1; k < knots.length; k++) {
    const a = knots[k - 1] as number;
    const b = knots[k] as number;
    const steps = Math.max(4, Math.ceil(Math.abs(Math.log(law.at(b) / law.at(a))) / MAX_LN_STEP));
    for (let i = 1; i <= steps; i++) x.push(a + ((b - a) * i) / steps);
  }
  return { x, y: x.map((t) => law.at(t) * SI.M2_PER_CM2) };
}

/** Lithiations at which the open-circuit curves are tabled: dense toward the steep ends. */
const OCP_THETAS = [
  0, 0.0025, 0.005, 0.01, 0.02, 0.03, 0.05, 0.075, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5,
  0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.925, 0.95, 0.97, 0.98, 0.99, 0.995, 0.9975, 1,
];

export function ocpTable(cell: CellDescription, branch: Branch | 'mean'): BpxTable {
  const at = (t: number) =>
    branch === 'mean'
      ? 0.5 *
        (openCircuitPotential(t, cell.ocpShift_V, 'lithiation') +
          openCircuitPotential(t, cell.ocpShift_V, 'delithiation'))
      : openCircuitPotential(t, cell.ocpShift_V, branch);
  return { x: OCP_THETAS, y: OCP_THETAS.map(at) };
}

/** Everything both formats are built from, at one setting. */
export function modelAt(inputs: ModelInputs, choices: ModelChoices, params: ModelParams) {
  const T = temperatureKOf(inputs);
  const settings = cellSettingsOf(inputs, choices);
  const cell = describeCell(settings, params);
  // The standard's functions are at the reference temperature, Arrhenius to others.
  const cellRef = describeCell({ ...settings, temperatureK: REFERENCE_TEMPERATURE_K }, params);
  const sigma = conductivities(inputs.xGe, T, inputs, params);
  const separator = separatorById(choices.separator) ?? separatorById(DEFAULT_SEPARATOR_ID);
  const kappaRef = separator?.conductivity_S_per_cm ?? 1e-2;
  const kappa = kappaRef * arrheniusFactor(SEPARATOR_ACTIVATION_EV, T);
  const bruggeman = (1 - inputs.porosity) ** 1.5;
  return {
    T,
    cell,
    cellRef,
    sigma,
    separatorId: separator?.id ?? choices.separator,
    kappaRef,
    kappa,
    bruggeman,
  };
}

/** The named choices and the layer, in words (BPX holds no strings but descriptions). */
export function settingsText(inputs: ModelInputs, choices: ModelChoices): string {
  const size = electrodeSizeOf(inputs, choices.electrodeBasis);
  const cathode = CHOICE_SPECS.cathode.options.find((o) => o.value === choices.cathode)?.label;
  return (
    `Si(1-x)Ge(x), x = ${clean(inputs.xGe)}, ${clean(inputs.temperatureC)} °C, particle radius ` +
    `${clean(inputs.particleRadiusUm)} µm, layer ${clean(size.thicknessUm)} µm and ` +
    `${clean(size.loadingMgCm2)} mg/cm² (${choices.electrodeBasis} held), porosity ` +
    `${clean(inputs.porosity)}, σe ×${clean(inputs.electronicScale)}, σi ×${clean(inputs.ionicScale)}; ` +
    `separator ${choices.separator}; full-cell cathode ${cathode ?? choices.cathode} at N/P ` +
    `${clean(inputs.npRatio)}`
  );
}

export const SOURCES_TEXT =
  'SiGe Explorer docs/model.md (every law and fitted value); measurements: Y. Li et al., ' +
  'Adv. Energy Mater. 2025, doi:10.1002/aenm.202503265';

/** Why an entry is approximate, by what it stands for (used by both formats). */
export const WHY = {
  conductivity:
    'the pristine layer; the model multiplies σe by up to 10^Γe as the particle skins lithiate',
  transportEfficiency:
    'the layer holds no electrolyte; chosen so that the separator electrolyte times it equals ' +
    'the pristine layer’s own ionic conductivity at the current temperature (Li⁺ moves through the alloy)',
  stoichiometry:
    'θ = 0 pristine to θ = 1 Li15M4; the model’s unconverted core and cut-offs end a cycle earlier',
  diffusivityTable: 'tabled D(θ) of the model; straight lines between points err by ≤ 0.5 %',
  meanDiffusivity:
    'one D where the model’s D depends on θ: the level whose mean log D over a lithiation it is',
  ocpMean: 'the mean of the lithiation and delithiation branches; the model is hysteretic',
  ocpBranch: 'tabled; straight lines between points',
  reaction:
    'Butler–Volmer as the standard writes it; the model floors the factor on the side a ' +
    'reaction draws from at 0.1',
  exchangeCurrent: 'at half lithiation; the model’s scales as 2·√(θ(1−θ))',
} as const;

/** Every fitted value under its own name (its unit is part of the name), as stored. */
export function fittedEntries(params: ModelParams, prefix: string): [string, number][] {
  return Object.entries(params).flatMap(([group, values]) =>
    Object.entries(values as Record<string, number>).map(([key, value]): [string, number] => [
      `${prefix}fitted ${group}.${key}`,
      value,
    ]),
  );
}

export function fixedEntries(prefix: string): [string, number][] {
  return Object.entries(FIXED).map(([key, value]): [string, number] => [
    `${prefix}fixed ${key}`,
    value,
  ]);
}

/**
 * Entries under the model's own names (prefixed "SiGe "), shared by the BPX User-defined
 * section and the PyBaMM set: what the standard has no field for. Values at the current
 * temperature unless the name says otherwise.
 */
export function modelEntries(
  inputs: ModelInputs,
  m: ReturnType<typeof modelAt>,
): [string, number, Accuracy, string?][] {
  const { cell } = m;
  const loading_mg_per_cm2 = cell.loading_g_per_cm2 * 1e3;
  return [
    ['SiGe Ge atom fraction x', inputs.xGe, 'exact'],
    ['SiGe Ge weight fraction', geWeightFraction(inputs.xGe), 'exact'],
    ['SiGe alloy density [kg.m-3]', density(inputs.xGe) * SI.KG_PER_M3_PER_G_PER_CM3, 'exact'],
    ['SiGe capacity to Li15M4 [A.h.kg-1]', theoreticalCapacity(inputs.xGe), 'exact'],
    ['SiGe areal loading [kg.m-2]', loading_mg_per_cm2 * SI.KG_PER_M2_PER_MG_PER_CM2, 'exact'],
    [
      'SiGe alloy electronic conductivity, pristine [S.m-1]',
      m.sigma.electronic * SI.S_PER_M_PER_S_PER_CM,
      'exact',
      'intrinsic, what-if multiplier included, no Bruggeman factor',
    ],
    [
      'SiGe alloy ionic conductivity, pristine [S.m-1]',
      m.sigma.ionic * SI.S_PER_M_PER_S_PER_CM,
      'exact',
      'intrinsic, what-if multiplier included, no Bruggeman factor',
    ],
    [
      'SiGe layer ionic conductivity, pristine, effective [S.m-1]',
      cell.sigmaI0_S_per_cm * SI.S_PER_M_PER_S_PER_CM,
      'exact',
      'times (1 − porosity)^1.5',
    ],
    ['SiGe Bruggeman exponent of the alloy', 1.5, 'exact'],
    ['SiGe what-if multiplier of electronic conductivity', inputs.electronicScale, 'exact'],
    ['SiGe what-if multiplier of ionic conductivity', inputs.ionicScale, 'exact'],
    [
      'SiGe electronic conductivity gain on lithiation [decades]',
      cell.electronicGain_decades,
      'exact',
    ],
    ['SiGe ionic conductivity gain on lithiation [decades]', cell.ionicGain_decades, 'exact'],
    [
      'SiGe mean Li diffusivity (GITT average) [m2.s-1]',
      cell.diffusivityLaw.mean_cm2_per_s * SI.M2_PER_CM2,
      'exact',
    ],
    ['SiGe unconverted core volume fraction', cell.coreFraction, 'exact'],
    ['SiGe open-circuit shift from Ge [V]', cell.ocpShift_V, 'exact'],
    ['SiGe Li-In counter electrode potential vs Li [V]', LI_IN_POTENTIAL_V, 'exact'],
    [
      'SiGe Li-In series resistance [Ohm.m2]',
      LI_IN_RESISTANCE_OHM_CM2 * SI.OHM_M2_PER_OHM_CM2,
      'exact',
    ],
    [
      'SiGe separator plus counter electrode resistance [Ohm.m2]',
      cell.seriesResistance_ohm_cm2 * SI.OHM_M2_PER_OHM_CM2,
      'exact',
    ],
    [
      'SiGe separator conductivity activation energy [J.mol-1]',
      SEPARATOR_ACTIVATION_EV * SI.J_PER_MOL_PER_EV,
      'exact',
    ],
    ['SiGe half-cell lower cut-off vs Li [V]', cell.window.lower, 'exact'],
    ['SiGe half-cell upper cut-off vs Li [V]', cell.window.upper, 'exact'],
    [
      'SiGe side reaction rate constant [A.C.m-4]',
      cell.sideRate_A_C_per_cm4 * SI.A_PER_M2_PER_A_PER_CM2 * SI.C_PER_M2_PER_C_PER_CM2,
      'exact',
      'dq/dt = k·exp(−α·F·E/RT)/q per particle surface',
    ],
    ['SiGe side reaction transfer coefficient', SIDE_ALPHA, 'exact'],
    [
      'SiGe side reaction initial film charge [C.m-2]',
      SIDE_FILM_INITIAL_C_PER_CM2 * SI.C_PER_M2_PER_C_PER_CM2,
      'exact',
    ],
    ['SiGe side reaction reach from the separator [m]', cell.sideReach_cm * SI.M_PER_CM, 'exact'],
    ['SiGe N/P ratio', inputs.npRatio, 'exact'],
    ['SiGe cathode specific capacity [A.h.kg-1]', inputs.cathodeCapacity, 'exact'],
    ['SiGe cathode first-cycle efficiency', inputs.cathodeEfficiency / 100, 'exact'],
    ['SiGe cathode average discharge voltage [V]', inputs.cathodeVoltage, 'exact'],
  ];
}

export interface ParameterSetOptions {
  /** ISO 8601 time of the export, written into the header (omitted when not given). */
  readonly exportedAt?: string;
}

/**
 * Every entry under the model's own names, with its note: the model's state at these
 * settings, the fitted parameters and the fixed constants.
 */
export function sigeEntries(
  inputs: ModelInputs,
  m: ReturnType<typeof modelAt>,
  params: ModelParams,
): [string, number, string][] {
  const noted =
    (note: string) =>
    ([name, value]: [string, number]): [string, number, string] => [name, value, note];
  return [
    ...modelEntries(inputs, m).map(([name, value, accuracy, note]): [string, number, string] => [
      name,
      value,
      note ? `${accuracy} (${note})` : accuracy,
    ]),
    ...fittedEntries(params, 'SiGe ').map(
      noted('as stored in calibration.json (unit in the name)'),
    ),
    ...fixedEntries('SiGe ').map(noted('as stored (docs/model.md §7; energies in eV)')),
  ];
}
