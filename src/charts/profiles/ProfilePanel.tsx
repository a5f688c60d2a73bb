import { useMemo } from 'react';
import { LI_IN_POTENTIAL_V, VOLTAGE_WINDOW_V_VS_LI } from '../../core/kinetics/ocp';
import { formatFixed, formatInputValue } from '../../format/number';
import { useAppStore, useDeferredAppStore } from '../../state/hooks';
import { selectKinetics, selectKineticsBusy } from '../../state/selectors';
import type { Proportions } from '../kit/frame';
import { FigurePanel } from '../kit/FigurePanel';
import { Legend, LineSwatch } from '../kit/Legend';
import { ImportedLegend } from '../kit/ImportedLegend';
import { hasCycles, perGramNote, profileOfSet } from '../kit/importedData';
import { useImportedSeries } from '../kit/useImported';
import { PinLegend } from '../kit/PinLegend';
import { usePinnedSeries, type PinnedEntry } from '../kit/usePinned';
import { settingsKey } from '../kit/renderKey';
import { rateColors } from './palette';
import { BRANCH_DASH, ProfileChart } from './ProfileChart';
import { profileData } from '../../export/figureData';
import type { KineticsView } from '../../core/kinetics/api';

const PROPORTIONS: Proportions = { ratio: 0.72, min: 300, max: 440 };
const WINDOW = VOLTAGE_WINDOW_V_VS_LI;
/** A pin adds one rate's cycle, not three: four pins of three rates would be 24 curves. */
const pickFirstProfile = (view: KineticsView) => view.profiles.slice(0, 1);
const pinnedRate = ({ pin }: PinnedEntry) => `, at ${formatInputValue(pin.inputs.profileRate1)} C`;

/** Voltage profiles at the three chosen rates. */
export function ProfilePanel() {
  const kinetics = useDeferredAppStore(selectKinetics);
  const busy = useAppStore(selectKineticsBusy);
  const pinned = usePinnedSeries(pickFirstProfile);
  const imported = useImportedSeries(profileOfSet);
  const profiles = kinetics?.profiles;
  const legend = useMemo(() => {
    if (!profiles) return [];
    const colors = rateColors(profiles.map((p) => p.cRate));
    return [
      ...profiles.map((p, i) => ({
        key: String(i),
        swatch: <LineSwatch color={colors[i] ?? '#000'} strokeWidth={2} />,
        label: `${formatInputValue(p.cRate)} C`,
      })),
      {
        key: 'delithiation',
        swatch: <LineSwatch color="#59636e" strokeWidth={2} />,
        label: 'delithiation (up)',
      },
      {
        key: 'lithiation',
        swatch: <LineSwatch color="#59636e" strokeWidth={2} dash={BRANCH_DASH.lithiation} />,
        label: 'lithiation (down)',
      },
    ];
  }, [profiles]);
  return (
    <FigurePanel
      headingId="profile-heading"
      heading="Voltage profiles"
      busy={busy && kinetics !== null}
      proportions={PROPORTIONS}
      placeholder={kinetics ? null : 'Computing the kinetics…'}
      data={kinetics && profileData(kinetics)}
      legend={
        <>
          <Legend label="Legend: profile rates" entries={legend} />
          <PinLegend detail={pinnedRate} />
          <ImportedLegend relevant={hasCycles} note={perGramNote} />
        </>
      }
      caption={
        <p>
          Constant-current lithiation (dashed, potential falls) and then delithiation (solid,
          potential rises) at each rate, from the electrode formed at 0.1 C; potential of the anode
          at the separator. Left axis vs Li/Li⁺; right axis the same heights vs the Li–In counter
          electrode of the study (E − {formatFixed(LI_IN_POTENTIAL_V, 2)} V). Faint lines: the
          study&rsquo;s cut-offs, {formatFixed(WINDOW.lower, 2)} and {formatFixed(WINDOW.upper, 2)}{' '}
          V vs Li/Li⁺.
          {pinned.length > 0 &&
            ' Each pinned view adds its lithiation and delithiation at its first profile rate, in its own colour and dash.'}
          {imported.length > 0 &&
            ' Your imported data: the first cycle of each set, per gram of its active mass, solid; past the axes it is cut off.'}
        </p>
      }
    >
      {(width, height) =>
        kinetics && (
          <ProfileChart
            profiles={kinetics.profiles}
            renderedKey={settingsKey(kinetics.inputs, kinetics.choices)}
            width={width}
            height={height}
            pinned={pinned}
            imported={imported}
          />
        )
      }
    </FigurePanel>
  );
}
