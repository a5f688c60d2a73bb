/**
 * Two slanted strokes across the foot of a value axis: it does not start at zero. Drawn
 * only when it does not, so the eye never reads a truncated bar as a whole one.
 */
export function AxisBreak({ at }: { at: number }) {
  return (
    <g className="axis-break" transform={`translate(0,${at - 9})`} aria-hidden="true">
      <rect x={-6} y={-4} width={12} height={8} />
      <line x1={-6} x2={6} y1={-1} y2={-5} />
      <line x1={-6} x2={6} y1={5} y2={1} />
    </g>
  );
}
