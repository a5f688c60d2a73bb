import type { KineticsView } from '../../core';
import { formatFixed } from '../../format/number';

/** One column of the comparison table: a headline figure of a view. */
export interface HeadlineFigure {
  readonly key: string;
  /** Column heading; `unit` goes on a line of its own under it. */
  readonly label: string;
  readonly unit: string;
  readonly value: (view: KineticsView) => number;
  readonly format: (value: number) => string;
}

/** The model's delithiation capacity at a C-rate of its grid (NaN off the grid). */
const capacityAt = (view: KineticsView, cRate: number) =>
  view.rateCurve.find((p) => Math.abs(p.cRate - cRate) < 1e-9)?.capacity_mAh_per_g ?? Number.NaN;

// One precision per column: whole mAh/g and Wh/kg, whatever the size (not 288.7 beside 1,903).
const capacity = (v: number) => formatFixed(v, 0);
const share = (v: number) => formatFixed(v, 1);

/**
 * The figures the study and the page lead with, in one row per view: capacity at the two
 * rates the study compares, their ratio, the first cycle and where its Li went, and what the
 * anode gives a full cell.
 */
export const HEADLINE_FIGURES: readonly HeadlineFigure[] = [
  {
    key: 'capacity0.2C',
    label: 'Capacity at 0.2 C',
    unit: 'mAh/g',
    value: (v) => capacityAt(v, 0.2),
    format: capacity,
  },
  {
    key: 'capacity3C',
    label: 'Capacity at 3 C',
    unit: 'mAh/g',
    value: (v) => capacityAt(v, 3),
    format: capacity,
  },
  {
    key: 'retention3C',
    label: 'Retention at 3 C',
    unit: '%',
    value: (v) => v.retention3C_percent,
    format: (v) => formatFixed(v, 0),
  },
  { key: 'ice', label: 'ICE', unit: '%', value: (v) => v.inventory.ice_percent, format: share },
  {
    key: 'RA-Li',
    label: 'RA-Li',
    unit: '%',
    value: (v) => v.inventory.reversible_percent,
    format: share,
  },
  {
    key: 'QA-Li',
    label: 'QA-Li',
    unit: '%',
    value: (v) => v.inventory.quasiReversible_percent,
    format: share,
  },
  {
    key: 'I-Li',
    label: 'I-Li',
    unit: '%',
    value: (v) => v.inventory.inactive_percent,
    format: share,
  },
  {
    key: 'energy',
    label: 'Full-cell energy',
    unit: 'Wh/kg',
    value: (v) => v.fullCell.specificEnergy_Wh_per_kg,
    format: (v) => formatFixed(v, 0),
  },
];
