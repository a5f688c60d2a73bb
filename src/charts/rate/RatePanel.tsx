import { formatInputValue } from '../../format/number';
import { formulaOf } from '../../format/formula';
import { useAppStore, useDeferredAppStore } from '../../state/hooks';
import { selectKinetics, selectKineticsBusy } from '../../state/selectors';
import type { Proportions } from '../kit/frame';
import { FigurePanel } from '../kit/FigurePanel';
import { Legend, LineSwatch, SymbolSwatch } from '../kit/Legend';
import { ImportedLegend } from '../kit/ImportedLegend';
import { hasRateTable, rateOfSet } from '../kit/importedData';
import { useImportedSeries } from '../kit/useImported';
import { PinLegend } from '../kit/PinLegend';
import { usePinnedSeries } from '../kit/usePinned';
import { settingsKey } from '../kit/renderKey';
import {
  MEASURED_COLOR,
  MEASURED_RATE,
  MEASURED_RATE_LABEL,
  MEASURED_RATE_X,
  MEASURED_SYMBOL_PATH,
} from './measuredRate';
import { MODEL_COLOR, RateChart } from './RateChart';
import { rateData } from '../../export/figureData';
import type { KineticsView } from '../../core/kinetics/api';

const PROPORTIONS: Proportions = { ratio: 0.66, min: 260, max: 380 };
const sameX = (a: number, b: number) => Math.abs(a - b) < 1e-9;
const pickRateCurve = (view: KineticsView) => view.rateCurve;

/** Rate capability of the current composition, with the study's Si7Ge points for scale. */
export function RatePanel() {
  const kinetics = useDeferredAppStore(selectKinetics);
  const busy = useAppStore(selectKineticsBusy);
  const pinned = usePinnedSeries(pickRateCurve);
  const imported = useImportedSeries(rateOfSet);
  const xGe = kinetics?.inputs.xGe ?? null;
  const measuredId = MEASURED_RATE[0]?.compositionId ?? '';
  const elsewhere = xGe !== null && !sameX(xGe, MEASURED_RATE_X);
  return (
    <FigurePanel
      headingId="rate-heading"
      heading="Rate capability"
      busy={busy && kinetics !== null}
      proportions={PROPORTIONS}
      placeholder={kinetics ? null : 'Computing the kinetics…'}
      data={kinetics && rateData(kinetics)}
      legend={
        <>
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
                  <SymbolSwatch
                    d={MEASURED_SYMBOL_PATH}
                    fill={elsewhere ? '#fff' : MEASURED_COLOR}
                  />
                ),
                label: MEASURED_RATE_LABEL,
              },
            ]}
          />
          <PinLegend />
          <ImportedLegend relevant={hasRateTable} />
        </>
      }
      caption={
        <p>
          Delithiation capacity after a lithiation at the same rate, from the electrode formed at
          0.1 C, for the current composition. The measured points are for{' '}
          <strong>
            x = {formatInputValue(MEASURED_RATE_X)} ({formulaOf(measuredId)}) only
          </strong>
          {elsewhere
            ? `; at x = ${formatInputValue(xGe)} they are drawn hollow, for scale rather than comparison.`
            : '.'}
        </p>
      }
    >
      {(width, height) =>
        kinetics && (
          <RateChart
            curve={kinetics.rateCurve}
            xGe={kinetics.inputs.xGe}
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
