import type { ConductivityPoint, KineticsView, RetentionPoint } from '../core';
import type { DiffusivityCurves } from '../core/kinetics/diffusivityCurves';
import {
  ELECTRONIC_CONDUCTIVITY,
  GITT_DIFFUSIVITY,
  IONIC_CONDUCTIVITY,
  LI_INVENTORY_AFTER_FIRST_CYCLE,
  RATE_CAPABILITY_SI7GE,
  RETENTION_AT_3C,
} from '../data/measurements';
import type { Cited } from '../format/citation';
import type { ExportSettings } from './exportSettings';

/** One row of a figure's table: column name (with its unit) to value. */
export type DataRow = Readonly<Record<string, number | string>>;

/**
 * What a figure offers for download: its name and the rows of what it draws. The file name
 * and the settings block are added when it is saved (figureCsv.ts), from `settings` when the
 * figure knows what it was computed for, else from the page's current settings.
 */
export interface FigureData {
  /** Stable, file-name-safe name of the figure: the start of the file name. */
  readonly id: string;
  /** The figure's name in words, for the file's header. */
  readonly title: string;
  /** The inputs and choices the figure was computed for, when it carries them. */
  readonly settings?: ExportSettings;
  /** The table runs across compositions: the file name then leaves out the current x. */
  readonly spansComposition?: boolean;
  /** Further settings for the file name (cathode, N/P), file-name safe. */
  readonly tags?: readonly string[];
  /** The measured data the figure draws, cited in the caption of its image (none: model only). */
  readonly sources?: readonly Cited[];
  /** Built on demand (a click), not on every render. */
  readonly rows: () => readonly DataRow[];
}

const settingsOf = (k: KineticsView): ExportSettings => ({ inputs: k.inputs, choices: k.choices });
const fullCellTags = (k: KineticsView) => [k.fullCell.cathode, `np${k.inputs.npRatio}`];

// Column names follow the CLI's JSON keys: the unit is part of the name.

export const conductivityData = (sweep: readonly ConductivityPoint[]): FigureData => ({
  id: 'sige-conductivity',
  title: 'Conductivity versus composition',
  sources: [...ELECTRONIC_CONDUCTIVITY, ...IONIC_CONDUCTIVITY],
  spansComposition: true,
  rows: () =>
    sweep.map((p) => ({
      xGe: p.xGe,
      sigmaElectronic_S_per_cm: p.electronic,
      sigmaIonic_S_per_cm: p.ionic,
      sigmaAmbipolar_S_per_cm: p.ambipolar,
    })),
});

/**
 * Both diffusivity curves in one table, told apart by `curve`: across compositions (each
 * the average over a lithiation, so no lithiation fraction) and through one lithiation of
 * the composition xGe.
 */
export const diffusivityData = (
  composition: DiffusivityCurves['composition'],
  lithiation: DiffusivityCurves['lithiation'],
  xGe: number,
): FigureData => ({
  id: 'sige-li-diffusivity',
  title: 'Li diffusivity across compositions and through one lithiation',
  sources: GITT_DIFFUSIVITY,
  rows: () => [
    ...composition.map((p) => ({
      curve: 'acrossComposition',
      xGe: p.xGe,
      lithiationFraction: '',
      diffusivity_cm2_per_s: p.D_cm2_per_s,
    })),
    ...lithiation.map((p) => ({
      curve: 'acrossLithiation',
      xGe,
      lithiationFraction: p.theta,
      diffusivity_cm2_per_s: p.D_cm2_per_s,
    })),
  ],
});

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
