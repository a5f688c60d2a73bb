import { memo, useMemo } from 'react';
import type { DiffusivityCurves } from '../../core/kinetics/diffusivityCurves';
import { formatInputValue } from '../../format/number';
import { DataGapNote } from '../conductivity/DataGapNote';
import { YGridLines } from '../kit/Axis';
import { ChartFrame } from '../kit/ChartFrame';
import { CurvePath } from '../kit/CurvePath';
import {
  MeasuredMarkers,
  PointTooltip,
  useMeasuredLayer,
  type MeasuredLayer,
} from '../kit/MeasuredLayer';
import { OverlayLayer } from '../kit/OverlayLayer';
import { describeComposition } from './describeDiffusivity';
import { DiffusivityAxes } from './DiffusivityAxes';
import { DiffusivityMarker } from './DiffusivityMarker';
import {
  MEASURED_DIFFUSIVITY,
  MEASURED_DIFFUSIVITY_SET,
  MODEL_COLOR,
  type MeasuredDiffusivity,
} from './measuredDiffusivity';
import {
  useDiffusivityScales,
  useLogCurvePath,
  type DiffusivityScales,
} from './useDiffusivityScales';

type Curve = DiffusivityCurves['composition'];

const xOf = (p: Curve[number]) => p.xGe;
const MEASURED_VALUES = MEASURED_DIFFUSIVITY.map((m) => m.value);

export interface CompositionChartProps {
  /** D(x), the model's GITT average of each composition. */
  curve: Curve;
  /** The current composition and D there (follows the slider at once). */
  marker: { readonly xGe: number; readonly D: number };
  /** Temperature the curve is drawn for, °C. */
  temperatureC: number;
  width: number;
  height: number;
}

interface LayersProps {
  curve: Curve;
  scales: DiffusivityScales;
  measured: MeasuredLayer<MeasuredDiffusivity>;
}

// memo: during a drag only the marker moves; grid, curve, axes and points stay as drawn.
const StaticLayers = memo(function StaticLayers({ curve, scales, measured }: LayersProps) {
  const path = useLogCurvePath(curve, xOf, scales);
  return (
    <>
      <YGridLines scales={scales} labelledOnly />
      <DataGapNote scales={scales} />
      <CurvePath series="diffusivity" d={path} color={MODEL_COLOR} />
      <DiffusivityAxes scales={scales} along="composition" />
      <MeasuredMarkers layer={measured} />
    </>
  );
});

/** D(x) on a log axis with the study's two GITT averages and the current composition. */
export function CompositionChart({
  curve,
  marker,
  temperatureC,
  width,
  height,
}: CompositionChartProps) {
  const values = useMemo(() => [...curve.map((p) => p.D_cm2_per_s), ...MEASURED_VALUES], [curve]);
  const scales = useDiffusivityScales(width, height, values);
  const summary = useMemo(() => describeComposition(curve, temperatureC), [curve, temperatureC]);
  const measured = useMeasuredLayer(MEASURED_DIFFUSIVITY_SET, scales);
  return (
    <ChartFrame
      testId="diffusivity-composition-chart"
      data={{ 'data-rendered-x': marker.xGe }}
      frame={scales}
      title={`Li diffusivity versus Ge fraction x at ${formatInputValue(temperatureC)} °C`}
      desc={summary}
      overlays={
        <>
          <OverlayLayer frame={scales}>
            <DiffusivityMarker xGe={marker.xGe} D={marker.D} scales={scales} />
          </OverlayLayer>
          <PointTooltip layer={measured} />
        </>
      }
    >
      <StaticLayers curve={curve} scales={scales} measured={measured} />
    </ChartFrame>
  );
}
