import { memo } from 'react';
import type { VoltageProfile } from '../../core/kinetics/protocol';
import { LI_IN_POTENTIAL_V, VOLTAGE_WINDOW_V_VS_LI } from '../../core/kinetics/ocp';
import { formatFixed, formatInputValue } from '../../format/number';
import { potentialAt, type ProfileScales } from './useProfileScales';

export interface AnnotationProps {
  profiles: readonly VoltageProfile[];
  scales: ProfileScales;
}

// d3's formats already print a true minus sign (U+2212).
const vsLiIn = (v: number) => formatFixed(v - LI_IN_POTENTIAL_V, 1);

/** The study's voltage window, faint: the curves end where they meet it. */
export const CutoffLines = memo(function CutoffLines({ scales }: Pick<AnnotationProps, 'scales'>) {
  const { y, innerWidth } = scales;
  const lines = [
    { key: 'upper', v: VOLTAGE_WINDOW_V_VS_LI.upper, dy: -4 },
    { key: 'lower', v: VOLTAGE_WINDOW_V_VS_LI.lower, dy: 11 },
  ];
  return (
    <g className="cutoff" aria-hidden="true">
      {lines.map(({ key, v, dy }) => (
        <g key={key} data-cutoff={key}>
          <line x1={0} x2={innerWidth} y1={y(v)} y2={y(v)} />
          <text className="halo" x={4} y={y(v) + dy}>
            cut-off {formatFixed(v, 2)} V ({vsLiIn(v)} V vs Li–In)
          </text>
        </g>
      ))}
    </g>
  );
});

/** Horizontal room a rate label needs, px; closer ends drop their label one row. */
const LABEL_SPACING = 40;
const ROW_HEIGHT = 15;
const MAX_ROWS = 3;

/**
 * Each rate named where its delithiation ends, just under the upper cut-off: the eye
 * reads the rate off the curve instead of matching colours with the legend. Ends too
 * close together put their labels on successive rows rather than on top of each other.
 */
export const RateEndLabels = memo(function RateEndLabels({
  profiles,
  scales,
  colors,
}: AnnotationProps & { colors: readonly string[] }) {
  const { x, y } = scales;
  const ends = profiles
    .map((p, i) => ({
      i,
      rate: p.cRate,
      px: x(p.delithiation[p.delithiation.length - 1]?.capacity_mAh_per_g ?? Number.NaN),
    }))
    .filter((e) => Number.isFinite(e.px))
    .sort((a, b) => a.px - b.px);
  // Right to left: each label ends at its own curve, so it collides with the next one left.
  const rowEnds: number[] = Array.from({ length: MAX_ROWS }, () => Infinity);
  const placed = [...ends].reverse().flatMap((e) => {
    const row = rowEnds.findIndex((end) => end - e.px >= LABEL_SPACING);
    if (row < 0) return [];
    rowEnds[row] = e.px;
    return [{ ...e, row }];
  });
  const top = y(VOLTAGE_WINDOW_V_VS_LI.upper) + 16;
  return (
    <g className="rate-labels" aria-hidden="true">
      {placed.map((e) => (
        <text
          key={e.i}
          className="halo"
          // Left of its curve, unless that would run into the axis labels.
          x={e.px < LABEL_SPACING ? e.px + 4 : e.px - 4}
          y={top + e.row * ROW_HEIGHT}
          textAnchor={e.px < LABEL_SPACING ? 'start' : 'end'}
          fill={colors[e.i]}
          fontWeight={600}
        >
          {formatInputValue(e.rate)} C
        </text>
      ))}
    </g>
  );
});

/** Room the lithiation label needs above the lower cut-off label, px. */
const LOWER_CLEARANCE = 34;

/**
 * "delithiation ↑" above the upper curves and "lithiation ↓" below the lower ones, at
 * a third of the shortest curve, where the two families are furthest apart. The lower
 * label is left out where it would sit on the cut-off label (the legend says it too).
 */
export const BranchLabels = memo(function BranchLabels({ profiles, scales }: AnnotationProps) {
  const { x, y } = scales;
  const shortest = Math.min(
    ...profiles.map((p) => p.delithiation[p.delithiation.length - 1]?.capacity_mAh_per_g ?? 0),
  );
  if (!(shortest > 0)) return null;
  const at = shortest / 3;
  const upper = Math.max(...profiles.map((p) => potentialAt(p.delithiation, at)));
  const lower = Math.min(...profiles.map((p) => potentialAt(p.lithiation, at)));
  if (!Number.isFinite(upper) || !Number.isFinite(lower)) return null;
  return (
    <g className="branch-labels" aria-hidden="true">
      <text className="halo" x={x(at)} y={y(upper) - 10} textAnchor="middle">
        delithiation ↑
      </text>
      {y(lower) + LOWER_CLEARANCE < y(VOLTAGE_WINDOW_V_VS_LI.lower) && (
        <text className="halo" x={x(at)} y={y(lower) + 20} textAnchor="middle">
          lithiation ↓
        </text>
      )}
    </g>
  );
});
