import { useCallback, useId, useMemo, useState } from 'react';
import { formatFixed } from '../../format/number';
import { peakSeparation } from '../../core/kinetics/peakSeparation';
import { useFigureStore } from '../kit/useFigureStore';
import { selectKinetics } from '../../state/selectors';
import { KineticsFigurePanel } from '../kit/KineticsFigurePanel';
import { differentialOfSet, hasCycles, perGramNote } from '../kit/importedData';
import { Legend, LineSwatch } from '../kit/Legend';
import { usePinnedSeries } from '../kit/usePinned';
import type { KineticsView } from '../../core';
import { useImportedSeries } from '../kit/useImported';
import type { ImportedSet } from '../../state/cellDataTypes';
import { rateColors } from '../profiles/palette';
import { branchKey } from '../profiles/branchKey';
import { dqdvData } from './dqdvData';
import { DqdvChart } from './DqdvChart';
import { DqdvControls } from './DqdvControls';
import {
  DEFAULT_DQDV_SETTINGS,
  differentiateCycle,
  dqdvCycles,
  type DqdvSettings,
} from './dqdvCurves';

/** A pin adds its first cycle: the one whose peaks the readout compares. */
const pickFirstCycle = (view: KineticsView) => view.formation.profile;
const pinnedCycle = () => ', 1st cycle';

/** dQ/dV or dV/dQ of the model's first cycle and profile-rate cycles, binning set here. */
export function DqdvPanel() {
  const [figureRef, kinetics] = useFigureStore(selectKinetics);
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
    ...branchKey('above 0', 'below 0'),
  ];
  return (
    <KineticsFigurePanel
      figureRef={figureRef}
      headingId="dqdv-heading"
      heading="Differential capacity (dQ/dV)"
      legend={
        <>
          <DqdvControls id={controlsId} settings={settings} onChange={setSettings} />
          <Legend label="Legend: cycles" entries={legend} />
        </>
      }
      kinetics={kinetics}
      proportions={{ ratio: 0.66, min: 280, max: 420 }}
      data={(view) => dqdvData(view, cycles, settings)}
      pins={{
        detail: pinnedCycle,
        series: pinned,
        sentence: ' Each pinned view adds its first cycle, in its own colour and dash.',
      }}
      imported={{
        relevant: hasCycles,
        note: perGramNote,
        series: imported,
        sentence:
          ' Your imported data: the first cycle of each set, binned and smoothed the same way (not made monotone); past the axes it is cut off.',
      }}
      caption={
        <>
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
        </>
      }
    >
      {(_view, fit) => (
        <DqdvChart
          cycles={cycles}
          colors={colors}
          mode={settings.mode}
          peaks={peaks}
          {...fit}
          imported={imported}
          pinned={pinned}
        />
      )}
    </KineticsFigurePanel>
  );
}
