import { memo, useId, useMemo, useState } from 'react';
import type { DiffusivityCurves } from '../../core/kinetics/diffusivityCurves';
import { fullCitation, shortCitation } from '../../format/citation';
import {
  formatInputValue,
  formatScientific,
  formatSignificant,
  formatSigned,
} from '../../format/number';
import { DataGapNote } from '../conductivity/DataGapNote';
import { MEASUREMENT_TEMPERATURE_C } from '../conductivity/measuredPoints';
import { GridLines, PlotAxes } from '../kit/Axis';
import { ChartSvg } from '../kit/ChartSvg';
import { ChartTooltip } from '../kit/ChartTooltip';
import { FocusableMarker } from '../kit/FocusableMarker';
import { OverlayLayer } from '../kit/OverlayLayer';
import { D_TITLE, GE_FRACTION_TITLE } from './axisTitles';
import { describeComposition } from './describeDiffusivity';
import { DiffusivityMarker } from './DiffusivityMarker';
import {
  describeMeasuredDiffusivity,
  MEASURED_COLOR,
  MEASURED_DIFFUSIVITY,
  MEASURED_SYMBOL_PATH,
  MODEL_COLOR,
} from './measuredDiffusivity';
import {
  DIFFUSIVITY_MARGIN as MARGIN,
  useDiffusivityScales,
  useLogCurvePath,
  Y_TITLE_OFFSET,
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
  const { x, y, innerWidth } = scales;
  const gridValues = useMemo(
    () => scales.yTicks.filter((t) => t.label).map((t) => t.value),
    [scales.yTicks],
  );
  return (
    <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
      <GridLines values={gridValues} scale={y} length={innerWidth} direction="horizontal" />
      <DataGapNote scales={scales} />
      <path
        data-series="diffusivity"
        d={path}
        fill="none"
        stroke={MODEL_COLOR}
        strokeWidth={2.25}
        strokeLinejoin="round"
      />
      <PlotAxes
        scales={scales}
        xTitle={GE_FRACTION_TITLE}
        yTitle={D_TITLE}
        yTitleOffset={Y_TITLE_OFFSET}
      />
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
  const uid = useId();
  const ids = { title: `${uid}-title`, desc: `${uid}-desc`, tooltip: `${uid}-tooltip` };
  const active = MEASURED_DIFFUSIVITY.find((m) => m.id === activeId);
  return (
    <div className="chart-frame" style={{ height }}>
      <ChartSvg
        testId="diffusivity-composition-chart"
        data={{ 'data-rendered-x': marker.xGe }}
        ids={ids}
        width={width}
        height={height}
      >
        <title id={ids.title}>
          Li diffusivity versus Ge fraction x at {formatInputValue(temperatureC)} °C
        </title>
        <desc id={ids.desc}>{summary}</desc>
        <StaticLayers
          curve={curve}
          scales={scales}
          activeId={activeId}
          tooltipId={ids.tooltip}
          onActivate={setActiveId}
        />
      </ChartSvg>
      <OverlayLayer width={width} height={height} margin={MARGIN}>
        <DiffusivityMarker xGe={marker.xGe} D={marker.D} scales={scales} />
      </OverlayLayer>
      {active && (
        <ChartTooltip
          id={ids.tooltip}
          left={MARGIN.left + scales.x(active.xGe)}
          top={MARGIN.top + scales.y(active.value)}
          frameWidth={width}
          frameHeight={height}
          // Narrow frames (a phone): the box opens where it fits rather than off the edge.
          width={Math.min(280, width - 8)}
          title="Measured Li diffusivity (GITT)"
          rows={[
            [
              'Value',
              `${formatScientific(active.value)} ${active.unit}, average during lithiation`,
            ],
            ['Composition', `${active.compositionId}, x = ${formatInputValue(active.xGe)}`],
            [
              `Model, ${MEASUREMENT_TEMPERATURE_C} °C`,
              `${formatScientific(active.model)} ${active.unit}`,
            ],
            [
              <>
                log<sub>10</sub> error
              </>,
              `${formatSigned(active.log10Error)} (factor ${formatSignificant(10 ** Math.abs(active.log10Error), 3)})`,
            ],
          ]}
          source={
            <>
              {shortCitation(active)}
              <br />
              <cite>{fullCitation(active)}</cite>
            </>
          }
        />
      )}
    </div>
  );
}
