import { useMemo, type Ref } from 'react';
import type { DiffusivityCurves } from '../../core/kinetics/diffusivityCurves';
import { DownloadCsv } from '../../export/DownloadCsv';
import { DownloadFigure } from '../../export/DownloadFigure';
import { formatInputValue } from '../../format/number';
import { MEASUREMENT_TEMPERATURE_C } from '../conductivity/measuredPoints';
import { heightFor } from '../kit/frame';
import { Legend, LineSwatch, SymbolSwatch } from '../kit/Legend';
import { useElementWidth } from '../useElementWidth';
import { lazyModule } from '../../components/lazyModule';
import { useLazyModule } from '../../components/useLazyModule';
import { AVERAGE_COLOR, AVERAGE_DASH } from './averageLine';
import {
  GITT_SOURCE_KEY,
  MEASURED_COLOR,
  MEASURED_SYMBOL_PATH,
  MODEL_COLOR,
  OBSERVED_SENTENCE,
} from './measuredDiffusivity';
import { DIFFUSIVITY_PROPORTIONS } from './useDiffusivityScales';

/** The charts: fetched when the page is idle, or when the model answers (diffusivityCharts.ts). */
const chartsCode = lazyModule(() => import('./diffusivityCharts'));

/** Width used before layout is known (and in jsdom, which has none). */
const FALLBACK_WIDTH = 420;

export interface DiffusivityFigureProps {
  /** D(x) across compositions; null until the model has answered. */
  composition: DiffusivityCurves['composition'] | null;
  /** The current composition and D there. */
  marker: { readonly xGe: number; readonly D: number } | null;
  /** D(θ) and the composition it is for; null until the model has answered. */
  lithiation: { readonly xGe: number; readonly curve: DiffusivityCurves['lithiation'] } | null;
  /** Temperature the curves are drawn for, °C. */
  temperatureC: number;
  /** The figure element, for a panel that asks whether it is on screen. */
  figureRef?: Ref<HTMLElement>;
}

function Placeholder({ width }: { width: number }) {
  return (
    <div
      className="chart-placeholder"
      style={{ height: heightFor(width, DIFFUSIVITY_PROPORTIONS) }}
    >
      Computing the model…
    </div>
  );
}

const LEGEND = (
  <Legend
    label="Legend: Li diffusivity"
    entries={[
      { key: 'model', swatch: <LineSwatch color={MODEL_COLOR} />, label: 'model' },
      {
        key: 'measured',
        swatch: <SymbolSwatch d={MEASURED_SYMBOL_PATH} fill={MEASURED_COLOR} />,
        label: `measured, GITT average (${GITT_SOURCE_KEY})`,
      },
      {
        key: 'average',
        swatch: <LineSwatch color={AVERAGE_COLOR} strokeWidth={1.5} dash={AVERAGE_DASH} />,
        label: 'average over the lithiation',
      },
    ]}
  />
);

/**
 * Li diffusivity in two panels: across compositions with the study's GITT averages, and
 * through one lithiation of the chosen composition, with whether its course matches the
 * one the study saw. Pure props in; the store lives in DiffusivityPanel.
 */
