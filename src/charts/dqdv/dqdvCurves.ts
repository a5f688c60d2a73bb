import type { DifferentialCurve, DifferentialOptions } from '../../core/cellData/dqdv';
import { branchDifferentials } from '../../core/kinetics/peakSeparation';
import type { KineticsView } from '../../core';
import type { ProfilePoint } from '../../core/kinetics/halfCycle';
import { FORMATION_RATE } from '../../core/kinetics/formation';
import { formatInputValue } from '../../format/number';

export type DifferentialMode = 'dQdV' | 'dVdQ';

/** Binning and smoothing a researcher can set; defaults resolve the alloying plateaus. */
export interface DqdvSettings extends Required<DifferentialOptions> {
  readonly mode: DifferentialMode;
}

export const DEFAULT_DQDV_SETTINGS: DqdvSettings = {
  mode: 'dQdV',
  binWidth_mV: 5,
  smoothWindow: 3,
};
export const BIN_WIDTHS_MV = [2, 5, 10, 20] as const;
export const SMOOTH_WINDOWS = [1, 3, 5, 9] as const;

/** One cycle's two branches, differentiated. */
export interface DqdvCycle {
  readonly key: string;
  readonly label: string;
  readonly cRate: number;
  readonly first: boolean;
  readonly lithiation: DifferentialCurve;
  readonly delithiation: DifferentialCurve;
}

const differentiate = (
  points: readonly ProfilePoint[],
  kind: 'lithiation' | 'delithiation',
  settings: DqdvSettings,
): DifferentialCurve => branchDifferentials(points, kind, settings)[settings.mode];

/** Both branches of a cycle, differentiated. */
export type DifferentialCycle = Pick<DqdvCycle, 'lithiation' | 'delithiation'>;

/** A cycle's two branches as the figure's settings differentiate them. */
export const differentiateCycle = (
  cycle: Readonly<Record<'lithiation' | 'delithiation', readonly ProfilePoint[]>>,
  settings: DqdvSettings,
): DifferentialCycle => ({
  lithiation: differentiate(cycle.lithiation, 'lithiation', settings),
  delithiation: differentiate(cycle.delithiation, 'delithiation', settings),
});

/** The first cycle (0.1 C, from the pristine layer) and then each profile rate's cycle. */
export function dqdvCycles(view: KineticsView, settings: DqdvSettings): DqdvCycle[] {
  return [
    {
      key: 'first',
      label: `1st cycle, ${formatInputValue(FORMATION_RATE)} C`,
      cRate: FORMATION_RATE,
      first: true,
      ...differentiateCycle(view.formation.profile, settings),
    },
    ...view.profiles.map((p, i) => ({
      key: `rate-${i}`,
      label: `${formatInputValue(p.cRate)} C`,
      cRate: p.cRate,
      first: false,
      ...differentiateCycle(p, settings),
    })),
  ];
}
