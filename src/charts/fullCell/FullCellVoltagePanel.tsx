import { formatInputValue } from '../../format/number';
import { useFigureStore } from '../kit/useFigureStore';
import { selectKinetics } from '../../state/selectors';
import { KineticsFigurePanel } from '../kit/KineticsFigurePanel';
import { FillSwatch, Legend, LineSwatch } from '../kit/Legend';
import { usePinnedSeries } from '../kit/usePinned';
import { cathodeName } from './cathodeName';
import {
  CHARGE_COLOR,
  CHARGE_DASH,
  DISCHARGE_COLOR,
  FullCellVoltageChart,
  platingOnset,
} from './FullCellVoltageChart';
import { fullCellVoltageData } from '../../export/kineticsFigureData';
import type { KineticsView } from '../../core';

const pickVoltageCurve = (view: KineticsView) => view.fullCell.voltageCurve;

/** The full cell's first charge and discharge, against the chosen cathode at the chosen N/P. */
export function FullCellVoltagePanel() {
  const [figureRef, kinetics] = useFigureStore(selectKinetics);
  const fullCell = kinetics?.fullCell ?? null;
  const plating = fullCell !== null && platingOnset(fullCell) !== null;
  const pinned = usePinnedSeries(pickVoltageCurve);
  return (
    <KineticsFigurePanel
      figureRef={figureRef}
      headingId="fullcell-voltage-heading"
      headingLevel={4}
      heading="Full cell: first cycle"
      legend={
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
      }
      kinetics={kinetics}
      proportions={{ ratio: 0.66, min: 260, max: 360 }}
      data={fullCellVoltageData}
      caption={
        <>
          Cathode potential minus anode potential through the first 0.1 C cycle, per gram of cathode
          active material
          {kinetics &&
            `: ${cathodeName(kinetics.choices.cathode)} at N/P ${formatInputValue(kinetics.fullCell.npRatio)}`}
          . The anode follows the half-cell model at the settings above; the cathode a published
          curve shape (sources in docs/full-cell.md).
        </>
      }
    >
      {(view, fit) => (
        <FullCellVoltageChart
          fullCell={view.fullCell}
          cathodeLabel={cathodeName(view.choices.cathode)}
          {...fit}
          pinned={pinned}
        />
      )}
    </KineticsFigurePanel>
  );
}
