/**
 * What each figure draws of an imported set, as plain data in the figure's own units:
 * module-level functions, so that a figure's memo changes only when the sets do.
 */
import { differentialCapacity, type DifferentialCurve } from '../../core/cellData/dqdv';
import type { CellSeries, HalfCycleKind, RatePoint } from '../../core/cellData/types';
import type { ProfilePoint } from '../../core/kinetics/halfCycle';
import type { ImportedSet } from '../../state/cellDataTypes';

/** A profile has far fewer pixels across than a cycler has points; more add nothing. */
const MAX_PROFILE_POINTS = 1500;

export interface ImportedCycle<T> {
  readonly lithiation: T;
  readonly delithiation: T;
}

/** Symbols along one branch of a curve: enough to tell a set by, few enough to keep it a line. */
export const MARKERS_PER_BRANCH = 6;

/** About `count` items spread evenly along a list, the first and last among them. */
export function spreadOut<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  const last = items.length - 1;
  return Array.from({ length: count }, (_, k) => items[Math.round((k * last) / (count - 1))] as T);
}

/** The first cycle's half-cycles (the lowest cycle number in the file); either may be missing. */
export function firstCycle(set: ImportedSet): Partial<Record<HalfCycleKind, CellSeries>> {
  const { series } = set.data;
  if (series.length === 0) return {};
  const first = Math.min(...series.map((s) => s.cycle));
  const of = (kind: HalfCycleKind) => series.find((s) => s.cycle === first && s.kind === kind);
  const lithiation = of('lithiation');
  const delithiation = of('delithiation');
  return { ...(lithiation && { lithiation }), ...(delithiation && { delithiation }) };
}

/** Whether a set has half-cycles at all (a rate table alone has none). */
export const hasCycles = (set: ImportedSet): boolean => set.data.series.length > 0;

/** Whether its half-cycles carry capacity per gram, which the profile and dQ/dV axes are in. */
export const hasPerGram = (set: ImportedSet): boolean =>
  set.data.series.some((s) => s.capacity_mAh_per_g !== undefined);

export const hasRateTable = (set: ImportedSet): boolean => (set.data.rateTable?.length ?? 0) > 0;

/** Why a set with cycles is not drawn on a per-gram figure, or null when it is. */
export const perGramNote = (set: ImportedSet): string | null =>
  hasPerGram(set) ? null : 'not drawn: no active mass, so no capacity per gram';

function profilePoints(series: CellSeries | undefined): ProfilePoint[] {
  const perGram = series?.capacity_mAh_per_g;
  if (!series || !perGram) return [];
  const step = Math.max(1, Math.ceil(series.n / MAX_PROFILE_POINTS));
  const points: ProfilePoint[] = [];
  for (let i = 0; i < series.n; i += step) {
    points.push({
      capacity_mAh_per_g: perGram[i] ?? Number.NaN,
      potential_V: series.voltage_V[i] ?? Number.NaN,
    });
  }
  // The end of a branch is its capacity: keep it whatever the stride.
  const last = series.n - 1;
  if (last > 0 && last % step !== 0) {
    points.push({
      capacity_mAh_per_g: perGram[last] ?? Number.NaN,
      potential_V: series.voltage_V[last] ?? Number.NaN,
    });
  }
  return points;
}

/** The first cycle per gram, for the voltage-profile figure; null without a mass. */
export function profileOfSet(set: ImportedSet): ImportedCycle<ProfilePoint[]> | null {
  if (!hasPerGram(set)) return null;
  const cycle = firstCycle(set);
  return {
    lithiation: profilePoints(cycle.lithiation),
    delithiation: profilePoints(cycle.delithiation),
  };
}

/** The measured rate table, for the rate-capability figure. */
export const rateOfSet = (set: ImportedSet): readonly RatePoint[] | null =>
  hasRateTable(set) ? (set.data.rateTable ?? null) : null;

export type DifferentialKind = 'dQdV' | 'dVdQ';

const NO_CURVE: DifferentialCurve = { x: [], value: [] };

/** dQ/dV (or dV/dQ) of the first cycle per gram, binned and smoothed as the figure is set. */
export function differentialOfSet(
  set: ImportedSet,
  mode: DifferentialKind,
  options: { readonly binWidth_mV: number; readonly smoothWindow: number },
): ImportedCycle<DifferentialCurve> | null {
  if (!hasPerGram(set)) return null;
  const cycle = firstCycle(set);
  const of = (series: CellSeries | undefined) =>
    series?.capacity_mAh_per_g
      ? differentialCapacity(series.capacity_mAh_per_g, series.voltage_V, options)[mode]
      : NO_CURVE;
  return { lithiation: of(cycle.lithiation), delithiation: of(cycle.delithiation) };
}
