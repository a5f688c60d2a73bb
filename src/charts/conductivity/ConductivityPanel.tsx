import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { DEFAULT_INPUTS, conductivities, temperatureKOf } from '../../core';
import { useAppStore } from '../../state/hooks';
import { selectBalanced, selectSweep } from '../../state/selectors';
import type { Store } from '../../state/storeTypes';
import { DownloadCsv } from '../../export/DownloadCsv';
import { DownloadFigure } from '../../export/DownloadFigure';
import { conductivityData } from '../../export/figureData';
import { whatIfText } from '../../format/modelSettings';
import { useElementWidth } from '../useElementWidth';
import { FillSwatch, Legend, LineSwatch, SymbolSwatch } from '../kit/Legend';
import { PinLegend } from '../kit/PinLegend';
import { usePins } from '../kit/usePinned';
import { ChartCaption } from './ChartCaption';
import { ConductivityChart } from './ConductivityChart';
import { MeasuredDataTable } from './MeasuredDataTable';
import { MEASURED_SERIES, MEASURED_SYMBOL_PATH, SERIES, SERIES_READING_ORDER } from './series';
import { HtmlSigma } from './Sigma';
import { chartHeightFor } from './useConductivityScales';

/** Width used before layout is known (and in jsdom, which has none). */
const FALLBACK_WIDTH = 720;

/** One element for the page's life: a new result (every step of a drag) leaves it as it is. */
const LEGEND = (
  <Legend
    entries={[
      ...SERIES_READING_ORDER.map((key) => {
        const s = SERIES[key];
        return {
          key,
          swatch: (
            <LineSwatch
              color={s.color}
              strokeWidth={s.strokeWidth}
              dash={s.dash}
              opacity={s.opacity}
            />
          ),
          label: (
            <>
              <HtmlSigma sub={s.subscript} /> {s.name}
              {key === 'ambipolar' && (
                <>
                  {' '}
                  = σ<sub>e</sub>σ<sub>i</sub>/(σ<sub>e</sub>+σ<sub>i</sub>)
                </>
              )}
            </>
          ),
        };
      }),
      ...MEASURED_SERIES.map((key) => ({
        key: `measured-${key}`,
        swatch: <SymbolSwatch d={MEASURED_SYMBOL_PATH[key]} fill={SERIES[key].color} />,
        label: (
          <>
            measured <HtmlSigma sub={SERIES[key].subscript} />
          </>
        ),
      })),
      {
        key: 'balanced',
        // Painted by the stylesheet, as the shaded bands in the chart are.
        swatch: <FillSwatch className="legend-balanced" />,
        label: (
          <>
            σ<sub>e</sub> and σ<sub>i</sub> within 1 decade
          </>
        ),
      },
    ]}
  />
);

/** Primitives only, so useShallow can tell when the marker really moved. */
const selectMarker = (s: Store) => {
  const r = s.result;
  if (!r) return null;
  // The worker's answer trails the slider by a frame or two. When only x moved, the marker
  // follows the slider at once: the three σ of one composition cost the page a couple of
  // microseconds, and they are the very numbers the worker will send (same code, same
  // inputs), so its answer, when it arrives, leaves the marker as it is: no second render
  // and repaint of the figure per step of a drag.
  const x = s.inputs.xGe;
  if (x !== r.inputs.xGe && s.inputs.temperatureC === r.inputs.temperatureC) {
    return {
      xGe: x,
      temperatureC: r.inputs.temperatureC,
      ...conductivities(x, temperatureKOf(r.inputs), r.inputs),
    };
  }
  return {
    xGe: r.inputs.xGe,
    temperatureC: r.inputs.temperatureC,
    electronic: r.properties.sigmaElectronic_S_per_cm,
    ionic: r.properties.sigmaIonic_S_per_cm,
    ambipolar: r.properties.sigmaAmbipolar_S_per_cm,
  };
};

/** The curves' what-if multipliers, as the figure says them (null: the calibrated model). */
const selectWhatIf = (s: Store) => (s.result ? whatIfText(s.result.inputs) : null);

/** The conductivity figure: store-connected wrapper around the pure chart. */
export function ConductivityPanel() {
  const sweep = useAppStore(selectSweep);
  const balanced = useAppStore(selectBalanced);
  const marker = useAppStore(useShallow(selectMarker));
  const whatIf = useAppStore(selectWhatIf);
  const pins = usePins();
  // From the pins' own settings: σ is a closed form, no kinetics to wait for.
  const pinned = useMemo(
    () =>
      pins.map(({ key, slot, inputs }) => ({
        key,
        slot,
        xGe: inputs.xGe,
        data: conductivities(inputs.xGe, temperatureKOf(inputs), inputs),
      })),
    [pins],
  );
  const [frameRef, width] = useElementWidth<HTMLDivElement>(FALLBACK_WIDTH);
  const data = sweep && conductivityData(sweep);
  return (
    <figure className="panel chart-panel" aria-labelledby="chart-heading">
      <div className="figure-head">
        <h2 id="chart-heading">Conductivity versus composition</h2>
        {whatIf && (
          <span className="what-if-tag" data-testid="conductivity-what-if">
            {whatIf}
          </span>
        )}
        {data && <DownloadCsv data={data} describedBy="chart-heading" />}
        {data && <DownloadFigure data={data} describedBy="chart-heading" />}
      </div>
      {LEGEND}
      <PinLegend needsKinetics={false} />
      <div ref={frameRef} className="chart-container">
        {sweep && balanced && marker ? (
          <ConductivityChart
            sweep={sweep}
            balanced={balanced}
            xGe={marker.xGe}
            values={marker}
            temperatureC={marker.temperatureC}
            width={width}
            pinned={pinned}
          />
        ) : (
          <div className="chart-placeholder" style={{ height: chartHeightFor(width) }}>
            Computing the model…
          </div>
        )}
      </div>
      <ChartCaption
        temperatureC={marker?.temperatureC ?? DEFAULT_INPUTS.temperatureC}
        whatIf={whatIf}
      />
      <MeasuredDataTable />
    </figure>
  );
}
