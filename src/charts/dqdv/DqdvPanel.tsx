import { useCallback, useId, useMemo, useState } from 'react';
import { formatFixed } from '../../format/number';
import { peakSeparation } from '../../core/kinetics/peakSeparation';
import { useAppStore, useDeferredAppStore } from '../../state/hooks';
import { selectKinetics, selectKineticsBusy } from '../../state/selectors';
import type { Proportions } from '../kit/frame';
import { FigurePanel } from '../kit/FigurePanel';
import { ImportedLegend } from '../kit/ImportedLegend';
import { differentialOfSet, hasCycles, perGramNote } from '../kit/importedData';
import { Legend, LineSwatch } from '../kit/Legend';
import { PinLegend } from '../kit/PinLegend';
import { usePinnedSeries } from '../kit/usePinned';
import type { KineticsView } from '../../core/kinetics/api';
import { useImportedSeries } from '../kit/useImported';
import type { ImportedSet } from '../../state/cellDataTypes';
import { settingsKey } from '../kit/renderKey';
import { rateColors } from '../profiles/palette';
import { BRANCH_DASH } from '../profiles/ProfileChart';
import { dqdvData } from './dqdvData';
import { DqdvChart } from './DqdvChart';
import { DqdvControls } from './DqdvControls';
import {
  DEFAULT_DQDV_SETTINGS,
  differentiateCycle,
  dqdvCycles,
  type DqdvSettings,
} from './dqdvCurves';

const PROPORTIONS: Proportions = { ratio: 0.66, min: 280, max: 420 };
/** A pin adds its first cycle: the one whose peaks the readout compares. */
const pickFirstCycle = (view: KineticsView) => view.formation.profile;
const pinnedCycle = () => ', 1st cycle';

/** dQ/dV or dV/dQ of the model's first cycle and profile-rate cycles, binning set here. */
export function DqdvPanel() {
  const kinetics = useDeferredAppStore(selectKinetics);
  const busy = useAppStore(selectKineticsBusy);
  const [settings, setSettings] = useState<DqdvSettings>(DEFAULT_DQDV_SETTINGS);
  const controlsId = useId();
  const cycles = useMemo(
    () => (kinetics ? dqdvCycles(kinetics, settings) : []),
    [kinetics, settings],
  );
  const colors = useMemo(() => rateColors(cycles.map((c) => c.cRate)), [cycles]);
  const imported = useImportedSeries(
    useCallback((set: ImportedSet) => differentialOfSet(set, settings.mode, settings), [settings]),
  );
  const pinnedProfiles = usePinnedSeries(pickFirstCycle);
  const pinned = useMemo(
    () => pinnedProfiles.map((p) => ({ ...p, data: differentiateCycle(p.data, settings) })),
    [pinnedProfiles, settings],
  );
  const peaks = useMemo(
    () => kinetics && peakSeparation(kinetics.formation.profile, settings),
    [kinetics, settings],
  );
  const legend = [
    ...cycles.map((c, i) => ({
      key: c.key,
      swatch: <LineSwatch color={colors[i] ?? '#000'} strokeWidth={c.first ? 2.25 : 1.5} />,
      label: c.label,
    })),
    {
      key: 'delithiation',
      swatch: <LineSwatch color="#59636e" strokeWidth={2} />,
      label: 'delithiation (above 0)',
    },
    {
      key: 'lithiation',
      swatch: <LineSwatch color="#59636e" strokeWidth={2} dash={BRANCH_DASH.lithiation} />,
      label: 'lithiation (below 0)',
    },
  ];
  return (
    <FigurePanel
      headingId="dqdv-heading"
      heading="Differential capacity (dQ/dV)"
      busy={busy && kinetics !== null}
      proportions={PROPORTIONS}
      placeholder={kinetics ? null : 'Computing the kinetics…'}
      data={kinetics && dqdvData(kinetics, cycles, settings)}
      legend={
        <>
          <DqdvControls id={controlsId} settings={settings} onChange={setSettings} />
          <Legend label="Legend: cycles" entries={legend} />
          <PinLegend detail={pinnedCycle} />
          <ImportedLegend relevant={hasCycles} note={perGramNote} />
        </>
      }
      caption={
        <p>
          The model&rsquo;s voltage curves differentiated as one would a cycler&rsquo;s: made
          monotone (isotonic regression: a first lithiation dips and recovers in its first few
          mAh/g), averaged in {settings.binWidth_mV} mV bins, then a {settings.smoothWindow}-point
          moving average. The first cycle at 0.1 C starts from the pristine layer; the others are
          the profile rates&rsquo; cycles from the formed one. Peaks are plateaus: where much charge
          passes for little change in potential.{' '}
          {peaks ? (
            <span data-testid="dqdv-peak-text">
              First cycle: lithiation peak {formatFixed(peaks.lithiation_V, 3)} V, delithiation peak{' '}
              {formatFixed(peaks.delithiation_V, 3)} V, separation{' '}
              {formatFixed(peaks.separation_V, 3)} V (the hysteresis and the polarisation together).
            </span>
          ) : (
            'Nothing was inserted at these settings, so there are no peaks.'
          )}
          {settings.mode === 'dVdQ' &&
            ' dV/dQ shoots up where a branch ends: values beyond the plotted range are drawn at its edge.'}
          {pinned.length > 0 &&
            ' Each pinned view adds its first cycle, in its own colour and dash.'}
          {imported.length > 0 &&
            ' Your imported data: the first cycle of each set, binned and smoothed the same way (not made monotone); past the axes it is cut off.'}
        </p>
      }
    >
      {(width, height) =>
        kinetics && (
          <DqdvChart
            cycles={cycles}
            colors={colors}
            mode={settings.mode}
            peaks={peaks}
            renderedKey={settingsKey(kinetics.inputs, kinetics.choices)}
            width={width}
            height={height}
            imported={imported}
            pinned={pinned}
          />
        )
      }
    </FigurePanel>
  );
}
