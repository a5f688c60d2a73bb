import { useAppStore, useDeferredAppStore } from '../../state/hooks';
import { selectKinetics, selectKineticsBusy } from '../../state/selectors';
import { FigurePanel } from '../kit/FigurePanel';
import type { Proportions } from '../kit/frame';
import { FillSwatch, Legend, LineSwatch } from '../kit/Legend';
import { PinLegend } from '../kit/PinLegend';
import { usePinnedSeries } from '../kit/usePinned';
import { settingsKey } from '../kit/renderKey';
import { FullCellRateChart, LIMIT_COLORS } from './FullCellRateChart';
import { fullCellRateData } from '../../export/figureData';
import type { KineticsView } from '../../core/kinetics/api';

const PROPORTIONS: Proportions = { ratio: 0.66, min: 260, max: 360 };
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
  const kinetics = useDeferredAppStore(selectKinetics);
  const busy = useAppStore(selectKineticsBusy);
  const pinned = usePinnedSeries(pickRateCurve);
  return (
    <FigurePanel
      headingId="fullcell-rate-heading"
      headingLevel={4}
      heading="Full cell: rate capability"
      busy={busy && kinetics !== null}
      proportions={PROPORTIONS}
      placeholder={kinetics ? null : 'Computing the kinetics…'}
      data={kinetics && fullCellRateData(kinetics)}
      legend={
        <>
          <Legend label="Legend: full-cell rate capability" entries={LEGEND} />
          <PinLegend />
        </>
      }
      caption={
        <p>
          After the first cycle: the 0.1 C discharge times the poorer of the two electrodes&rsquo;
          retentions at each rate, where 1 C is the cathode&rsquo;s capacity in one hour. A
          retention estimate, not a simulation of the full cell.
          {pinned.length > 0 &&
            ' A pinned view is a line across the bars, in its own colour and dash.'}
        </p>
      }
    >
      {(width, height) =>
        kinetics && (
          <FullCellRateChart
            curve={kinetics.fullCell.rateCurve}
            reference={kinetics.fullCell.dischargeCapacity_mAh_per_g_cathode}
            renderedKey={settingsKey(kinetics.inputs, kinetics.choices)}
            width={width}
            height={height}
            pinned={pinned}
          />
        )
      }
    </FigurePanel>
  );
}
