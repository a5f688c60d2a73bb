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

/** Average advance of the 12 px bold label type, used to keep labels apart. */
const BOLD_CHAR_WIDTH = 7.4;
/** Of the 12 px italic branch labels. */
const CHAR_WIDTH = 6.6;
const ROW_HEIGHT = 15;
const MAX_ROWS = 3;
/** Clearance between two labels, and between a label and a curve. */
const GAP = 4;

const endOf = (p: VoltageProfile) =>
  p.delithiation[p.delithiation.length - 1]?.capacity_mAh_per_g ?? Number.NaN;

interface Extent {
  readonly from: number;
  readonly to: number;
}

const overlaps = (a: Extent, b: Extent) => a.from < b.to + GAP && b.from < a.to + GAP;

interface RateLabel {
  readonly i: number;
  readonly text: string;
  /** Where its curve rises to the cut-off, px. */
  readonly px: number;
}

/**
 * Row and side for each label, right to left. Near the cut-off every curve is a vertical
 * line at its end, so a label may touch neither another label in its row nor another
 * curve's end; it tries its curve's left, then its right, then the next row down, and
 * past the last row it is left out (the legend names every rate).
 */
function placeRateLabels(labels: readonly RateLabel[], innerWidth: number) {
  const rows: Extent[][] = Array.from({ length: MAX_ROWS }, () => []);
  const ends = labels.map((l) => l.px);
  const clear = (e: Extent, own: number) =>
    e.from >= 0 &&
    e.to <= innerWidth &&
    ends.every((px) => px === own || px < e.from - GAP || px > e.to + GAP);
  return [...labels]
    .sort((a, b) => b.px - a.px)
    .flatMap((l) => {
      const width = l.text.length * BOLD_CHAR_WIDTH;
      const sides = [
        { anchor: 'end' as const, extent: { from: l.px - GAP - width, to: l.px - GAP } },
        { anchor: 'start' as const, extent: { from: l.px + GAP, to: l.px + GAP + width } },
      ];
      for (const [row, taken] of rows.entries()) {
        const side = sides.find(
          ({ extent }) => clear(extent, l.px) && !taken.some((t) => overlaps(t, extent)),
        );
        if (side) {
          taken.push(side.extent);
          const x = side.anchor === 'end' ? side.extent.to : side.extent.from;
          return [{ ...l, row, x, anchor: side.anchor }];
        }
      }
      return [];
    });
}

/**
 * Each rate named where its delithiation ends, just under the upper cut-off: the eye
 * reads the rate off the curve instead of matching colours with the legend.
 */
export const RateEndLabels = memo(function RateEndLabels({
  profiles,
  scales,
  colors,
}: AnnotationProps & { colors: readonly string[] }) {
  const { x, y, innerWidth } = scales;
  const labels = profiles
    .map((p, i) => ({ i, text: `${formatInputValue(p.cRate)} C`, px: x(endOf(p)) }))
    .filter((l) => Number.isFinite(l.px) && l.px > 0);
  const top = y(VOLTAGE_WINDOW_V_VS_LI.upper) + 16;
  return (
    <g className="rate-labels" aria-hidden="true">
      {placeRateLabels(labels, innerWidth).map((l) => (
        <text
          key={l.i}
          className="halo"
          x={l.x}
          y={top + l.row * ROW_HEIGHT}
          textAnchor={l.anchor}
          fill={colors[l.i]}
          fontWeight={600}
        >
          {l.text}
        </text>
      ))}
    </g>
  );
});

/** Room the lithiation label needs above the lower cut-off label, px. */
const LOWER_CLEARANCE = 34;
const BRANCH_TEXT = { upper: 'delithiation ↑', lower: 'lithiation ↓' } as const;

/**
 * "delithiation ↑" above the upper curves and "lithiation ↓" below the lower ones. First
 * choice: at a third of the shortest curve, where the two families are furthest apart, if
 * the label fits there between the axis and that curve's rise to the cut-off. Else in the
 * free space right of the longest curve, level with its ends. Else no labels: the legend
 * says which is which. The lower label is left out where it would sit on the cut-off label.
 */
export const BranchLabels = memo(function BranchLabels({ profiles, scales }: AnnotationProps) {
  const { x, y, innerWidth } = scales;
  const ends = profiles.map(endOf).filter(Number.isFinite);
  const shortest = Math.min(...ends);
  const longest = Math.max(...ends);
  if (!(shortest > 0)) return null;
  const half = (BRANCH_TEXT.upper.length * CHAR_WIDTH) / 2;
  const inGap = x(shortest / 3) - half >= 0 && x(shortest / 3) + half <= x(shortest) - GAP;
  // Right of every curve, the lithiations included (they may run further than delithiation).
  const rightmost = x(
    Math.max(longest, ...profiles.map((p) => p.lithiation.at(-1)?.capacity_mAh_per_g ?? 0)),
  );
  const beside = rightmost + 2 * GAP + 2 * half <= innerWidth;
  if (!inGap && !beside) return null;
  const at = inGap ? shortest / 3 : 0.9 * longest;
  const labelX = inGap ? x(at) : rightmost + 2 * GAP + half;
  // Curves shorter than `at` have no potential there and are skipped.
  const finite = (vs: number[]) => vs.filter(Number.isFinite);
  const upper = Math.max(...finite(profiles.map((p) => potentialAt(p.delithiation, at))));
  const lower = Math.min(...finite(profiles.map((p) => potentialAt(p.lithiation, at))));
  if (!Number.isFinite(upper) || !Number.isFinite(lower)) return null;
  return (
    <g className="branch-labels" aria-hidden="true">
      <text className="halo" x={labelX} y={y(upper) - 10} textAnchor="middle">
        {BRANCH_TEXT.upper}
      </text>
      {y(lower) + LOWER_CLEARANCE < y(VOLTAGE_WINDOW_V_VS_LI.lower) && (
        <text className="halo" x={labelX} y={y(lower) + 20} textAnchor="middle">
          {BRANCH_TEXT.lower}
        </text>
      )}
    </g>
  );
});