export function DiffusivityFigure({
  composition,
  marker,
  lithiation,
  temperatureC,
  figureRef,
}: DiffusivityFigureProps) {
  const [leftRef, leftWidth] = useElementWidth<HTMLDivElement>(FALLBACK_WIDTH);
  const [rightRef, rightWidth] = useElementWidth<HTMLDivElement>(FALLBACK_WIDTH);
  const { module: charts, failed } = useLazyModule(
    chartsCode,
    composition !== null || lithiation !== null,
  );
  const comparison = useMemo(
    () =>
      lithiation && charts ? charts.compareWithObserved(lithiation.curve, lithiation.xGe) : null,
    [lithiation, charts],
  );
  // The section's boundary says so, with Retry (which draws the figure, and fetches, anew).
  if (failed) throw new Error('The code of its charts did not load.');
  // The files follow what is drawn: with the charts, not before them.
  const data =
    composition && lithiation && charts
      ? charts.diffusivityData(composition, lithiation.curve, lithiation.xGe)
      : null;
  return (
    <figure
      ref={figureRef}
      className="panel chart-panel diffusivity-figure"
      aria-labelledby="diffusivity-heading"
    >
      <div className="figure-head">
        <h2 id="diffusivity-heading">Li diffusivity</h2>
        {data && <DownloadCsv data={data} describedBy="diffusivity-heading" />}
        {data && <DownloadFigure data={data} describedBy="diffusivity-heading" />}
      </div>
      <p className="figure-intro">
        The diffusivity <em>D</em> says how fast Li moves inside a particle: in a time <em>t</em> a
        Li atom wanders about √(<em>Dt</em>), so a particle of radius <em>r</em> fills in roughly
        <em> r</em>²/<em>D</em> &mdash; a larger <em>D</em> means faster charging. GITT (the
        galvanostatic intermittent titration technique) measures it: short current pulses, each
        followed by a rest, and from how the voltage settles during each rest one <em>D</em> for
        each state of charge. The left panel shows <em>D</em> averaged over a lithiation, as the
        study reports it; the right one how the model&rsquo;s <em>D</em> changes as the chosen
        composition fills with Li.
      </p>
      {LEGEND}
      <div className="diffusivity-panels">
        <section aria-labelledby="diffusivity-x-heading">
          <h3 id="diffusivity-x-heading">Across compositions</h3>
          <div ref={leftRef} className="chart-container">
            {composition && marker && charts ? (
              <charts.CompositionChart
                curve={composition}
                marker={marker}
                temperatureC={temperatureC}
                width={leftWidth}
                height={heightFor(leftWidth, DIFFUSIVITY_PROPORTIONS)}
              />
            ) : (
              <Placeholder width={leftWidth} />
            )}
          </div>
        </section>
        <section aria-labelledby="diffusivity-theta-heading">
          <h3 id="diffusivity-theta-heading">
            Through one lithiation
            {lithiation && `, x = ${formatInputValue(lithiation.xGe)}`}
          </h3>
          <div ref={rightRef} className="chart-container">
            {lithiation && charts ? (
              <charts.LithiationChart
                curve={lithiation.curve}
                xGe={lithiation.xGe}
                width={rightWidth}
                height={heightFor(rightWidth, DIFFUSIVITY_PROPORTIONS)}
              />
            ) : (
              <Placeholder width={rightWidth} />
            )}
          </div>
          <p
            className={`shape-comparison${comparison?.agrees ? ' agrees' : ''}`}
            data-testid="diffusivity-shape"
            data-agrees={comparison ? String(comparison.agrees) : undefined}
          >
            <strong>Observed:</strong> {OBSERVED_SENTENCE}{' '}
            {comparison && (
              <>
                <strong>{comparison.label}</strong> {comparison.words}
              </>
            )}
          </p>
        </section>
      </div>
      <figcaption className="chart-caption">
        <p>
          <strong>Curves:</strong> the model at {formatInputValue(temperatureC)} °C &mdash; the same{' '}
          <em>D</em>(θ) that the electrode model&rsquo;s particles use further down the page. Its
          level at each composition is set so that its average over a lithiation (dashed, on the
          right) is the value on the left. <strong>Squares:</strong> the study published GITT
          averages for Si and Si<sub>7</sub>Ge only, measured at {MEASUREMENT_TEMPERATURE_C} °C (it
          reports Si<sub>7</sub>Ge&rsquo;s as the highest of its five compositions); beyond them the
          curve is the model&rsquo;s trend, not data.
          {Math.abs(temperatureC - MEASUREMENT_TEMPERATURE_C) > 0.5 &&
            ` At ${formatInputValue(temperatureC)} °C the squares, measured at ${MEASUREMENT_TEMPERATURE_C} °C, are not expected to lie on the curve.`}
        </p>
      </figcaption>
    </figure>
  );
}
