import { useFigureStore } from '../kit/useFigureStore';
import { selectKinetics } from '../../state/selectors';
import { KineticsFigurePanel } from '../kit/KineticsFigurePanel';
import { FillSwatch, Legend, LineSwatch } from '../kit/Legend';
import { usePinnedSeries } from '../kit/usePinned';
import { FullCellRateChart, LIMIT_COLORS } from './FullCellRateChart';
import { fullCellRateData } from '../../export/kineticsFigureData';
import type { KineticsView } from '../../core';

const pickRateCurve = (view: KineticsView) => view.fullCell.rateCurve;

const LEGEND = [
  {
    key: 'cathode',
    swatch: <FillSwatch color={LIMIT_COLORS.cathode} />,
    label: 'limited by the cathode',
  },
  {
    key: 'anode',
    swatch: <FillSwatch color={LIMIT_COLORS.anode} />,
    label: 'limited by the anode',
  },
  {
    key: 'reference',
    swatch: <LineSwatch color="#59636e" strokeWidth={1.25} dash="4 3" />,
    label: 'first discharge at 0.1 C',
  },
];

/** The full cell's discharge capacity at 0.2–2 C, and which electrode holds it back. */
export function FullCellRatePanel() {
  const [figureRef, kinetics] = useFigureStore(selectKinetics);
  const pinned = usePinnedSeries(pickRateCurve);
  return (
    <KineticsFigurePanel
      figureRef={figureRef}
      headingId="fullcell-rate-heading"
      headingLevel={4}
      heading="Full cell: rate capability"
      legend={<Legend label="Legend: full-cell rate capability" entries={LEGEND} />}
      kinetics={kinetics}
      proportions={{ ratio: 0.66, min: 260, max: 360 }}
      data={fullCellRateData}
      pins={{
        series: pinned,
        sentence: ' A pinned view is a line across the bars, in its own colour and dash.',
      }}
      caption={
        <>
          After the first cycle: the 0.1 C discharge times the poorer of the two electrodes&rsquo;
          retentions at each rate, where 1 C is the cathode&rsquo;s capacity in one hour. A
          retention estimate, not a simulation of the full cell.
        </>
      }
    >
      {(view, fit) => (
        <FullCellRateChart
          curve={view.fullCell.rateCurve}
          reference={view.fullCell.dischargeCapacity_mAh_per_g_cathode}
          {...fit}
          pinned={pinned}
        />
      )}
    </KineticsFigurePanel>
  );
}
