import { LineSwatch, type LegendEntry } from '../kit/Legend';
import { BRANCH_DASH } from './ProfileChart';

const BRANCH_COLOR = '#59636e';

/**
 * The key to the two branches of a cycle, drawn as the profiles draw them, each named by
 * where the figure puts it ("up", "above 0").
 */
export const branchKey = (delithiation: string, lithiation: string): readonly LegendEntry[] => [
  {
    key: 'delithiation',
    swatch: <LineSwatch color={BRANCH_COLOR} strokeWidth={2} />,
    label: `delithiation (${delithiation})`,
  },
  {
    key: 'lithiation',
    swatch: <LineSwatch color={BRANCH_COLOR} strokeWidth={2} dash={BRANCH_DASH.lithiation} />,
    label: `lithiation (${lithiation})`,
  },
];
