import { memo } from 'react';
import type { Interval } from '../../core';
import { formatInputValue } from '../../format/number';
import type { ConductivityScales } from './useConductivityScales';

export interface BalancedRegionsProps {
  /** x-ranges where σe and σi are within one decade. */
  regions: readonly Interval[];
  scales: ConductivityScales;
}

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

/** Below this plot width the label is one word; the legend says what the band means. */
const COMPACT_BELOW = 420;
/** Half the label's width at the chart's 12 px bold type: two lines, or the one word. */
const HALF_WIDTH = { full: 56, compact: 30 } as const;
/** Clearance between the label and the current-x line. */
const GAP = 6;

export interface BalancedLabelProps extends BalancedRegionsProps {
  /** The current-x line, px: the label steps aside so the line never crosses its text. */
  markerX: number;
}

/** Centred on the band where that keeps it clear of the marker line, else beside the line. */
export function balancedLabelX(centre: number, half: number, markerX: number, innerWidth: number) {
  const clamp = (v: number) => Math.min(innerWidth - half, Math.max(half, v));
  const centred = clamp(centre);
  if (Math.abs(centred - markerX) >= half + GAP) return centred;
  const right = markerX + GAP + half;
  const left = markerX - GAP - half;
  if (right <= innerWidth - half) return right;
  if (left >= half) return left;
  return centred;
}

/** The label: one, on the widest region, since two side by side would collide. */
export const BalancedLabel = memo(function BalancedLabel({
  regions,
  scales,
  markerX,
}: BalancedLabelProps) {
  const { x, innerWidth } = scales;
  const widest = regions.reduce<Interval | null>(
    (best, r) => (!best || r.to - r.from > best.to - best.from ? r : best),
    null,
  );
  if (!widest) return null;
  const compact = innerWidth < COMPACT_BELOW;
  const half = compact ? HALF_WIDTH.compact : HALF_WIDTH.full;
  const labelX = balancedLabelX(x((widest.from + widest.to) / 2), half, markerX, innerWidth);
  return (
    <text className="balanced-label halo" x={labelX} y={16} textAnchor="middle">
      <tspan x={labelX}>{compact ? 'balanced' : 'balanced '}</tspan>
      {!compact && (
        <tspan x={labelX} dy="1.2em">
          (within 1 decade)
        </tspan>
      )}
    </text>
  );
});
