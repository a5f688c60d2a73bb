import type { ModelChoices, ModelInputs } from '../inputs';
import { CALIBRATED_PARAMS, type KineticParams, type ModelParams } from '../params';
import type { CellSettings } from './cell';
import { cellSettingsOf } from './cellSettings';

export { cellSettingsOf };
import type { Branch } from './ocp';
import { DEFAULT_RESOLUTION, DRAFT_RESOLUTION, type Resolution } from './resolution';
import {
  evaluateFullCell,
  firstChargeOf,
  isCathodeId,
  type AnodeHalfCell,
  type FullCellResult,
  type FullCellSettings,
} from '../fullCell';
import { fullCellFirstCharge } from './plating';
import { describeCell } from './cell';
import { anodeHalfCellOf } from './fullCellAnode';
import type { LiInventory } from './inventory';
import {
  evaluateKinetics,
  FormedCellCache,
  sweepFiguresAt,
  type KineticsRequest,
  type KineticsResult,
} from './protocol';
import { MIN_CAPACITY_MAH_PER_G } from './formation';

/** What the kinetics panel draws for one set of inputs, with its caveats. */
export interface KineticsView extends KineticsResult {
  /** The anode in a full cell against the chosen cathode at the chosen N/P. */
  readonly fullCell: FullCellResult;
  readonly inputs: ModelInputs;
  readonly choices: ModelChoices;
  /** Plain-language warnings, e.g. when a setting leaves the range the model was fitted in. */
  readonly notes: readonly string[];
  /** Set on a drag's preview, computed on DRAFT_RESOLUTION (computeDraftKinetics). */
  readonly draft?: true;
}

export interface RetentionPoint {
  readonly xGe: number;
  readonly retention3C_percent: number;
  readonly inventory: LiInventory;
}

function notesFor(result: KineticsResult): string[] {
  const notes: string[] = [];
  if (!(result.formation.lithiation_mAh_per_g >= MIN_CAPACITY_MAH_PER_G)) {
    notes.push(
      'With these settings the electrode cannot even be lithiated at 0.1 C: transport is too ' +
        'slow for the current. This is outside the range the model was calibrated in.',
    );
  }
  return notes;
}

/** What the protocol is asked for, from the app's inputs and choices. */
export function kineticsRequestOf(inputs: ModelInputs, choices: ModelChoices): KineticsRequest {
  return {
    cell: cellSettingsOf(inputs, choices),
    profileRates: [inputs.profileRate1, inputs.profileRate2, inputs.profileRate3],
    snapshot: {
      cRate: inputs.snapshotRate,
      branch: choices.snapshotBranch as Branch,
      depth: inputs.snapshotDepth,
    },
  };
}

/**
 * The calibration, with its kinetic parameters replaced by a refit's when one is given (the
 * page's "Draw the figures with these parameters"); the calibration itself otherwise, so
 * the formed-cell cache still recognises it by identity.
 */
export function paramsWith(kinetics?: KineticParams | null): ModelParams {
  return kinetics ? { ...CALIBRATED_PARAMS, kinetics } : CALIBRATED_PARAMS;
}

export { FormedCellCache };

/**
 * The whole kinetics view of one set of inputs. `cache` holds the last cell's formed
 * electrode and rate tests: a worker keeps one across its calls (one view after another,
 * and most changes after the first leave the cell as it was: cathode, N/P, what is drawn);
 * without one, every call forms its cell afresh, which keeps this function pure.
 */
export function computeKinetics(
  inputs: ModelInputs,
  choices: ModelChoices,
  params: ModelParams = CALIBRATED_PARAMS,
  cache: FormedCellCache = new FormedCellCache(),
  resolution: Resolution = DEFAULT_RESOLUTION,
): KineticsView {
  const result = evaluateKinetics(kineticsRequestOf(inputs, choices), params, resolution, cache);
  const settings = cellSettingsOf(inputs, choices);
  const cell = describeCell(settings, params);
  const fullCellSettings = {
    cathode: isCathodeId(choices.cathode) ? choices.cathode : 'ncm',
    npRatio: inputs.npRatio,
    cathodeOverrides: {
      reversibleCapacity_mAh_per_g: inputs.cathodeCapacity,
      firstCycleEfficiency_percent: inputs.cathodeEfficiency,
      averageDischargeVoltage_V: inputs.cathodeVoltage,
    },
  } as const;
  const halfCell = anodeHalfCellOf(result, cell);
  const fullCell = evaluateFullCell(
    withFirstCharge(halfCell, result, settings, params, fullCellSettings, resolution),
    fullCellSettings,
  );
  return { ...result, fullCell, inputs, choices, notes: notesFor(result) };
}

/**
 * A drag's preview: the same model on the coarser DRAFT_RESOLUTION, flagged, so that the page
 * draws it while the slider moves but never takes it for the settled answer.
 */
export function computeDraftKinetics(
  inputs: ModelInputs,
  choices: ModelChoices,
  params: ModelParams = CALIBRATED_PARAMS,
  cache: FormedCellCache = new FormedCellCache(),
): KineticsView {
  return { ...computeKinetics(inputs, choices, params, cache, DRAFT_RESOLUTION), draft: true };
}

/**
 * The anode half cell with its simulated full-cell first charge (plating included) and the
 * share of alloyed Li its first delithiation gives back: the full cell's first cycle then
 * follows the anode through that charge instead of assuming what does not fit plates.
 */
function withFirstCharge(
  halfCell: AnodeHalfCell,
  result: KineticsResult,
  settings: CellSettings,
  params: ModelParams,
  fullCellSettings: FullCellSettings,
  resolution: Resolution,
): AnodeHalfCell {
  const charge = firstChargeOf(halfCell, fullCellSettings);
  const inv = result.inventory;
  const alloyed = result.formation.lithiation_mAh_per_g * (1 - inv.sideReaction_percent / 100);
  if (!charge || !(alloyed > 0)) return halfCell;
  const sim = fullCellFirstCharge(
    settings,
    params,
    charge.charge_mAh_per_cm2,
    charge.anodeCRate,
    resolution,
  );
  return {
    ...halfCell,
    // Thinned: the full cell's charge curve needs its shape, not every step.
    firstCharge: { ...sim, profile: thin(sim.profile, CHARGE_PROFILE_POINTS) },
    alloyReturn: Math.min(1, result.formation.delithiation_mAh_per_g / alloyed),
  };
}

/** Points of the simulated full-cell charge kept for its voltage curve. */
const CHARGE_PROFILE_POINTS = 60;

/** At most `count` points of a profile, evenly picked, first and last kept. */
function thin<T>(points: readonly T[], count: number): T[] {
  if (points.length <= count) return [...points];
  return Array.from(
    { length: count },
    (_, i) => points[Math.round((i * (points.length - 1)) / (count - 1))] as T,
  );
}

/** Retention across compositions; the page asks for a few at a time so redraws go on. */
export function retentionSweep(
  inputs: ModelInputs,
  choices: ModelChoices,
  xs: readonly number[],
  params: ModelParams = CALIBRATED_PARAMS,
): RetentionPoint[] {
  return xs.map((xGe) => ({
    xGe,
    ...sweepFiguresAt(cellSettingsOf({ ...inputs, xGe }, choices), params),
  }));
}
