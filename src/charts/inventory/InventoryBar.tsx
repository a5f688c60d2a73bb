import { memo, useMemo } from 'react';
import { formatFixed, formatInputValue } from '../../format/number';
import { Axis } from '../kit/Axis';
import { ChartFrame } from '../kit/ChartFrame';
import { plotScales } from '../kit/plotScales';
import { spreadLabels } from '../kit/spreadLabels';
import { AxisBreak } from './AxisBreak';
import { roundToTotal, SHARES, type InventoryShares } from './shares';
import { BAR_MARGIN, shareScale, shareTicks, stackShares } from './useInventoryScales';

export interface InventoryBarProps {
  /** The model's shares at the current composition. */
  shares: InventoryShares;
  /** Bottom of the share axis, %, shared with the figure beside it. */
  floor: number;
  renderedKey: string;
  /** Beside the areas: keep their bottom margin, so the two share axes line up. */
  aligned: boolean;
  width: number;
  height: number;
}

/** Labels closer than this (px) would overlap at 12 px type. */
const LABEL_GAP = 17;
const BAR_PX = 44;

/** On a row of its own, the bar needs no room for the areas' x axis. */
const OWN_ROW_MARGIN = { ...BAR_MARGIN, bottom: 12 };

// memo: the panel re-renders when the computing state flips; the drawing need not.
/**
 * The current composition's Li as one stacked bar: RA-Li at the bottom, the losses on top,
 * each segment's share written beside it (rounded so the three printed numbers make 100).
 */
export const InventoryBar = memo(function InventoryBar({
  shares,
  floor,
  renderedKey,
  aligned,
  width,
  height,
}: InventoryBarProps) {
  const plot = useMemo(
    () =>
      plotScales(width, height, aligned ? BAR_MARGIN : OWN_ROW_MARGIN, (_, innerHeight) => ({
        y: shareScale(floor, innerHeight),
      })),
    [width, height, aligned, floor],
  );
  const { y, innerWidth, innerHeight } = plot;
  const barWidth = Math.min(BAR_PX, innerWidth);

  const segments = useMemo(() => {
    const printed = roundToTotal(
      SHARES.map((s) => shares[s.key]),
      1,
    );
    return stackShares([shares]).map((series, i) => {
      const spec = SHARES[i]!;
      const [y0 = 0, y1 = 0] = series[0] ?? [];
      const top = y(Number.isFinite(y1) ? y1 : floor);
      const bottom = y(Number.isFinite(y0) ? y0 : floor);
      return { spec, top, bottom, printed: printed[i] ?? 0 };
    });
  }, [shares, y, floor]);
  // Top to bottom, the order the labels are read in.
  const labelled = [...segments].reverse();
  const labelYs = spreadLabels(
    labelled.map((s) => (s.top + s.bottom) / 2),
    LABEL_GAP,
    6,
    innerHeight - 4,
  );
  const text = labelled.map((s) => `${s.spec.short} ${formatFixed(s.printed, 1)} %`).join(', ');

  return (
    <ChartFrame
      testId="inventory-bar"
      data={{ 'data-rendered-key': renderedKey, 'data-x': shares.xGe }}
      frame={plot}
      title={`Li inventory after the first cycle, model at x = ${formatInputValue(shares.xGe)}`}
      desc={`${text}.`}
    >
      <text className="bar-title" x={barWidth / 2} y={-12} textAnchor="middle">
        x = {formatInputValue(shares.xGe)}
      </text>
      <g className="stack">
        {segments.map((s) => (
          <rect
            key={s.spec.key}
            data-share={s.spec.key}
            x={0}
            y={s.top}
            width={barWidth}
            height={Math.max(0, s.bottom - s.top)}
            fill={s.spec.color}
          />
        ))}
      </g>
      <g className="share-labels">
        {labelled.map((s, i) => {
          const ly = labelYs[i] ?? 0;
          return (
            <g key={s.spec.key}>
              <line
                className="leader"
                x1={barWidth + 2}
                x2={barWidth + 10}
                y1={(s.top + s.bottom) / 2}
                y2={ly}
              />
              <text
                data-testid="inventory-share"
                data-share={s.spec.key}
                data-value={formatFixed(s.printed, 1)}
                className="value-label"
                x={barWidth + 13}
                y={ly}
                dy="0.32em"
              >
                <tspan className="share-name">{s.spec.short}</tspan> {formatFixed(s.printed, 1)} %
              </text>
            </g>
          );
        })}
      </g>
      <Axis
        orient="left"
        scale={y}
        ticks={shareTicks(y, innerHeight)}
        length={innerHeight}
        title="% of inserted Li"
        titleOffset={38}
      />
      {floor > 0 && <AxisBreak at={innerHeight} />}
    </ChartFrame>
  );
});
