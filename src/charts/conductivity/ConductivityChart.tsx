import { useMemo } from 'react';
import type { ConductivityPoint, Interval } from '../../core';
import { formatInputValue } from '../../format/number';
import { BalancedLabel, BalancedRegions } from './BalancedRegions';
import { SigmaMarker } from './SigmaMarker';
import { DataGapNote } from './DataGapNote';
import { describeSweep } from './describeSweep';
import { MEASURED_CONDUCTIVITY_SET } from './measuredConductivity';
import { isPlottable, SERIES_READING_ORDER, type SeriesKey } from './series';
import { SeriesPaths } from './SeriesPaths';
import { chartHeightFor, useConductivityScales, useSeriesPaths } from './useConductivityScales';
import { PlotAxes, YGridLines } from '../kit/Axis';
import { ChartFrame } from '../kit/ChartFrame';
import { GeFractionTitle } from '../kit/GeFractionTitle';
import { MeasuredMarkers, PointTooltip, useMeasuredLayer } from '../kit/MeasuredLayer';
import { OverlayLayer } from '../kit/OverlayLayer';
import { PinMarkers } from '../kit/PinMarkers';
import type { PinnedSeries } from '../kit/usePinned';

export interface ConductivityChartProps {
  /** σe, σi, σamb across 0 ≤ x ≤ 1 from the model. */
  sweep: readonly ConductivityPoint[];
  /** x-ranges where σe and σi are within one decade. */
  balanced: readonly Interval[];
  /** Composition of the result being drawn (marker position). */
  xGe: number;
  /** σ of each series at xGe, S/cm. */
  values: Readonly<Record<SeriesKey, number>>;
  /** Temperature the curves were computed for, °C. */
  temperatureC: number;
  /** Available width in CSS px; the height follows from it. */
  width: number;
  /** σ of each series at each pinned view's composition and settings, S/cm. */
  pinned?: readonly PinnedSeries<Readonly<Record<SeriesKey, number>>>[];
}

const NO_PINS: readonly PinnedSeries<Readonly<Record<SeriesKey, number>>>[] = [];

// Module constants: a title made afresh per render would redraw the memoised axes on every
// step of a drag.
const X_TITLE = <GeFractionTitle />;
const Y_TITLE = 'Conductivity σ (S/cm)';
/** Clear of tick labels as wide as 10⁻¹⁰. */
const Y_TITLE_OFFSET = 60;

/**
 * σ versus x_Ge on a log axis. d3 supplies scales, ticks and path strings; React
 * renders every element. Pure props in, SVG out: the store lives elsewhere.
 */
export function ConductivityChart({
  sweep,
  balanced,
  xGe,
  values,
  temperatureC,
  width,
  pinned = NO_PINS,
}: ConductivityChartProps) {
  const height = chartHeightFor(width);
  const scales = useConductivityScales(width, height, sweep);
  const paths = useSeriesPaths(sweep, scales);
  const summary = useMemo(
    () => describeSweep(sweep, balanced, temperatureC),
    [sweep, balanced, temperatureC],
  );
  const { x, y } = scales;
  const pinMarks = useMemo(
    () =>
      pinned.map(({ key, slot, xGe: px, data }) => ({
        key,
        slot,
        px: x(px),
        dots: SERIES_READING_ORDER.filter((k) => isPlottable(data[k])).map((k) => y(data[k])),
      })),
    [pinned, x, y],
  );
  const measured = useMeasuredLayer(MEASURED_CONDUCTIVITY_SET, scales);

  return (
    <ChartFrame
      testId="conductivity-chart"
      data={{ 'data-rendered-x': xGe }}
      frame={scales}
      title={`Conductivity of Si–Ge versus Ge fraction x at ${formatInputValue(temperatureC)} °C`}
      desc={summary}
      overlays={
        <>
          <OverlayLayer frame={scales}>
            <SigmaMarker xGe={xGe} values={values} scales={scales} />
          </OverlayLayer>
          <PointTooltip layer={measured} />
        </>
      }
    >
      <BalancedRegions regions={balanced} scales={scales} />
      <YGridLines scales={scales} labelledOnly />
      <DataGapNote scales={scales} />
      <SeriesPaths paths={paths} />
      {/* Over the curves: the pins' dots sit on them. */}
      <PinMarkers marks={pinMarks} innerHeight={scales.innerHeight} />
      <PlotAxes scales={scales} xTitle={X_TITLE} yTitle={Y_TITLE} yTitleOffset={Y_TITLE_OFFSET} />
      <BalancedLabel regions={balanced} scales={scales} markerX={scales.x(xGe)} />
      <MeasuredMarkers layer={measured} />
    </ChartFrame>
  );
}
