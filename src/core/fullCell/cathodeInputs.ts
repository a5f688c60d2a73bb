/*
 * The cathodes by name, and the three figures of each that are inputs of the app (their
 * sources: cathodes.ts). Apart from the full table so that the inputs (src/core/inputs.ts),
 * which the page reads before its first figure, need not carry every cathode's curves and
 * citations.
 */

export type CathodeId = 'lco' | 'ncm';

export const CATHODE_IDS: readonly CathodeId[] = ['lco', 'ncm'];

export function isCathodeId(value: unknown): value is CathodeId {
  return value === 'lco' || value === 'ncm';
}

/** A cathode's default capacity, efficiency and voltage: the inputs that follow the cathode. */
export interface CathodeInputDefaults {
  readonly reversibleCapacity_mAh_per_g: number;
  readonly firstCycleEfficiency_percent: number;
  readonly averageDischargeVoltage_V: number;
}

export const CATHODE_INPUT_DEFAULTS: Readonly<Record<CathodeId, CathodeInputDefaults>> = {
  lco: {
    reversibleCapacity_mAh_per_g: 180,
    firstCycleEfficiency_percent: 90,
    averageDischargeVoltage_V: 4.0,
  },
  ncm: {
    reversibleCapacity_mAh_per_g: 190,
    firstCycleEfficiency_percent: 85,
    averageDischargeVoltage_V: 3.8,
  },
};
