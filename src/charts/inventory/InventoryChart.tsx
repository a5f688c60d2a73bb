import { memo, useMemo } from 'react';
import { formulaOf } from '../../format/formula';
import { formatInputValue } from '../../format/number';
import type { SweepStatus } from '../../state/storeTypes';
import { PlotAxes, YGridLines } from '../kit/Axis';
import { ChartFrame } from '../kit/ChartFrame';
import { PointTooltip, useMeasuredLayer } from '../kit/MeasuredLayer';
import { missingRanges } from '../kit/gaps';
import { PinMarkers } from '../kit/PinMarkers';
import { SweepMarker, sweepData, sweepProgress } from '../kit/SweepMarks';
import type { PinnedSeries } from '../kit/usePinned';
import { AxisBreak } from './AxisBreak';
import { MeasuredInventoryBar } from './MeasuredInventoryBar';
import { inventoryIdOf, MEASURED_INVENTORY, MEASURED_INVENTORY_SET } from './measuredInventory';
import { SHARES, type InventoryShares } from './shares';
import { useInventoryAreas, useInventoryScales } from './useInventoryScales';

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
  /** Each pinned view's own shares, at its composition. */
  pinned?: readonly PinnedSeries<InventoryShares>[];
}

const NO_PINS: readonly PinnedSeries<InventoryShares>[] = [];

const MEASURED_BAR_PX = 12;

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
  pinned = NO_PINS,
}: InventoryChartProps) {
  const scales = useInventoryScales(width, height, floor);
  const areas = useInventoryAreas(points, scales);
  const { x, y, innerWidth, innerHeight } = scales;
  // Dots where its RA-Li ends and where its QA-Li ends: the pin's stack, read off the line.
  const pinMarks = useMemo(
    () =>
      pinned.map(({ key, slot, xGe, data }) => ({
        key,
        slot,
        px: x(xGe),
        dots: [y(data.reversible), y(data.reversible + data.quasiReversible)],
      })),
    [pinned, x, y],
  );
  const measured = useMeasuredLayer(MEASURED_INVENTORY_SET, scales);
  const empty = missingRanges(
    points,
    (p) => p.xGe,
    (p) => !Number.isFinite(p.reversible),
  );
  const showMarker = markerX !== null && Number.isFinite(markerX);
  const progressOnLeft = showMarker && x(markerX) > innerWidth / 2;

  return (
    <ChartFrame
      testId="inventory-chart"
      data={{ ...sweepData(renderedKey, points.length, status), 'data-floor': floor }}
      frame={scales}
      title="Li inventory after the first cycle versus Ge fraction x, model"
      desc={
        <>
          Stacked areas, bottom to top: {SHARES.map((s) => `${s.short} (${s.meaning})`).join(', ')}.{' '}
          {sweepProgress(status, points.length, total)} Outlined bars: measured on{' '}
          {MEASURED_INVENTORY.map((m) => formulaOf(m.compositionId)).join(', ')}.
          {floor > 0 && ` The share axis starts at ${floor} %.`}
          {empty && ` Nothing inserted at ${empty}: no shares there.`}
        </>
      }
      overlays={<PointTooltip layer={measured} />}
    >
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
      {empty && status !== 'computing' && (
        <text
          className="progress-label halo"
          x={innerWidth / 2}
          y={innerHeight / 2}
          textAnchor="middle"
        >
          nothing inserted at {empty}
        </text>
      )}
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
        <SweepMarker
          testId="inventory-marker"
          xGe={markerX}
          scales={scales}
          edge={50}
          top={-4}
          label={<>x = {formatInputValue(markerX)}</>}
        />
      )}
      <g className="measured">
        {MEASURED_INVENTORY.map((m) => (
          <MeasuredInventoryBar
            key={inventoryIdOf(m)}
            measurement={m}
            x={x(m.xGe)}
            y={y}
            width={MEASURED_BAR_PX}
            active={measured.activeId === inventoryIdOf(m)}
            tooltipId={measured.tooltipId}
            onActivate={measured.setActiveId}
          />
        ))}
      </g>
      {/* Last: a pin at a measured composition would otherwise hide behind its bar. */}
      <PinMarkers marks={pinMarks} innerHeight={innerHeight} />
    </ChartFrame>
  );
});
