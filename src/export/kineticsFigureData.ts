import type { KineticsView, RetentionPoint } from '../core';
import {
  LI_INVENTORY_AFTER_FIRST_CYCLE,
  RATE_CAPABILITY_SI7GE,
  RETENTION_AT_3C,
} from '../data/measurements';
import type { ExportSettings } from './exportSettings';
import type { FigureData } from './figureData';

/*
 * What the electrode model's figures offer for download (see FigureData, figureData.ts).
 * Apart from the figures at the top of the page so that their code loads with the section.
 * Column names follow the CLI's JSON keys: the unit is part of the name.
 */

const settingsOf = (k: KineticsView): ExportSettings => ({ inputs: k.inputs, choices: k.choices });
const fullCellTags = (k: KineticsView) => [k.fullCell.cathode, `np${k.inputs.npRatio}`];

export const rateData = (k: KineticsView): FigureData => ({
  id: 'sige-rate-capability',
  title: 'Rate capability (delithiation capacity against C-rate)',
  sources: RATE_CAPABILITY_SI7GE,
  settings: settingsOf(k),
  rows: () =>
    k.rateCurve.map((p) => ({
      xGe: k.inputs.xGe,
      cRate_C: p.cRate,
      delithiationCapacity_mAh_per_g: p.capacity_mAh_per_g,
    })),
});

export const retentionData = (points: readonly RetentionPoint[]): FigureData => ({
  id: 'sige-retention-3c',
  title: 'Capacity retention at 3 C across compositions',
  sources: RETENTION_AT_3C,
  spansComposition: true,
  rows: () => points.map((p) => ({ xGe: p.xGe, retention3C_percent: p.retention3C_percent })),
});

export const profileData = (k: KineticsView): FigureData => ({
  id: 'sige-voltage-profiles',
  title: 'Voltage profiles',
  settings: settingsOf(k),
  rows: () =>
    k.profiles.flatMap((profile) =>
      (['lithiation', 'delithiation'] as const).flatMap((halfCycle) =>
        profile[halfCycle].map((p) => ({
          cRate_C: profile.cRate,
          halfCycle,
          capacity_mAh_per_g: p.capacity_mAh_per_g,
          potential_V_vs_Li: p.potential_V,
        })),
      ),
    ),
});

export const distributionData = (k: KineticsView): FigureData => ({
  id: 'sige-reaction-distribution',
  title: 'Reaction distribution through the electrode',
  settings: settingsOf(k),
  rows: () => {
    const d = k.distribution;
    return d.position.map((position, i) => ({
      halfCycle: d.branch,
      passed_mAh_per_g: d.capacity_mAh_per_g,
      position_fraction_from_collector: position,
      reactionRate_relative_to_mean: d.reaction[i] ?? Number.NaN,
      lithiationFraction: d.theta[i] ?? Number.NaN,
    }));
  },
});

export const inventoryData = (points: readonly RetentionPoint[]): FigureData => ({
  id: 'sige-li-inventory',
  title: 'Li inventory after the first cycle across compositions',
  sources: LI_INVENTORY_AFTER_FIRST_CYCLE,
  spansComposition: true,
  rows: () =>
    points.map((p) => ({
      xGe: p.xGe,
      reversible_percent: p.inventory.reversible_percent,
      quasiReversible_percent: p.inventory.quasiReversible_percent,
      inactive_percent: p.inventory.inactive_percent,
    })),
});

export const fullCellVoltageData = (k: KineticsView): FigureData => ({
  id: 'sige-full-cell-first-cycle',
  title: 'Full cell, first cycle voltage',
  settings: settingsOf(k),
  tags: fullCellTags(k),
  rows: () =>
    (['charge', 'discharge'] as const).flatMap((halfCycle) =>
      k.fullCell.voltageCurve[halfCycle].map((p) => ({
        halfCycle,
        capacity_mAh_per_g_cathode: p.capacity_mAh_per_g_cathode,
        voltage_V: p.voltage_V,
      })),
    ),
});

export const fullCellRateData = (k: KineticsView): FigureData => ({
  id: 'sige-full-cell-rate',
  title: 'Full cell, rate capability',
  settings: settingsOf(k),
  tags: fullCellTags(k),
  rows: () =>
    k.fullCell.rateCurve.map((p) => ({
      cRate_C: p.cRate,
      dischargeCapacity_mAh_per_g_cathode: p.capacity_mAh_per_g_cathode,
    })),
});
