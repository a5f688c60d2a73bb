import { memo, useCallback, useMemo } from 'react';
import { compositionInSentence } from '../../format/formula';
import type { RatePoint } from '../../core/kinetics/protocol';
import { formatInputValue, formatSignificant } from '../../format/number';
import { PlotAxes, YGridLines } from '../kit/Axis';
import { ChartFrame } from '../kit/ChartFrame';
import { CurvePath } from '../kit/CurvePath';
import { ImportedCurves } from '../kit/ImportedCurves';
import { useImportedPaths, type ImportedSeries } from '../kit/useImported';
import { importedRateShape } from './importedRate';
import { MeasuredMarkers, PointTooltip, useMeasuredLayer } from '../kit/MeasuredLayer';
import { PinnedCurves } from '../kit/PinnedCurves';
import { usePinnedPaths, type PinnedSeries } from '../kit/usePinned';
import { MEASURED_RATE, MEASURED_RATE_SET, MEASURED_RATE_X } from './measuredRate';
import { getCapacity, getRate, ratePath, useRatePath, useRateScales } from './useRateScales';

/** Okabe–Ito blue for the model. */
export const MODEL_COLOR = '#0072B2';

export interface RateChartProps {
  /** Delithiation capacity versus C-rate from the model. */
  curve: readonly RatePoint[];
  /** Composition the curve was computed for. */
  xGe: number;
  /** Tag of the result drawn; changes with every new answer. */
  renderedKey: string;
  width: number;
  height: number;
  /** The pinned views' rate curves, drawn beside the model's. */
  pinned?: readonly PinnedSeries<readonly RatePoint[]>[];
  /** The user's imported rate tables, drawn as measured points on a line. */
  imported?: readonly ImportedSeries<readonly RatePoint[]>[];
}

const NO_PINS: readonly PinnedSeries<readonly RatePoint[]>[] = [];
const NO_IMPORTS: readonly ImportedSeries<readonly RatePoint[]>[] = [];

/** Measured points at another composition are drawn hollow: there for scale, not for fit. */
const sameX = (a: number, b: number) => Math.abs(a - b) < 1e-9;

// memo: the panel re-renders when the computing state flips; the drawing need not.
/** Rate capability: capacity on a linear axis against C-rate on a log axis. */
export const RateChart = memo(function RateChart({
  curve,
  xGe,
  renderedKey,
  width,
  height,
  pinned = NO_PINS,
  imported = NO_IMPORTS,
}: RateChartProps) {
  const others = useMemo(() => pinned.map((p) => p.data), [pinned]);
  const scales = useRateScales(width, height, curve, others);
  const path = useRatePath(curve, scales);
  const { x, y } = scales;
  const pinnedPaths = usePinnedPaths(
    pinned,
    useCallback((c: readonly RatePoint[]) => ratePath(c, { x, y }), [x, y]),
  );
  const importedPaths = useImportedPaths(
    imported,
    useCallback((c: readonly RatePoint[]) => importedRateShape(c, { x, y }), [x, y]),
  );
  const measured = useMeasuredLayer(MEASURED_RATE_SET, scales);
  const matches = sameX(xGe, MEASURED_RATE_X);
  const drawn = curve.filter((d) => Number.isFinite(getCapacity(d)));

  return (
    <ChartFrame
      testId="rate-chart"
      // data-rendered-x: which composition is drawn, for tests and npm run bench:ui.
      data={{ 'data-rendered-key': renderedKey, 'data-rendered-x': xGe }}
      frame={scales}
      title={`Delithiation capacity versus C-rate, model at x = ${formatInputValue(xGe)}`}
      desc={
        <>
          {drawn
            .map(
              (d) => `${formatInputValue(getRate(d))} C: ${formatSignificant(getCapacity(d), 4)}`,
            )
            .join(', ')}{' '}
          mAh/g. Diamonds: measured on{' '}
          {compositionInSentence(MEASURED_RATE[0]?.compositionId ?? '', MEASURED_RATE_X)}.
          {pinned.length > 0 &&
            ` Dashed: ${pinned.length} pinned views (see the comparison table).`}
          {imported.length > 0 && ` Also ${imported.length} imported rate tables.`}
        </>
      }
      overlays={<PointTooltip layer={measured} />}
    >
      <YGridLines scales={scales} />
      <PinnedCurves paths={pinnedPaths} />
      <CurvePath series="model" d={path} color={MODEL_COLOR} />
      <g className="model-dots" aria-hidden="true">
        {drawn.map((d) => (
          <circle
            key={getRate(d)}
            cx={x(getRate(d))}
            cy={y(getCapacity(d))}
            r={3.5}
            fill={MODEL_COLOR}
          />
        ))}
      </g>
      <ImportedCurves paths={importedPaths} plot={scales} />
      <PlotAxes
        scales={scales}
        xTitle="C-rate (log scale)"
        yTitle="Delithiation capacity (mAh/g)"
        yTitleOffset={56}
      />
      <MeasuredMarkers layer={measured} fill={matches ? undefined : '#fff'} />
    </ChartFrame>
  );
});
