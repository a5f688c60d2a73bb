import { INPUT_SPECS } from '../inputs';
import { isKeyOf, keysOf } from '../tableKeys';

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

export const FIGURE_IDS = keysOf(FIGURES);

export const isFigureId = isKeyOf(FIGURES);

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
