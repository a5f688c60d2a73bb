import { formatInputValue } from '../../format/number';
import { formulaOf } from '../../format/formula';
import { useFigureStore } from '../kit/useFigureStore';
import { selectKinetics } from '../../state/selectors';
import { KineticsFigurePanel } from '../kit/KineticsFigurePanel';
import { Legend, LineSwatch, SymbolSwatch } from '../kit/Legend';
import { hasRateTable, rateOfSet } from '../kit/importedData';
import { useImportedSeries } from '../kit/useImported';
import { usePinnedSeries } from '../kit/usePinned';
import {
  MEASURED_COLOR,
  MEASURED_RATE,
  MEASURED_RATE_LABEL,
  MEASURED_RATE_X,
  MEASURED_SYMBOL_PATH,
} from './measuredRate';
import { MODEL_COLOR, RateChart } from './RateChart';
import { rateData } from '../../export/kineticsFigureData';
import type { KineticsView } from '../../core';

const sameX = (a: number, b: number) => Math.abs(a - b) < 1e-9;
const pickRateCurve = (view: KineticsView) => view.rateCurve;

/** Rate capability of the current composition, with the study's Si7Ge points for scale. */
export function RatePanel() {
  const [figureRef, kinetics] = useFigureStore(selectKinetics);
  const pinned = usePinnedSeries(pickRateCurve);
  const imported = useImportedSeries(rateOfSet);
  const xGe = kinetics?.inputs.xGe ?? null;
  const measuredId = MEASURED_RATE[0]?.compositionId ?? '';
  const elsewhere = xGe !== null && !sameX(xGe, MEASURED_RATE_X);
  return (
    <KineticsFigurePanel
      figureRef={figureRef}
      headingId="rate-heading"
      heading="Rate capability"
      legend={
        <Legend
          label="Legend: rate capability"
          entries={[
            {
              key: 'model',
              swatch: <LineSwatch color={MODEL_COLOR} dot />,
              label: `model, x = ${xGe === null ? '…' : formatInputValue(xGe)}`,
            },
            {
              key: 'measured',
              swatch: (
                <SymbolSwatch d={MEASURED_SYMBOL_PATH} fill={elsewhere ? '#fff' : MEASURED_COLOR} />
              ),
              label: MEASURED_RATE_LABEL,
            },
          ]}
        />
      }
      kinetics={kinetics}
      proportions={{ ratio: 0.66, min: 260, max: 380 }}
      data={rateData}
      imported={{ relevant: hasRateTable }}
      caption={
        <>
          Delithiation capacity after a lithiation at the same rate, from the electrode formed at
          0.1 C, for the current composition. The measured points are for{' '}
          <strong>
            x = {formatInputValue(MEASURED_RATE_X)} ({formulaOf(measuredId)}) only
          </strong>
          {elsewhere
            ? `; at x = ${formatInputValue(xGe)} they are drawn hollow, for scale rather than comparison.`
            : '.'}
        </>
      }
    >
      {(view, fit) => (
        <RateChart
          curve={view.rateCurve}
          xGe={view.inputs.xGe}
          {...fit}
          pinned={pinned}
          imported={imported}
        />
      )}
    </KineticsFigurePanel>
  );
}
