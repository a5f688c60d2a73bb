import { memo } from 'react';
import { focusableMarkProps } from '../kit/focusable';
import type { InventoryMeasurement } from '../../data/measurements';
import { describeMeasuredInventory, inventoryIdOf } from './measuredInventory';
import { SHARES, sharesOfMeasured } from './shares';
import { stackShares } from './useInventoryScales';

export interface MeasuredInventoryBarProps {
  measurement: InventoryMeasurement;
  /** Centre of the bar, px. */
  x: number;
  /** Share (%) to px; clamped at the axis floor. */
  y: (share: number) => number;
  width: number;
  active: boolean;
  tooltipId: string;
  /** Opens (id) or closes (null) the tooltip; on hover, focus, blur and Escape. */
  onActivate: (id: string | null) => void;
}

/**
 * A measured stacked bar a keyboard can reach: like FocusableMarker, it takes focus, names
 * its values and source, and opens its tooltip on focus as well as on hover.
 */
export const MeasuredInventoryBar = memo(function MeasuredInventoryBar({
  measurement,
  x,
  y,
  width,
  active,
  tooltipId,
  onActivate,
}: MeasuredInventoryBarProps) {
  const id = inventoryIdOf(measurement);
  const series = stackShares([sharesOfMeasured(measurement)]);
  const top = y(100);
  const bottom = y(0);
  return (
    <g
      data-testid="measured-inventory-bar"
      data-composition={measurement.compositionId}
      className="measured-point measured-bar"
      transform={`translate(${x},0)`}
      {...focusableMarkProps(
        id,
        describeMeasuredInventory(measurement),
        active,
        tooltipId,
        onActivate,
      )}
    >
      <rect
        className="hit-area"
        x={-width / 2 - 5}
        y={top}
        width={width + 10}
        height={bottom - top}
      />
      <rect
        className="focus-ring"
        x={-width / 2 - 4}
        y={top - 4}
        width={width + 8}
        height={bottom - top + 8}
        rx={3}
      />
      <rect className="halo" x={-width / 2} y={top} width={width} height={bottom - top} />
      {series.map((s, i) => {
        const [y0 = 0, y1 = 0] = s[0] ?? [];
        const from = y(Number.isFinite(y1) ? y1 : 0);
        const to = y(Number.isFinite(y0) ? y0 : 0);
        return (
          <rect
            key={s.key}
            data-share={s.key}
            x={-width / 2}
            y={from}
            width={width}
            height={Math.max(0, to - from)}
            fill={SHARES[i]?.color}
          />
        );
      })}
      <rect className="outline" x={-width / 2} y={top} width={width} height={bottom - top} />
    </g>
  );
});
