import { useMemo } from 'react';
import { LI_IN_POTENTIAL_V, VOLTAGE_WINDOW_V_VS_LI } from '../../core/kinetics/ocp';
import { formatFixed, formatInputValue } from '../../format/number';
import { useFigureStore } from '../kit/useFigureStore';
import { selectKinetics } from '../../state/selectors';
import { KineticsFigurePanel } from '../kit/KineticsFigurePanel';
import { Legend, LineSwatch } from '../kit/Legend';
import { hasCycles, perGramNote, profileOfSet } from '../kit/importedData';
import { useImportedSeries } from '../kit/useImported';
import { usePinnedSeries, type PinnedEntry } from '../kit/usePinned';
import { rateColors } from './palette';
import { ProfileChart } from './ProfileChart';
import { branchKey } from './branchKey';
import { profileData } from '../../export/kineticsFigureData';
import type { KineticsView } from '../../core';

const WINDOW = VOLTAGE_WINDOW_V_VS_LI;
/** A pin adds one rate's cycle, not three: four pins of three rates would be 24 curves. */
const pickFirstProfile = (view: KineticsView) => view.profiles.slice(0, 1);
const pinnedRate = ({ pin }: PinnedEntry) => `, at ${formatInputValue(pin.inputs.profileRate1)} C`;

/** Voltage profiles at the three chosen rates. */
export function ProfilePanel() {
  const [figureRef, kinetics] = useFigureStore(selectKinetics);
  const pinned = usePinnedSeries(pickFirstProfile);
  const imported = useImportedSeries(profileOfSet);
  const profiles = kinetics?.profiles;
  const legend = useMemo(() => {
    const colors = rateColors(profiles?.map((p) => p.cRate) ?? []);
    const entries = profiles
      ? [
          ...profiles.map((p, i) => ({
            key: String(i),
            swatch: <LineSwatch color={colors[i] ?? '#000'} strokeWidth={2} />,
            label: `${formatInputValue(p.cRate)} C`,
          })),
          ...branchKey('up', 'down'),
        ]
      : [];
    return <Legend label="Legend: profile rates" entries={entries} />;
  }, [profiles]);
  return (
    <KineticsFigurePanel
      figureRef={figureRef}
      headingId="profile-heading"
      heading="Voltage profiles"
      legend={legend}
      kinetics={kinetics}
      proportions={{ ratio: 0.72, min: 300, max: 440 }}
      data={profileData}
      pins={{
        detail: pinnedRate,
        series: pinned,
        sentence:
          ' Each pinned view adds its lithiation and delithiation at its first profile rate, in its own colour and dash.',
      }}
      imported={{
        relevant: hasCycles,
        note: perGramNote,
        series: imported,
        sentence:
          ' Your imported data: the first cycle of each set, per gram of its active mass, solid; past the axes it is cut off.',
      }}
      caption={
        <>
          Constant-current lithiation (dashed, potential falls) and then delithiation (solid,
          potential rises) at each rate, from the electrode formed at 0.1 C; potential of the anode
          at the separator. Left axis vs Li/Li⁺; right axis the same heights vs the Li–In counter
          electrode of the study (E − {formatFixed(LI_IN_POTENTIAL_V, 2)} V). Faint lines: the
          study&rsquo;s cut-offs, {formatFixed(WINDOW.lower, 2)} and {formatFixed(WINDOW.upper, 2)}{' '}
          V vs Li/Li⁺.
        </>
      }
    >
      {(view, fit) => (
        <ProfileChart profiles={view.profiles} {...fit} pinned={pinned} imported={imported} />
      )}
    </KineticsFigurePanel>
  );
}
