import { memo } from 'react';
import type { Interval } from '../../core/conductivitySweep';
import { formatInputValue } from '../../format/number';
import type { ConductivityScales } from './useConductivityScales';

export interface BalancedRegionsProps {
  /** x-ranges where σe and σi are within one decade. */
  regions: readonly Interval[];
  scales: ConductivityScales;
}

/** Roughly the width of the two-line label at the chart's font size. */
const LABEL_HALF_WIDTH = 56;

/** The shading; drawn first, under the gridlines and curves. */
export const BalancedRegions = memo(function BalancedRegions({
  regions,
  scales,
}: BalancedRegionsProps) {
  const { x, innerHeight } = scales;
  return (
    <g className="balanced">
      {regions.map((r) => (
        <rect
          key={`${r.from}-${r.to}`}
          data-testid="balanced-region"
          x={x(r.from)}
          width={Math.max(1, x(r.to) - x(r.from))}
          y={0}
          height={innerHeight}
        >
          <title>
            σe and σi within one decade for x = {formatInputValue(r.from)} to{' '}
            {formatInputValue(r.to)}
          </title>
        </rect>
      ))}
    </g>
  );
});

/** The label; drawn last so that its halo keeps it legible over the marker line. */
export const BalancedLabel = memo(function BalancedLabel({
  regions,
  scales,
}: BalancedRegionsProps) {
  const { x, innerWidth } = scales;
  // One label, on the widest region: two labels side by side would collide.
  const widest = regions.reduce<Interval | null>(
    (best, r) => (!best || r.to - r.from > best.to - best.from ? r : best),
    null,
  );
  const labelX = widest
    ? Math.min(
        innerWidth - LABEL_HALF_WIDTH,
        Math.max(LABEL_HALF_WIDTH, x((widest.from + widest.to) / 2)),
      )
    : 0;
  if (!widest) return null;
  return (
    <text className="balanced-label halo" x={labelX} y={16} textAnchor="middle">
      <tspan x={labelX}>balanced </tspan>
      <tspan x={labelX} dy="1.2em">
        (within 1 decade)
      </tspan>
    </text>
  );
});
