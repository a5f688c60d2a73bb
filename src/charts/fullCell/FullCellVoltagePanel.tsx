import { formatInputValue } from '../../format/number';
import { useAppStore, useDeferredAppStore } from '../../state/hooks';
import { selectKinetics, selectKineticsBusy } from '../../state/selectors';
import { FigurePanel } from '../kit/FigurePanel';
import type { Proportions } from '../kit/frame';
import { FillSwatch, Legend, LineSwatch } from '../kit/Legend';
import { PinLegend } from '../kit/PinLegend';
import { usePinnedSeries } from '../kit/usePinned';
import { settingsKey } from '../kit/renderKey';
import { cathodeName } from './cathodeName';
import {
  CHARGE_COLOR,
  CHARGE_DASH,
  DISCHARGE_COLOR,
  FullCellVoltageChart,
  platingOnset,
} from './FullCellVoltageChart';
import { fullCellVoltageData } from '../../export/figureData';
import type { KineticsView } from '../../core/kinetics/api';

const PROPORTIONS: Proportions = { ratio: 0.66, min: 260, max: 360 };
const pickVoltageCurve = (view: KineticsView) => view.fullCell.voltageCurve;

/** The full cell's first charge and discharge, against the chosen cathode at the chosen N/P. */
export function FullCellVoltagePanel() {
  const kinetics = useDeferredAppStore(selectKinetics);
  const busy = useAppStore(selectKineticsBusy);
  const fullCell = kinetics?.fullCell ?? null;
  const plating = fullCell !== null && platingOnset(fullCell) !== null;
  const pinned = usePinnedSeries(pickVoltageCurve);
  return (
    <FigurePanel
      headingId="fullcell-voltage-heading"
      headingLevel={4}
      heading="Full cell: first cycle"
      busy={busy && kinetics !== null}
      proportions={PROPORTIONS}
      placeholder={kinetics ? null : 'Computing the kinetics…'}
      data={kinetics && fullCellVoltageData(kinetics)}
      legend={
        <>
          <Legend
            label="Legend: full-cell voltage"
            entries={[
              {
                key: 'charge',
                swatch: <LineSwatch color={CHARGE_COLOR} dash={CHARGE_DASH} />,
                label: 'first charge',
              },
              {
                key: 'discharge',
                swatch: <LineSwatch color={DISCHARGE_COLOR} />,
                label: 'first discharge',
              },
              ...(plating
                ? [{ key: 'plating', swatch: <FillSwatch color="#f6c9cc" />, label: 'Li plates' }]
                : []),
            ]}
          />
          <PinLegend />
        </>
      }
      caption={
        <p>
          Cathode potential minus anode potential through the first 0.1 C cycle, per gram of cathode
          active material
          {kinetics &&
            `: ${cathodeName(kinetics.choices.cathode)} at N/P ${formatInputValue(kinetics.fullCell.npRatio)}`}
          . The anode follows the half-cell model at the settings above; the cathode a published
          curve shape (sources in docs/full-cell.md).
        </p>
      }
    >
      {(width, height) =>
        kinetics && (
          <FullCellVoltageChart
            fullCell={kinetics.fullCell}
            cathodeLabel={cathodeName(kinetics.choices.cathode)}
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
