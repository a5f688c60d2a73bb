import { Fragment, type CSSProperties, type ReactNode } from 'react';
import { fullCitation, shortCitation, type Cited } from '../../format/citation';

export interface ChartTooltipProps {
  /** Referenced by the point's aria-describedby. */
  id: string;
  /** Position of the point within the chart frame, px. */
  left: number;
  top: number;
  /** Size of the chart frame, px: the tooltip opens towards the roomier side. */
  frameWidth: number;
  frameHeight: number;
  title: ReactNode;
  /** Label–value rows. */
  rows: readonly (readonly [ReactNode, ReactNode])[];
  /** Where the value comes from: short reference and full citation. */
  source: ReactNode;
  /**
   * Width of the box, px; by default TOOLTIP_WIDTH, and never wider than the frame. The box
   * opens on whichever side of the point it fits, and where neither does (a phone), above or
   * below the point, kept inside the frame.
   */
  width?: number;
}

/** Offset from the marker, so the tooltip never covers what it describes. */
const OFFSET = 16;
/** Wide enough for a citation in three lines, narrow enough to sit beside a point. */
export const TOOLTIP_WIDTH = 280;

/** Beside the point on a side where a box of this width fits; null when neither does. */
function fittedBeside(left: number, frameWidth: number, width: number): CSSProperties | null {
  const fitsRight = left + OFFSET + width <= frameWidth;
  const fitsLeft = left - OFFSET - width >= 0;
  if (fitsRight && (!fitsLeft || left <= frameWidth / 2)) return { left: left + OFFSET };
  if (fitsLeft) return { right: frameWidth - left + OFFSET };
  return null;
}

/** Where the box goes, as CSS within the frame; exported for the placement tests. */
export function tooltipPlacement(
  left: number,
  top: number,
  frameWidth: number,
  frameHeight: number,
  requested: number = TOOLTIP_WIDTH,
): CSSProperties {
  const width = Math.max(0, Math.min(requested, frameWidth));
  const upperHalf = top <= frameHeight / 2;
  const sized = { width, maxWidth: width };
  const side = fittedBeside(left, frameWidth, width);
  // Level with the point, growing away from the nearer edge.
  if (side) {
    const level = upperHalf ? { top: top - OFFSET } : { bottom: frameHeight - top - OFFSET };
    return { ...sized, ...side, ...level };
  }
  // Neither side has room: over the point's column, inside the frame, below or above it.
  const shift = Math.min(Math.max(0, left - width / 2), Math.max(0, frameWidth - width));
  const clear = upperHalf ? { top: top + OFFSET } : { bottom: frameHeight - top + OFFSET };
  return { ...sized, left: shift, ...clear };
}

/** The box beside a measured point: what was measured, on what, and where it was published. */
export function ChartTooltip({
  id,
  left,
  top,
  frameWidth,
  frameHeight,
  title,
  rows,
  source,
  width,
}: ChartTooltipProps) {
  const style = tooltipPlacement(left, top, frameWidth, frameHeight, width);
  return (
    <div role="tooltip" id={id} className="chart-tooltip" style={style}>
      <p className="tooltip-title">{title}</p>
      <dl>
        {rows.map(([label, value], i) => (
          <Fragment key={i}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
      </dl>
      <p className="tooltip-source">{source}</p>
    </div>
  );
}

/** A measurement's source as the tooltips give it: the figure it is read from, then the paper. */
export function CitedSource({ of }: { of: Cited }) {
  return (
    <>
      {shortCitation(of)}
      <br />
      <cite>{fullCitation(of)}</cite>
    </>
  );
}

/** CitedSource as a function of the measurement, for TooltipContent. */
export const citedSource = (of: Cited) => <CitedSource of={of} />;
