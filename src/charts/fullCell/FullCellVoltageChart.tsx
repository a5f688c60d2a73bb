import { memo, useCallback, useMemo } from 'react';
import type { FullCellResult } from '../../core/fullCell';
import { formatFixed, formatSignificant } from '../../format/number';
import { PlotAxes, YGridLines } from '../kit/Axis';
import { ChartFrame } from '../kit/ChartFrame';
import { CurvePath } from '../kit/CurvePath';
import { PinnedCurves } from '../kit/PinnedCurves';
import { usePinnedPaths, type PinnedSeries } from '../kit/usePinned';
import { useVoltagePath, useVoltageScales, voltagePath } from './useVoltageScales';

/** Okabe–Ito bluish green for the charge, blue for the discharge; dashes tell them apart too. */
export const CHARGE_COLOR = '#009E73';
export const DISCHARGE_COLOR = '#0072B2';
export const CHARGE_DASH = '6 3';

export interface FullCellVoltageChartProps {
  fullCell: FullCellResult;
  /** The cathode's name, for the title. */
  cathodeLabel: string;
  renderedKey: string;
  width: number;
  height: number;
  /** The pinned views' first cycles, each charge and discharge in its pin's style. */
  pinned?: readonly PinnedSeries<VoltageCurve>[];
}

type VoltageCurve = FullCellResult['voltageCurve'];
const NO_PINS: readonly PinnedSeries<VoltageCurve>[] = [];

/**
 * Where on the first charge Li starts to plate (capacity per gram of cathode), or null:
 * the charge beyond what the anode could alloy with.
 */
export function platingOnset(fullCell: FullCellResult): number | null {
  const { platingRisk, cathodeLoading_g_per_cm2: loading, firstCycleLoss } = fullCell;
  if (!platingRisk || !(loading > 0)) return null;
  const onset =
    fullCell.chargeCapacity_mAh_per_g_cathode - firstCycleLoss.plated_mAh_per_cm2 / loading;
  return Number.isFinite(onset) ? Math.max(0, onset) : null;
}

// memo: the panel re-renders when the computing state flips; the drawing need not.
/** Voltage of the full cell through its first 0.1 C charge and discharge. */
export const FullCellVoltageChart = memo(function FullCellVoltageChart({
  fullCell,
  cathodeLabel,
  renderedKey,
  width,
  height,
  pinned = NO_PINS,
}: FullCellVoltageChartProps) {
  const { charge, discharge } = fullCell.voltageCurve;
  const curves = useMemo(
    () => [charge, discharge, ...pinned.flatMap((p) => [p.data.charge, p.data.discharge])],
    [charge, discharge, pinned],
  );
  const scales = useVoltageScales(width, height, curves);
  const chargePath = useVoltagePath(charge, scales);
  const dischargePath = useVoltagePath(discharge, scales);
  const { x, y, innerHeight } = scales;
  const pinnedPaths = usePinnedPaths(
    pinned,
    useCallback(
      (c: VoltageCurve) => voltagePath(c.charge, { x, y }) + voltagePath(c.discharge, { x, y }),
      [x, y],
    ),
  );
  const onset = platingOnset(fullCell);
  const chargeEnd = fullCell.chargeCapacity_mAh_per_g_cathode;

  return (
    <ChartFrame
      testId="fullcell-voltage-chart"
      data={{ 'data-rendered-key': renderedKey, 'data-plating': String(onset !== null) }}
      frame={scales}
      title={`First-cycle voltage of the full cell, ${cathodeLabel} against the Si–Ge anode`}
      desc={
        <>
          Charge to {formatSignificant(chargeEnd, 3)} mAh per g of cathode, discharge{' '}
          {formatSignificant(fullCell.dischargeCapacity_mAh_per_g_cathode, 3)} mAh/g at a mean{' '}
          {formatFixed(fullCell.averageVoltage_V, 2)} V.
          {onset !== null && ` Li plates from ${formatSignificant(onset, 3)} mAh/g of the charge.`}
        </>
      }
    >
      <YGridLines scales={scales} />
      {onset !== null && Number.isFinite(chargeEnd) && (
        <g className="plating-band" data-testid="plating-band">
          <rect
            x={x(onset)}
            y={0}
            width={Math.max(1, x(chargeEnd) - x(onset))}
            height={innerHeight}
          />
          <text className="halo" x={x(onset) - 4} y={12} textAnchor="end">
            Li plates
          </text>
        </g>
      )}
      <PinnedCurves paths={pinnedPaths} />
      <CurvePath series="charge" d={chargePath} color={CHARGE_COLOR} dash={CHARGE_DASH} />
      <CurvePath series="discharge" d={dischargePath} color={DISCHARGE_COLOR} />
      <PlotAxes
        scales={scales}
        xTitle="Capacity (mAh per g of cathode)"
        yTitle="Cell voltage (V)"
        yTitleOffset={42}
      />
    </ChartFrame>
  );
});
