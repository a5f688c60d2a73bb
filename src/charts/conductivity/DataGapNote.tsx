import { memo } from 'react';
import { formatInputValue } from '../../format/number';
import { LARGEST_DATA_GAP } from './measuredPoints';
import type { ConductivityScales } from './useConductivityScales';

export interface DataGapNoteProps {
  scales: ConductivityScales;
}

/** Marks, on the figure itself, the stretch where the curves rest on no measurement. */
export const DataGapNote = memo(function DataGapNote({ scales }: DataGapNoteProps) {
  const { x, innerHeight } = scales;
  const from = x(LARGEST_DATA_GAP.from);
  const to = x(LARGEST_DATA_GAP.to);
  if (to - from < 150) return null; // too narrow to say it legibly; the caption says it anyway
  const y = innerHeight - 12;
  return (
    <g className="data-gap" aria-hidden="true">
      {/* A bracket spanning the gap, like a dimension line on a drawing. */}
      <path d={`M${from + 6},${y - 4}V${y}H${to - 6}V${y - 4}`} fill="none" />
      <text className="halo" x={(from + to) / 2} y={y - 6} textAnchor="middle">
        no measurements between x = {formatInputValue(LARGEST_DATA_GAP.from)} and{' '}
        {formatInputValue(LARGEST_DATA_GAP.to)}
      </text>
    </g>
  );
});
