import { FARADAY_C_PER_MOL, GAS_CONSTANT_J_PER_MOL_K } from '../constants';
import type { SimulatedFirstCharge } from '../fullCell';
import type { ModelParams } from '../params';
import { describeCell, type CellSettings, type PlatingLaw } from './cell';
import { Electrode } from './electrode';
import { DEFAULT_RESOLUTION, type Resolution } from './resolution';
import { runHalfCycle, type ProfilePoint } from './halfCycle';

/**
 * Li nucleation overpotential, V (sourced assumption): Li metal nucleates on a foreign
 * surface only some tens of mV below 0 V vs Li/Li⁺ — Pei, Zheng, Shi, Li, Cui, Nano Lett.
 * 17, 1132 (2017) measure 20–60 mV on Cu, growing with current; 30 mV is taken.
 */
export const PLATING_ONSET_V = 0.03;
/** Exchange current of Li/Li⁺ on the alloy's surface, A/cm² (assumption, fast). */
export const PLATING_EXCHANGE_A_PER_CM2 = 1e-3;
/** Transfer coefficient of plating (symmetric). */
export const PLATING_ALPHA = 0.5;

export function platingLaw(temperatureK: number): PlatingLaw {
  return {
    exchange_A_per_cm2: PLATING_EXCHANGE_A_PER_CM2,
    onset_V: PLATING_ONSET_V,
    alpha_f: (PLATING_ALPHA * FARADAY_C_PER_MOL) / (GAS_CONSTANT_J_PER_MOL_K * temperatureK),
  };
}

/** Where the Li of a full cell's first charge went in the anode (the full cell's own record). */
export interface FirstChargeOfAnode extends SimulatedFirstCharge {
  readonly profile: readonly ProfilePoint[];
}

/**
 * The anode during a full cell's first charge: the pristine layer lithiated at the cell's
 * current until the cathode's first charge has passed. No cut-off protects it (the cell is
 * stopped by the cathode's voltage), so where the local potential falls below the
 * nucleation overpotential, Li plates: at the separator face when electrons outrun ions
 * (σe ≫ σi crowds the reaction there, the study's picture of Ge), deeper when ions do.
 */
export function fullCellFirstCharge(
  settings: CellSettings,
  params: ModelParams,
  charge_mAh_per_cm2: number,
  cRateOfAnode: number,
  resolution: Resolution = DEFAULT_RESOLUTION,
): FirstChargeOfAnode {
  const cell = { ...describeCell(settings, params), plating: platingLaw(settings.temperatureK) };
  const e = new Electrode(cell, resolution);
  const toAreal = (c: number) => c / 3.6; // C/cm² → mAh/cm²
  const perGram = charge_mAh_per_cm2 / cell.loading_g_per_cm2;
  const rate = Math.max(cRateOfAnode, 1e-3);
  const run = runHalfCycle(e, rate, 'lithiation', {
    untilCapacity_mAh_per_g: perGram,
    cutoff_V: Number.NEGATIVE_INFINITY,
  });
  const passed = run.capacity_mAh_per_g * cell.loading_g_per_cm2;
  const side = toAreal(e.sides.charge);
  const lost = toAreal(e.sides.platedAtSeparator);
  const inside = toAreal(e.sides.platedInside);
  return {
    charge_mAh_per_cm2: passed,
    alloyed_mAh_per_cm2: Math.max(0, passed - side - lost - inside),
    sideReaction_mAh_per_cm2: side,
    platedLost_mAh_per_cm2: lost,
    platedInside_mAh_per_cm2: inside,
    lowestPotential_V: Math.min(...run.profile.map((p) => p.potential_V)),
    profile: run.profile,
  };
}
