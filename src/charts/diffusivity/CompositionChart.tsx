import { memo, useMemo, useState } from 'react';
import { compositionText } from '../../format/formula';
import type { DiffusivityCurves } from '../../core/kinetics/diffusivityCurves';
import {
  formatInputValue,
  formatScientific,
  formatSignificant,
  formatSigned,
  formatPublished,
} from '../../format/number';
import { DataGapNote } from '../conductivity/DataGapNote';
import { MEASUREMENT_TEMPERATURE_C } from '../conductivity/measuredPoints';
import { YGridLines } from '../kit/Axis';
import { ChartFrame, useChartIds } from '../kit/ChartFrame';
import { ChartTooltip, CitedSource } from '../kit/ChartTooltip';
import { CurvePath } from '../kit/CurvePath';
import { FocusableMarker } from '../kit/FocusableMarker';
import { OverlayLayer } from '../kit/OverlayLayer';
import { describeComposition } from './describeDiffusivity';
import { DiffusivityAxes } from './DiffusivityAxes';
import { DiffusivityMarker } from './DiffusivityMarker';
import {
  describeMeasuredDiffusivity,
  MEASURED_COLOR,
  MEASURED_DIFFUSIVITY,
  MEASURED_SYMBOL_PATH,
  MODEL_COLOR,
  type MeasuredDiffusivity,
} from './measuredDiffusivity';
import {
  DIFFUSIVITY_MARGIN as MARGIN,
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
  activeId: string | null;
  tooltipId: string;
  onActivate: (id: string | null) => void;
}

// memo: during a drag only the marker moves; grid, curve, axes and points stay as drawn.
const StaticLayers = memo(function StaticLayers({
  curve,
  scales,
  activeId,
  tooltipId,
  onActivate,
}: LayersProps) {
  const path = useLogCurvePath(curve, xOf, scales);
  const { x, y } = scales;
  return (
    <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
      <YGridLines scales={scales} labelledOnly />
      <DataGapNote scales={scales} />
      <CurvePath series="diffusivity" d={path} color={MODEL_COLOR} />
      <DiffusivityAxes scales={scales} along="composition" />
      <g className="measured">
        {MEASURED_DIFFUSIVITY.map((m) => (
          <FocusableMarker
            key={m.id}
            id={m.id}
            testId="measured-diffusivity-point"
            x={x(m.xGe)}
            y={y(m.value)}
            d={MEASURED_SYMBOL_PATH}
            fill={MEASURED_COLOR}
            label={describeMeasuredDiffusivity(m)}
            active={activeId === m.id}
            tooltipId={tooltipId}
            onActivate={onActivate}
            data={{ 'data-composition': m.compositionId }}
          />
        ))}
      </g>
    </g>
  );
});

interface GittTooltipProps {
  measured: MeasuredDiffusivity;
  id: string;
  scales: DiffusivityScales;
  width: number;
  height: number;
}

function GittTooltip({ measured: m, id, scales, width, height }: GittTooltipProps) {
  return (
    <ChartTooltip
      id={id}
      left={MARGIN.left + scales.x(m.xGe)}
      top={MARGIN.top + scales.y(m.value)}
      frameWidth={width}
      frameHeight={height}
      // Narrow frames (a phone): the box opens where it fits rather than off the edge.

      title="Measured Li diffusivity (GITT)"
      rows={[
        ['Value', `${formatPublished(m.value)} ${m.unit}, average during lithiation`],
        ['Composition', compositionText(m.compositionId, m.xGe)],
        [`Model, ${MEASUREMENT_TEMPERATURE_C} °C`, `${formatScientific(m.model)} ${m.unit}`],
        [
          <>
            log<sub>10</sub> error
          </>,
          `${formatSigned(m.log10Error)} (factor ${formatSignificant(10 ** Math.abs(m.log10Error), 3)})`,
        ],
      ]}
      source={<CitedSource of={m} />}
    />
  );
}

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
  const [activeId, setActiveId] = useState<string | null>(null);
  const ids = useChartIds();
  const active = MEASURED_DIFFUSIVITY.find((m) => m.id === activeId);
  return (
    <ChartFrame
      testId="diffusivity-composition-chart"
      data={{ 'data-rendered-x': marker.xGe }}
      ids={ids}
      width={width}
      height={height}
      title={`Li diffusivity versus Ge fraction x at ${formatInputValue(temperatureC)} °C`}
      desc={summary}
      overlays={
        <>
          <OverlayLayer width={width} height={height} margin={MARGIN}>
            <DiffusivityMarker xGe={marker.xGe} D={marker.D} scales={scales} />
          </OverlayLayer>
          {active && (
            <GittTooltip
              measured={active}
              id={ids.tooltip}
              scales={scales}
              width={width}
              height={height}
            />
          )}
        </>
      }
    >
      <StaticLayers
        curve={curve}
        scales={scales}
        activeId={activeId}
        tooltipId={ids.tooltip}
        onActivate={setActiveId}
      />
    </ChartFrame>
  );
}
