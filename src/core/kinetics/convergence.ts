import { REFERENCE_TEMPERATURE_K } from '../constants';
import { DEFAULT_CHOICES, DEFAULT_INPUTS } from '../inputs';
import type { ModelParams } from '../params';
import { cellSettingsOf, computeKinetics } from './api';
import { DEFAULT_RESOLUTION, type Resolution } from './resolution';
import { inventoryOf } from './inventory';
import { formElectrode } from './formation';
import { rateTest } from './protocol';

/** The study's five compositions. */
export const STUDY_COMPOSITIONS = [
  ['Si', 0],
  ['Si15Ge', 0.0625],
  ['Si7Ge', 0.125],
  ['Si3Ge', 0.25],
  ['Ge', 1],
] as const;

/** Rates of the study's rate test. */
export const STUDY_RATES = [0.2, 0.5, 1, 1.5, 2, 2.5, 3] as const;

/** A figure the calibration scores or the CLI prints: shares in %, the rest relative. */
export interface NamedFigure {
  readonly name: string;
  readonly unit: 'mAh/g' | 'Wh/kg' | '%';
  readonly value: number;
}

/**
 * Every figure of the study's protocols at one composition (default electrode, 25 °C): the
 * first cycle, the Li inventory with its 16 h hold, the rate curve and the 3 C retention.
 */
export function studyFigures(
  xGe: number,
  params: ModelParams,
  resolution: Resolution = DEFAULT_RESOLUTION,
): NamedFigure[] {
  const settings = {
    ...cellSettingsOf({ ...DEFAULT_INPUTS, xGe }, DEFAULT_CHOICES),
    temperatureK: REFERENCE_TEMPERATURE_K,
  };
  const formation = formElectrode(settings, params, resolution);
  const inventory = inventoryOf(formation);
  const rates = STUDY_RATES.map(
    (c) => rateTest(formation.electrode, c).delithiation.capacity_mAh_per_g,
  );
  const low = rates[0] ?? 0;
  const high = rates.at(-1) ?? 0;
  return [
    { name: 'first lithiation, 0.1 C', unit: 'mAh/g', value: formation.lithiation_mAh_per_g },
    { name: 'first delithiation, 0.1 C', unit: 'mAh/g', value: formation.delithiation_mAh_per_g },
    { name: 'ICE', unit: '%', value: inventory.ice_percent },
    { name: 'QA-Li', unit: '%', value: inventory.quasiReversible_percent },
    { name: 'I-Li', unit: '%', value: inventory.inactive_percent },
    ...STUDY_RATES.map((c, i) => ({
      name: `capacity at ${c} C`,
      unit: 'mAh/g' as const,
      value: rates[i] ?? 0,
    })),
    { name: '3 C retention', unit: '%', value: low > 0 ? (100 * high) / low : 0 },
  ];
}

/**
 * The full cell's headline figures against the default cathode at one composition: they
 * follow the anode's first cycle and rate curve, and its first charge is simulated.
 */
export function fullCellFigures(
  xGe: number,
  params: ModelParams,
  resolution: Resolution = DEFAULT_RESOLUTION,
): NamedFigure[] {
  const inputs = { ...DEFAULT_INPUTS, xGe, temperatureC: REFERENCE_TEMPERATURE_K - 273.15 };
  const { fullCell } = computeKinetics(inputs, DEFAULT_CHOICES, params, undefined, resolution);
  return [
    { name: 'full cell: ICE', unit: '%', value: fullCell.ice_percent },
    {
      name: 'full cell: discharge per g cathode',
      unit: 'mAh/g',
      value: fullCell.dischargeCapacity_mAh_per_g_cathode,
    },
    { name: 'full cell: specific energy', unit: 'Wh/kg', value: fullCell.specificEnergy_Wh_per_kg },
  ];
}

/** How far a figure may move under a 2× refinement and still count as converged. */
export const CONVERGED = { relative: 0.005, points: 0.3 } as const;

/** The refinements `npm run convergence` and its test apply, one axis at a time. */
export const REFINEMENTS: readonly [string, (r: Resolution) => Resolution][] = [
  ['2× shells', (r) => ({ ...r, shells: 2 * r.shells })],
  ['2× steps', (r) => ({ ...r, steps: 2 * r.steps })],
  ['2× layers', (r) => ({ ...r, layers: 2 * r.layers })],
  ['2× hold steps', (r) => ({ ...r, holdSteps: 2 * r.holdSteps })],
];

/** Change of a figure between two resolutions, in its own terms (relative, or points for %). */
export function figureChange(base: NamedFigure, refined: NamedFigure): number {
  if (base.unit === '%') return refined.value - base.value;
  return base.value > 0 ? (refined.value - base.value) / base.value : refined.value > 0 ? 1 : 0;
}

export function isConverged(figure: NamedFigure, change: number): boolean {
  return Math.abs(change) <= (figure.unit === '%' ? CONVERGED.points : CONVERGED.relative);
}

/**
 * The accuracy the solver is held to: every figure within 0.3 % (0.2 points for shares) of a
 * reference computed with every axis refined fourfold at once. A 2× check on one axis at a
 * time can pass while the errors of several axes add up; this one sees their sum.
 */
export const ACCURATE = { relative: 0.003, points: 0.2 } as const;

/** Shells, steps, layers and hold steps all four times the resolution's. */
export const refineFourfold = (r: Resolution): Resolution => ({
  layers: 4 * r.layers,
  shells: 4 * r.shells,
  steps: 4 * r.steps,
  holdSteps: 4 * r.holdSteps,
});

export function isAccurate(figure: NamedFigure, change: number): boolean {
  return Math.abs(change) <= (figure.unit === '%' ? ACCURATE.points : ACCURATE.relative);
}
