import { memo, useMemo } from 'react';
import type { RetentionPoint } from '../../core';
import { formulaOf } from '../../format/formula';
import { formatFixed, formatInputValue } from '../../format/number';
import type { SweepStatus } from '../../state/storeTypes';
import { PlotAxes, YGridLines } from '../kit/Axis';
import { ChartFrame } from '../kit/ChartFrame';
import { CurvePath } from '../kit/CurvePath';
import { missingRanges } from '../kit/gaps';
import { MeasuredMarkers, PointTooltip, useMeasuredLayer } from '../kit/MeasuredLayer';
import { PinMarkers } from '../kit/PinMarkers';
import { SweepMarker, sweepData, sweepProgress } from '../kit/SweepMarks';
import type { PinnedSeries } from '../kit/usePinned';
import { MEASURED_RETENTION_SET } from './measuredRetention';
import { useRetentionPath, useRetentionScales } from './useRetentionScales';

/** Okabe–Ito blue for the model, as in the rate chart. */
export const RETENTION_COLOR = '#0072B2';
/** The previous curve: grey and dashed, a reference rather than a result. */
export const PREVIOUS_COLOR = '#8c959f';

export interface RetentionChartProps {
  /** The points of the current curve that have arrived, ascending in x. */
  points: readonly RetentionPoint[];
  /** The last finished curve, drawn faintly while this one grows. */
  previous: readonly RetentionPoint[] | null;
  /** Compositions in the finished curve. */
  total: number;
  status: SweepStatus;
  /** The current composition and its retention (from the kinetics view), if known. */
  marker: { readonly xGe: number; readonly retention: number } | null;
  /** Tag of what is drawn; changes with every arriving chunk and every marker move. */
  renderedKey: string;
  width: number;
  height: number;
  /** Each pinned view's own 3 C retention, at its composition. */
  pinned?: readonly PinnedSeries<number>[];
}

const NO_PINS: readonly PinnedSeries<number>[] = [];

// memo: the panel re-renders when the computing state flips; the drawing need not.
/** 3 C retention across compositions, filled in progressively, with the measured three. */
export const RetentionChart = memo(function RetentionChart({
  points,
  previous,
  total,
  status,
  marker,
  renderedKey,
  width,
  height,
  pinned = NO_PINS,
}: RetentionChartProps) {
  const scales = useRetentionScales(width, height, points);
  const path = useRetentionPath(points, scales);
  const previousPath = useRetentionPath(previous, scales);
  const { x, y, innerWidth, innerHeight } = scales;
  const pinMarks = useMemo(
    () => pinned.map(({ key, slot, xGe, data }) => ({ key, slot, px: x(xGe), dots: [y(data)] })),
    [pinned, x, y],
  );
  const measured = useMeasuredLayer(MEASURED_RETENTION_SET, scales);
  const empty = missingRanges(
    points,
    (p) => p.xGe,
    (p) => !Number.isFinite(p.retention3C_percent),
  );
  const showMarker = marker !== null && Number.isFinite(marker.retention);

  return (
    <ChartFrame
      testId="retention-chart"
      data={sweepData(renderedKey, points.length, status)}
      frame={scales}
      title="3 C capacity retention versus Ge fraction x, model"
      desc={
        <>
          {sweepProgress(status, points.length, total)}{' '}
          {empty && `No capacity at 0.2 C at ${empty}, so no retention there. `}
          {showMarker &&
            `At x = ${formatInputValue(marker.xGe)} the model keeps ${formatFixed(marker.retention, 0)} %.`}{' '}
          Squares: measured on Si, {formulaOf('Si7Ge')} and Ge.
        </>
      }
      overlays={<PointTooltip layer={measured} />}
    >
      <YGridLines scales={scales} />
      {previousPath && (
        <path
          data-series="previous"
          d={previousPath}
          fill="none"
          stroke={PREVIOUS_COLOR}
          strokeWidth={1.5}
          strokeDasharray="4 3"
        />
      )}
      <PinMarkers marks={pinMarks} innerHeight={innerHeight} />
      <CurvePath series="retention" d={path} color={RETENTION_COLOR} />
      <PlotAxes
        scales={scales}
        xTitle="Ge fraction x"
        yTitle="3 C / 0.2 C capacity (%)"
        yTitleOffset={46}
      />
      {status === 'computing' && (
        <text className="progress-label halo" x={innerWidth - 4} y={14} textAnchor="end">
          computing… {points.length} of {total}
        </text>
      )}
      {showMarker && (
        <SweepMarker
          testId="retention-marker"
          xGe={marker.xGe}
          scales={scales}
          edge={70}
          label={
            <>
              x = {formatInputValue(marker.xGe)}: {formatFixed(marker.retention, 0)} %
            </>
          }
        >
          <circle cx={x(marker.xGe)} cy={y(marker.retention)} r={4.5} fill={RETENTION_COLOR} />
        </SweepMarker>
      )}
      <MeasuredMarkers layer={measured} />
    </ChartFrame>
  );
});
