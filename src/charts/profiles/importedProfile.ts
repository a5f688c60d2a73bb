import type { ProfilePoint } from '../../core/kinetics/halfCycle';
import { MARKERS_PER_BRANCH, spreadOut, type ImportedCycle } from '../kit/importedData';
import type { ImportedShape } from '../kit/useImported';
import { profileCyclePath, type ProfileScales } from './useProfileScales';

const finite = (p: ProfilePoint) =>
  Number.isFinite(p.capacity_mAh_per_g) && Number.isFinite(p.potential_V);

/** An imported first cycle as the profile figure draws it: both branches, with their symbols. */
export function importedProfileShape(
  cycle: ImportedCycle<readonly ProfilePoint[]>,
  scales: Pick<ProfileScales, 'x' | 'y'>,
): ImportedShape {
  const { x, y } = scales;
  const points = [cycle.lithiation, cycle.delithiation].flatMap((branch) =>
    spreadOut(branch.filter(finite), MARKERS_PER_BRANCH).map(
      (p) => [x(p.capacity_mAh_per_g), y(p.potential_V)] as const,
    ),
  );
  return { d: profileCyclePath(cycle, scales), points };
}
