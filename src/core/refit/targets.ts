/**
 * What of an imported data set a refit can use: its rate table (delithiation capacity per
 * gram against C-rate) and the first cycle's lithiation and delithiation capacities.
 */
import type { CellDataSet, CellSeries, HalfCycleKind } from '../cellData';
import { RefitError } from './errors';
import type { RefitTarget } from './types';

export interface RefitTargets {
  readonly targets: readonly RefitTarget[];
  /** Points or half-cycles left out, and why. */
  readonly notes: readonly string[];
}

/** The half-cycle's capacity per gram: its last value, as the rate table's derivation takes it. */
function capacityPerGram(
  series: CellSeries,
  activeMass_mg: number | undefined,
): number | undefined {
  const perGram = series.capacity_mAh_per_g?.at(-1);
  if (perGram !== undefined) return perGram;
  const charge = series.capacity_mAh.at(-1);
  return charge !== undefined && activeMass_mg !== undefined
    ? (1000 * charge) / activeMass_mg
    : undefined;
}

const usable = (v: number | undefined): v is number =>
  v !== undefined && Number.isFinite(v) && v > 0;

function firstCycleTargets(
  data: CellDataSet,
  activeMass_mg: number | undefined,
  notes: string[],
): RefitTarget[] {
  const kinds: readonly HalfCycleKind[] = ['lithiation', 'delithiation'];
  return kinds.flatMap((kind) => {
    const series = data.series.find((s) => s.kind === kind);
    if (series === undefined) return [];
    const capacity = capacityPerGram(series, activeMass_mg);
    if (capacity === undefined) {
      notes.push(
        `The first ${kind} is left out: it has no capacity per gram (give the active mass).`,
      );
      return [];
    }
    if (!usable(capacity)) {
      notes.push(
        `The first ${kind} is left out: its capacity, ${capacity} mAh/g, is not positive.`,
      );
      return [];
    }
    return [{ label: `first ${kind} (0.1 C)`, kind: `first ${kind}`, data: capacity }];
  });
}

/**
 * Every figure of the data set the model can be compared with. The model's first cycle is
 * its 0.1 C formation, and a rate point's C-rate is read as the model's (1 C = Li₁₅M₄ in an
 * hour). A RefitError when nothing is left to fit.
 */
export function refitTargets(data: CellDataSet, activeMass_mg?: number): RefitTargets {
  const notes: string[] = [];
  const mass = activeMass_mg ?? data.activeMass_mg;
  const rates: RefitTarget[] = [];
  for (const p of data.rateTable ?? []) {
    if (usable(p.cRate) && usable(p.capacity_mAh_per_g)) {
      rates.push({
        label: `capacity at ${p.cRate} C`,
        kind: 'rate',
        cRate: p.cRate,
        data: p.capacity_mAh_per_g,
      });
    } else {
      notes.push(
        `The rate point (${p.cRate} C, ${p.capacity_mAh_per_g} mAh/g) is left out: ` +
          'a C-rate and a capacity must both be positive.',
      );
    }
  }
  rates.sort((a, b) => (a.cRate ?? 0) - (b.cRate ?? 0));
  const targets = [...firstCycleTargets(data, mass, notes), ...rates];
  if (targets.length === 0) {
    throw new RefitError(
      'Nothing to fit: the data have no rate table and no first cycle with a capacity per gram' +
        (mass === undefined ? ' (give the active mass).' : '.'),
    );
  }
  return { targets, notes };
}
