import type { DifferentialCurve } from '../../core/cellData/dqdv';
import { MARKERS_PER_BRANCH, spreadOut, type ImportedCycle } from '../kit/importedData';
import type { DifferentialMode } from './dqdvCurves';
import { DVDQ_SCALE, type DqdvScales } from './useDqdvScales';

/** Where an imported cycle's symbols go: spread along each branch, inside the x range only. */
export function importedDqdvPoints(
  cycle: ImportedCycle<DifferentialCurve>,
  mode: DifferentialMode,
  { x, y }: Pick<DqdvScales, 'x' | 'y'>,
): (readonly [number, number])[] {
  const scale = mode === 'dVdQ' ? DVDQ_SCALE : 1;
  const [low = 0, high = 0] = x.domain();
  return [cycle.lithiation, cycle.delithiation].flatMap((curve) => {
    const inside = curve.x.flatMap((cx, i) => {
      const v = (curve.value[i] ?? Number.NaN) * scale;
      return Number.isFinite(cx) && Number.isFinite(v) && cx >= low && cx <= high
        ? [[x(cx), y(v)] as const]
        : [];
    });
    return spreadOut(inside, MARKERS_PER_BRANCH);
  });
}
