import {
  compositions,
  conductivity_S_per_cm,
  half_cell_first_cycle,
  half_cell_rate,
  li_diffusion_GITT_cm2_per_s,
  li_inventory_after_first_cycle_percent,
  sources,
  structure,
} from './sige-anodes.json';

/** A published number the app shows or fits, with where it comes from. */
export interface Measurement {
  readonly quantity: 'sigmaElectronic' | 'sigmaIonic' | 'diffusivity';
  readonly compositionId: string;
  readonly xGe: number;
  readonly value: number;
  readonly unit: string;
  /** Short citation key, e.g. "LiXia2025". */
  readonly sourceKey: string;
  /** Figure or table within the source. */
  readonly sourceDetail: string;
}

export const SOURCES: Readonly<Record<string, string>> = sources;

const xOf = (id: string): number => {
  const c = compositions.find((entry) => entry.id === id);
  if (!c) throw new Error(`Unknown composition "${id}" in the reference data`);
  return c.x_Ge;
};

/** Splits "LiXia2025, Fig. 1g-i, ..." into the key and the rest. */
function splitSource(source: string): { sourceKey: string; sourceDetail: string } {
  const [key = source, ...rest] = source.split(',');
  return { sourceKey: key.trim(), sourceDetail: rest.join(',').trim() };
}

function fromTable(
  quantity: Measurement['quantity'],
  table: Readonly<Record<string, number>>,
  unit: string,
  source: string,
): Measurement[] {
  const cite = splitSource(source);
  return Object.entries(table).map(([id, value]) => ({
    quantity,
    compositionId: id,
    xGe: xOf(id),
    value,
    unit,
    ...cite,
  }));
}

const cond = conductivity_S_per_cm;
const gitt = li_diffusion_GITT_cm2_per_s;

export const ELECTRONIC_CONDUCTIVITY = fromTable(
  'sigmaElectronic',
  cond.electronic,
  'S/cm',
  cond.source,
);
export const IONIC_CONDUCTIVITY = fromTable('sigmaIonic', cond.ionic, 'S/cm', cond.source);
export const GITT_DIFFUSIVITY = fromTable('diffusivity', gitt.average, 'cm²/s', gitt.source);

export const STRUCTURE = structure;

/** A published half-cell figure (capacity, retention) for one composition, with its source. */
export interface CellMeasurement {
  readonly compositionId: string;
  readonly xGe: number;
  readonly value: number;
  readonly unit: string;
  readonly sourceKey: string;
  /** Figure within the source, and any remark after it ("Fig. 2d-e; three cells agree"). */
  readonly sourceDetail: string;
}

/** A capacity measured at one C-rate. */
export interface RateMeasurement extends CellMeasurement {
  readonly cRate: number;
}

function cellTable(
  table: Readonly<Record<string, number>>,
  unit: string,
  source: string,
): CellMeasurement[] {
  const cite = splitSource(source);
  return Object.entries(table).map(([id, value]) => ({
    compositionId: id,
    xGe: xOf(id),
    value,
    unit,
    ...cite,
  }));
}

const rate = half_cell_rate;

/** Delithiation capacity of Si7Ge versus C-rate: the study measured this composition only. */
export const RATE_CAPABILITY_SI7GE: readonly RateMeasurement[] = Object.entries(
  rate.Si7Ge_capacity_mAh_per_g,
)
  .map(([cRate, value]) => ({
    compositionId: 'Si7Ge',
    xGe: xOf('Si7Ge'),
    cRate: Number(cRate),
    value,
    unit: 'mAh/g',
    ...splitSource(rate.source),
  }))
  .sort((a, b) => a.cRate - b.cRate);

/** 3 C delithiation capacity as a percentage of the 0.2 C one. */
export const RETENTION_AT_3C: readonly CellMeasurement[] = cellTable(
  rate['retention_at_3C_percent_of_0.2C'],
  '%',
  rate.source,
);

const firstCycle = half_cell_first_cycle;

/** First-cycle (formation, 0.1 C) delithiation capacity. */
export const FIRST_CYCLE_DELITHIATION: readonly CellMeasurement[] = cellTable(
  firstCycle.delithiation_capacity_mAh_per_g,
  'mAh/g',
  firstCycle.source,
);

/** First-cycle (formation, 0.1 C) efficiency: delithiation over lithiation. */
export const FIRST_CYCLE_ICE: readonly CellMeasurement[] = cellTable(
  firstCycle.ICE_percent,
  '%',
  firstCycle.source,
);

/**
 * Where the Li inserted in the first lithiation went, as measured: recovered by the
 * constant-current charge (RA-Li), recovered only by the 16 h hold (QA-Li), never
 * recovered (I-Li); shares of the inserted Li, in %.
 */
export interface InventoryMeasurement {
  readonly compositionId: string;
  readonly xGe: number;
  readonly reversible_percent: number;
  readonly quasiReversible_percent: number;
  readonly inactive_percent: number;
  readonly sourceKey: string;
  readonly sourceDetail: string;
}

const inventory = li_inventory_after_first_cycle_percent;
const inactiveLi: Readonly<Record<string, number>> = inventory.I_Li;

/** The study's Li inventory after the first cycle; RA-Li is what QA-Li and I-Li leave of 100. */
export const LI_INVENTORY_AFTER_FIRST_CYCLE: readonly InventoryMeasurement[] = Object.entries(
  inventory.QA_Li,
)
  .map(([id, quasi]) => {
    const inactive = inactiveLi[id];
    if (inactive === undefined) throw new Error(`No I-Li for "${id}" in the reference data`);
    return {
      compositionId: id,
      xGe: xOf(id),
      reversible_percent: 100 - quasi - inactive,
      quasiReversible_percent: quasi,
      inactive_percent: inactive,
      ...splitSource(inventory.source),
    };
  })
  .sort((a, b) => a.xGe - b.xGe);
