import type { ConductivityPoint } from '../../core/conductivitySweep';
import type { SeriesKey } from './series';

const KEYS: readonly SeriesKey[] = ['electronic', 'ionic', 'ambipolar'];

/**
 * σ of each series at composition x, read off the model's sweep: linear in log σ between
 * the two grid points around x (the sweep is fine enough that this is the curve as drawn).
 */
export function sweepAt(sweep: readonly ConductivityPoint[], x: number): Record<SeriesKey, number> {
  let hi = sweep.findIndex((p) => p.xGe >= x);
  if (hi < 0) hi = sweep.length - 1;
  const lo = Math.max(0, hi - 1);
  const a = sweep[lo];
  const b = sweep[hi];
  const out = { electronic: Number.NaN, ionic: Number.NaN, ambipolar: Number.NaN };
  if (!a || !b) return out;
  const t = b.xGe === a.xGe ? 0 : Math.min(1, Math.max(0, (x - a.xGe) / (b.xGe - a.xGe)));
  for (const k of KEYS) out[k] = Math.exp((1 - t) * Math.log(a[k]) + t * Math.log(b[k]));
  return out;
}
