import { symbol } from 'd3';
import { compositionInSentence } from '../../format/formula';
import { memo, type KeyboardEvent } from 'react';
import { formatPublished } from '../../format/number';
import type { MeasuredPoint } from './measuredPoints';
import { MEASURED_SYMBOL, SERIES } from './series';
import type { ConductivityScales } from './useConductivityScales';

export interface MeasuredPointsProps {
  points: readonly MeasuredPoint[];
  scales: ConductivityScales;
  /** The point whose tooltip is open, if any. */
  activeId: string | null;
  /** id of the tooltip element, referenced by the active point. */
  tooltipId: string;
  /** Opens (id) or closes (null) a tooltip; called on hover, focus, blur and Escape. */
  onActivate: (id: string | null) => void;
}

/** Marker area in px²: large enough to hit with a finger, small enough not to hide the curve. */
const SYMBOL_SIZE = 80;
const SYMBOL_PATHS = {
  electronic: symbol(MEASURED_SYMBOL.electronic, SYMBOL_SIZE)() ?? '',
  ionic: symbol(MEASURED_SYMBOL.ionic, SYMBOL_SIZE)() ?? '',
};

/** What a screen reader announces for a point: quantity, value, composition, source. */
export function describePoint(p: MeasuredPoint): string {
  const s = SERIES[p.series];
  return (
    `Measured ${s.name} conductivity σ${s.subscript} = ${formatPublished(p.value)} ${p.unit} ` +
    `at ${compositionInSentence(p.compositionId, p.xGe)}; source ${p.sourceKey}`
  );
}

export const MeasuredPoints = memo(function MeasuredPoints({
  points,
  scales,
  activeId,
  tooltipId,
  onActivate,
}: MeasuredPointsProps) {
  const { x, y } = scales;
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onActivate(null);
  };
  return (
    <g className="measured">
      {points.map((p) => (
        <g
          key={p.id}
          data-testid="measured-point"
          data-quantity={p.series}
          data-composition={p.compositionId}
          className="measured-point"
          transform={`translate(${x(p.xGe)},${y(p.value)})`}
          tabIndex={0}
          aria-label={describePoint(p)}
          aria-describedby={activeId === p.id ? tooltipId : undefined}
          onMouseEnter={() => onActivate(p.id)}
          onMouseLeave={() => onActivate(null)}
          onFocus={() => onActivate(p.id)}
          onBlur={() => onActivate(null)}
          onKeyDown={closeOnEscape}
        >
          <circle className="hit-area" r={13} />
          <circle className="focus-ring" r={10} />
          <path d={SYMBOL_PATHS[p.series]} fill={SERIES[p.series].color} />
        </g>
      ))}
    </g>
  );
});
