import { memo, useState } from 'react';
import { compositionText } from '../../format/formula';
import { formatFixed, formatInputValue } from '../../format/number';
import type { SweepStatus } from '../../state/storeTypes';
import { PlotAxes, YGridLines } from '../kit/Axis';
import { ChartFrame, useChartIds } from '../kit/ChartFrame';
import { ChartTooltip, CitedSource } from '../kit/ChartTooltip';
import { AxisBreak } from './AxisBreak';
import { MeasuredInventoryBar } from './MeasuredInventoryBar';
import { inventoryIdOf, MEASURED_INVENTORY } from './measuredInventory';
import { SHARES, type InventoryShares } from './shares';
import { AREA_MARGIN, useInventoryAreas, useInventoryScales } from './useInventoryScales';

export interface InventoryChartProps {
  /** The compositions of the sweep that have arrived, ascending in x. */
  points: readonly InventoryShares[];
  /** Compositions in the finished sweep. */
  total: number;
  status: SweepStatus;
  /** The composition of the bar beside this figure, if known. */
  markerX: number | null;
  /** Bottom of the share axis, %, shared with the bar. */
  floor: number;
  renderedKey: string;
  width: number;
  height: number;
}

const MEASURED_BAR_PX = 12;
const pct = (v: number) => `${formatFixed(v, 1)} %`;

/** Centred over the marker, but kept inside the figure near either edge. */
const labelAnchor = (px: number, innerWidth: number) =>
  px < 50 ? 'start' : px > innerWidth - 50 ? 'end' : 'middle';

// memo: the panel re-renders when the computing state flips; the drawing need not.
/**
 * RA-Li, QA-Li and I-Li across compositions as stacked areas, filled in as the sweep
 * arrives, with the study's three measured bars over them and the current x marked.
 */
export const InventoryChart = memo(function InventoryChart({
  points,
  total,
  status,
  markerX,
  floor,
  renderedKey,
  width,
  height,
}: InventoryChartProps) {
  const scales = useInventoryScales(width, height, floor);
  const areas = useInventoryAreas(points, scales);
  const { x, y, innerWidth, innerHeight } = scales;
  const [activeId, setActiveId] = useState<string | null>(null);
  const ids = useChartIds();
  const active = MEASURED_INVENTORY.find((m) => inventoryIdOf(m) === activeId);
  const showMarker = markerX !== null && Number.isFinite(markerX);
  const progressOnLeft = showMarker && x(markerX) > innerWidth / 2;

  return (
    <ChartFrame
      testId="inventory-chart"
      data={{
        'data-rendered-key': renderedKey,
        'data-points': points.length,
        'data-status': status,
        'data-floor': floor,
      }}
      ids={ids}
      width={width}
      height={height}
      title="Li inventory after the first cycle versus Ge fraction x, model"
      desc={
        <>
          Stacked areas, bottom to top: {SHARES.map((s) => `${s.short} (${s.meaning})`).join(', ')}.{' '}
          {status === 'computing'
            ? `Computing: ${points.length} of ${total} compositions done.`
            : `${points.length} compositions.`}{' '}
          Outlined bars: measured on {MEASURED_INVENTORY.map((m) => m.compositionId).join(', ')}.
          {floor > 0 && ` The share axis starts at ${floor} %.`}
        </>
      }
      overlays={
        active && (
          <ChartTooltip
            id={ids.tooltip}
            left={AREA_MARGIN.left + x(active.xGe)}
            top={AREA_MARGIN.top + y(active.reversible_percent)}
            frameWidth={width}
            frameHeight={height}
            title="Measured Li inventory after the first cycle"
            rows={[
              ['RA-Li', `${pct(active.reversible_percent)} (100 − QA − I)`],
              ['QA-Li', pct(active.quasiReversible_percent)],
              ['I-Li', pct(active.inactive_percent)],
              ['Composition', compositionText(active.compositionId, active.xGe)],
            ]}
            source={<CitedSource of={active} />}
          />
        )
      }
    >
      <g transform={`translate(${AREA_MARGIN.left},${AREA_MARGIN.top})`}>
        <g className="stack" aria-hidden="true">
          {SHARES.map((s) => (
            <path key={s.key} data-series={s.key} d={areas[s.key]} fill={s.color} />
          ))}
        </g>
        <YGridLines scales={scales} />
        <PlotAxes
          scales={scales}
          xTitle="Ge fraction x"
          yTitle="Share of inserted Li (%)"
          yTitleOffset={44}
        />
        {floor > 0 && <AxisBreak at={innerHeight} />}
        {status === 'computing' && (
          // On the side away from the marker's label, so the two never overlap.
          <text
            className="progress-label halo"
            x={progressOnLeft ? 0 : innerWidth}
            y={-10}
            textAnchor={progressOnLeft ? 'start' : 'end'}
          >
            computing… {points.length} of {total}
          </text>
        )}
        {showMarker && (
          <g data-testid="inventory-marker" data-x={markerX} className="current-x">
            <line x1={x(markerX)} x2={x(markerX)} y1={-4} y2={innerHeight} />
            <text
              className="current-x-label halo"
              x={x(markerX)}
              y={-10}
              textAnchor={labelAnchor(x(markerX), innerWidth)}
            >
              x = {formatInputValue(markerX)}
            </text>
          </g>
        )}
        <g className="measured">
          {MEASURED_INVENTORY.map((m) => (
            <MeasuredInventoryBar
              key={inventoryIdOf(m)}
              measurement={m}
              x={x(m.xGe)}
              y={y}
              width={MEASURED_BAR_PX}
              active={activeId === inventoryIdOf(m)}
              tooltipId={ids.tooltip}
              onActivate={setActiveId}
            />
          ))}
        </g>
      </g>
    </ChartFrame>
  );
});
