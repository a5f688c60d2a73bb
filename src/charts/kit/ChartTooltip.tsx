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
   * Width of the box, px, for frames too narrow for the usual rule: the box then opens on
   * whichever side of the point it fits, and where neither does, above or below the point
   * and kept inside the frame. Without it, the box opens towards the roomier half.
   */
  width?: number;
}

/** Offset from the marker, so the tooltip never covers what it describes. */
const OFFSET = 16;

/** The usual rule: towards the roomier half of the frame. */
const besidePoint = (left: number, frameWidth: number): CSSProperties =>
  left > frameWidth / 2 ? { right: frameWidth - left + OFFSET } : { left: left + OFFSET };

/** Beside the point on a side where a box of this width fits; null when neither does. */
function fittedBeside(left: number, frameWidth: number, width: number): CSSProperties | null {
  const fitsRight = left + OFFSET + width <= frameWidth;
  const fitsLeft = left - OFFSET - width >= 0;
  if (fitsRight && (!fitsLeft || left <= frameWidth / 2)) return { left: left + OFFSET };
  if (fitsLeft) return { right: frameWidth - left + OFFSET };
  return null;
}

function placement(
  left: number,
  top: number,
  frameWidth: number,
  frameHeight: number,
  width: number | undefined,
): CSSProperties {
  const upperHalf = top <= frameHeight / 2;
  // Level with the point, growing away from the nearer edge.
  const level = upperHalf ? { top: top - OFFSET } : { bottom: frameHeight - top - OFFSET };
  if (width === undefined) return { ...besidePoint(left, frameWidth), ...level };
  const sized = { width, maxWidth: width };
  const side = fittedBeside(left, frameWidth, width);
  if (side) return { ...sized, ...side, ...level };
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
  const style = placement(left, top, frameWidth, frameHeight, width);
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
