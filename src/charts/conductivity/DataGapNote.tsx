import { memo } from 'react';
import { formatInputValue } from '../../format/number';
import { LARGEST_DATA_GAP } from './measuredPoints';

export interface DataGapNoteProps {
  /** Any figure across x (conductivity, diffusivity): only its x scale and height are used. */
  scales: { readonly x: (xGe: number) => number; readonly innerHeight: number };
}

/** Width of the note on one line in the charts' 12 px italic, px (Chromium draws it ~258). */
const ONE_LINE_WIDTH = 270;

/** Marks, on the figure itself, the stretch where the curves rest on no measurement. */
export const DataGapNote = memo(function DataGapNote({ scales }: DataGapNoteProps) {
  const { x, innerHeight } = scales;
  const from = x(LARGEST_DATA_GAP.from);
  const to = x(LARGEST_DATA_GAP.to);
  if (to - from < 150) return null; // too narrow to say it legibly; the caption says it anyway
  const y = innerHeight - 12;
  const mid = (from + to) / 2;
  const span = `between x = ${formatInputValue(LARGEST_DATA_GAP.from)} and ${formatInputValue(LARGEST_DATA_GAP.to)}`;
  return (
    <g className="data-gap" aria-hidden="true">
      {/* A bracket spanning the gap, like a dimension line on a drawing. */}
      <path d={`M${from + 6},${y - 4}V${y}H${to - 6}V${y - 4}`} fill="none" />
      <text className="halo" x={mid} y={y - 6} textAnchor="middle">
        {to - from < ONE_LINE_WIDTH ? (
          // On a phone one line ran past the plot's edge and was cut off.
          <>
            <tspan x={mid} dy="-1.2em">
              no measurements{' '}
            </tspan>
            <tspan x={mid} dy="1.2em">
              {span}
            </tspan>
          </>
        ) : (
          `no measurements ${span}`
        )}
      </text>
    </g>
  );
});
