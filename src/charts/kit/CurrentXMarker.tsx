import type { ReactNode } from 'react';
import { formatInputValue } from '../../format/number';
import type { Margin } from './frame';

/** Average advance of the charts' 12 px digits, used to keep the callout inside the figure. */
const CHAR_WIDTH = 6.6;
/** A compact callout is set in smaller type (chart.css), so each character takes less room. */
const COMPACT_SCALE = 0.85;

export interface MarkerCallout {
  /** The values at the chosen composition, inside one SVG <text>. */
  readonly text: ReactNode;
  /** Length of the text in characters: its width is estimated from it. */
  readonly chars: number;
  readonly compact?: boolean;
  /**
   * The values' unit, e.g. "σ in S/cm". A full callout ends with it; a compact one has no room,
   * so it moves up beside the x label rather than being dropped.
   */
  readonly unit?: string;
}

export interface CurrentXMarkerProps {
  /** The e2e tests' and the UI benchmark's handle. */
  testId: string;
  xGe: number;
  scales: {
    readonly x: (xGe: number) => number;
    readonly innerWidth: number;
    readonly innerHeight: number;
  };
  /** The figure's margin: the callout may use it to stay inside the figure. */
  margin: Margin;
  /** Written above the plot; null when there is no value to write. */
  callout: MarkerCallout | null;
  /** Dots where the line meets the curves. */
  children?: ReactNode;
}

/**
 * The vertical line at the chosen composition, its x above the plot and the values there
 * above that. The values sit above the plot, not beside the dots: where curves lie within a
 * decade, labels beside them would collide.
 */
export function CurrentXMarker({
  testId,
  xGe,
  scales,
  margin,
  callout,
  children,
}: CurrentXMarkerProps) {
  const { x, innerWidth, innerHeight } = scales;
  const px = x(xGe);
  const unit = callout?.compact && callout.unit ? ` · ${callout.unit}` : '';
  const label = `x = ${formatInputValue(xGe)}${unit}`;
  return (
    <g data-testid={testId} data-x={xGe} className="current-x">
      <line x1={px} x2={px} y1={-6} y2={innerHeight} />
      <text
        className="current-x-label"
        x={startWithin(px, label.length, innerWidth, margin)}
        y={-30}
      >
        {label}
      </text>
      {callout && (
        <text
          className={`value-label${callout.compact ? ' compact' : ''}`}
          x={startWithin(
            px,
            callout.chars * (callout.compact ? COMPACT_SCALE : 1),
            innerWidth,
            margin,
          )}
          y={-12}
        >
          {callout.text}
        </text>
      )}
      {children}
    </g>
  );
}

/**
 * Where a text of this many characters starts: centred on the line where there is room,
 * shifted sideways near the edges so it stays inside the figure.
 */
function startWithin(px: number, chars: number, innerWidth: number, margin: Margin) {
  const estimatedWidth = CHAR_WIDTH * chars;
  return Math.min(
    innerWidth + margin.right - 2 - estimatedWidth,
    Math.max(-margin.left + 2, px - estimatedWidth / 2),
  );
}
