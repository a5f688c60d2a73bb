import { Fragment, type CSSProperties, type ReactNode } from 'react';

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
}

/** Offset from the marker, so the tooltip never covers what it describes. */
const OFFSET = 16;

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
}: ChartTooltipProps) {
  const style: CSSProperties =
    left > frameWidth / 2 ? { right: frameWidth - left + OFFSET } : { left: left + OFFSET };
  if (top > frameHeight / 2) style.bottom = frameHeight - top - OFFSET;
  else style.top = top - OFFSET;
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
