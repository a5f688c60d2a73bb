import type { RatePoint } from '../../core/kinetics/protocol';
import type { ImportedShape } from '../kit/useImported';
import { getCapacity, getRate, ratePath, type RateScales } from './useRateScales';

const within = (value: number, [a, b]: number[]) =>
  Number.isFinite(value) && value >= Math.min(a ?? 0, b ?? 0) && value <= Math.max(a ?? 0, b ?? 0);

/**
 * An imported rate table as the rate figure draws it: its line (clipped at the frame by
 * ImportedCurves) and a symbol at each point inside both axes; a point outside is left out
 * rather than drawn over an axis.
 */
export function importedRateShape(
  table: readonly RatePoint[],
  { x, y }: Pick<RateScales, 'x' | 'y'>,
): ImportedShape {
  const sorted = [...table].sort((a, b) => getRate(a) - getRate(b));
  const points = sorted
    .filter((p) => within(getRate(p), x.domain()) && within(getCapacity(p), y.domain()))
    .map((p) => [x(getRate(p)), y(getCapacity(p))] as const);
  return { d: ratePath(sorted, { x, y }), points };
}
