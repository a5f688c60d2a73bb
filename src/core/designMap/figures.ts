import { INPUT_SPECS, type ModelChoices, type ModelInputs } from '../inputs';
import { computeKinetics } from '../kinetics/api';
import { cellSettingsOf } from '../kinetics/cellSettings';
import { FormedCellCache } from '../kinetics/protocol';
import { DEFAULT_RESOLUTION } from '../kinetics/resolution';
import { CALIBRATED_PARAMS, type ModelParams } from '../params';

/** The figures of merit a design map can show. */
export type FigureId = 'retention3C' | 'capacity' | 'ice' | 'specificEnergy' | 'arealEnergy';

export interface FigureSpec {
  readonly id: FigureId;
  readonly label: string;
  readonly unit: string;
  /** Column (and JSON key) with the unit, the names `sige evaluate --json` uses. */
  readonly column: string;
}

export const FIGURES: Readonly<Record<FigureId, FigureSpec>> = {
  retention3C: {
    id: 'retention3C',
    label: '3 C retention: 3 C over 0.2 C delithiation capacity of the half cell',
    unit: '%',
    column: 'retention3C_percent',
  },
  capacity: {
    id: 'capacity',
    label: 'Delithiation capacity of the half cell at the chosen C-rate',
    unit: 'mAh/g',
    column: 'capacity_mAh_per_g',
  },
  ice: {
    id: 'ice',
    label:
      'First-cycle efficiency of the half cell (constant-current delithiation over lithiation)',
    unit: '%',
    column: 'ice_percent',
  },
  specificEnergy: {
    id: 'specificEnergy',
    label: 'Full-cell energy of the first 0.1 C discharge over the stack mass',
    unit: 'Wh/kg',
    column: 'specificEnergy_Wh_per_kg',
  },
  arealEnergy: {
    id: 'arealEnergy',
    label: 'Full-cell energy of the first 0.1 C discharge per area',
    unit: 'mWh/cm²',
    column: 'arealEnergy_mWh_per_cm2',
  },
};

export const FIGURE_IDS = Object.keys(FIGURES) as FigureId[];

export const isFigureId = (id: unknown): id is FigureId =>
  typeof id === 'string' && Object.hasOwn(FIGURES, id);

/** A figure to map; `cRate` is the rate of `capacity` (the others ignore it). */
export interface MapFigure {
  readonly id: FigureId;
  readonly cRate: number;
}

/** The rate of `capacity` when none is chosen. */
export const DEFAULT_CAPACITY_RATE = 1;

/** The range a capacity rate may take: that of the profile rates. */
export const CAPACITY_RATE_RANGE = {
  min: INPUT_SPECS.profileRate1.min,
  max: INPUT_SPECS.profileRate1.max,
} as const;

/** What is wrong with a figure request, in words, or null. */
export function figureProblem(figure: MapFigure): string | null {
  if (!isFigureId(figure.id)) return `The figure must be one of ${FIGURE_IDS.join(', ')}.`;
  const { min, max } = CAPACITY_RATE_RANGE;
  if (figure.id === 'capacity' && !(figure.cRate >= min && figure.cRate <= max)) {
    return `The capacity's C-rate must be within ${min}–${max} C (got ${figure.cRate}).`;
  }
  return null;
}

const finiteOrNull = (value: number): number | null => (Number.isFinite(value) ? value : null);

/**
 * One figure at one set of inputs: a pure function of its arguments. It runs only what the
 * figure needs — the formation and one or two rate tests for the half-cell figures (the same
 * runs, hence the same numbers, as `computeKinetics`), the whole kinetics and the full cell for
 * the energies. A ratio with nothing to divide (a cell that cannot be lithiated has no 0.2 C
 * capacity and no first cycle) and any non-finite result are null, never NaN.
 */
export function evaluateFigure(
  figure: MapFigure,
  inputs: ModelInputs,
  choices: ModelChoices,
  params: ModelParams = CALIBRATED_PARAMS,
): number | null {
  if (figure.id === 'specificEnergy' || figure.id === 'arealEnergy') {
    const fc = computeKinetics(inputs, choices, params).fullCell;
    return finiteOrNull(
      figure.id === 'specificEnergy'
        ? fc.specificEnergy_Wh_per_kg
        : fc.arealCapacity_mAh_per_cm2 * fc.averageVoltage_V,
    );
  }
  // A cache of our own: it only shares the formed cell between this figure's tests.
  const cache = new FormedCellCache();
  const formation = cache.formationFor(cellSettingsOf(inputs, choices), params, DEFAULT_RESOLUTION);
  const capacity = (cRate: number) => cache.rateTest(cRate).delithiation.capacity_mAh_per_g;
  switch (figure.id) {
    case 'ice':
      return formation.lithiation_mAh_per_g > 0
        ? finiteOrNull(cache.inventoryFor(formation).ice_percent)
        : null;
    case 'capacity':
      return finiteOrNull(capacity(figure.cRate));
    case 'retention3C': {
      const low = capacity(0.2);
      return low > 0 ? finiteOrNull((100 * capacity(3)) / low) : null;
    }
  }
}
