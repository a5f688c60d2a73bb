import { pinStyle } from './pinStyle';

export interface PinMark {
  readonly key: string;
  readonly slot: number;
  /** Where the pin's composition is, px from the plot's left. */
  readonly px: number;
  /** Dots on the line where the pin has values, px from the plot's top. */
  readonly dots: readonly number[];
}

/**
 * A pinned composition in a figure across x: a line in its pin's colour and dash, with a
 * dot where it has a value. No label: the legend names it, and labels of up to four pins
 * beside the live marker's callout would collide. A white edge keeps it apart from filled
 * areas beneath (the Li inventory's shares, the balanced band).
 */
export function PinMarkers({
  marks,
  innerHeight,
}: {
  marks: readonly PinMark[];
  innerHeight: number;
}) {
  if (marks.length === 0) return null;
  const inPlot = (y: number) => Number.isFinite(y) && y >= 0 && y <= innerHeight;
  return (
    <g className="pin-markers" aria-hidden="true" pointerEvents="none">
      {marks.map(({ key, slot, px, dots }) => {
        const { color, dash } = pinStyle(slot);
        if (!Number.isFinite(px)) return null;
        return (
          <g key={key} data-testid="pin-marker" data-pin={key}>
            <line x1={px} x2={px} y1={0} y2={innerHeight} stroke="#fff" strokeWidth={4} />
            <line
              x1={px}
              x2={px}
              y1={0}
              y2={innerHeight}
              stroke={color}
              strokeWidth={2}
              strokeDasharray={dash}
            />
            {dots.filter(inPlot).map((y, i) => (
              <circle key={i} cx={px} cy={y} r={4} fill={color} stroke="#fff" strokeWidth={1.5} />
            ))}
          </g>
        );
      })}
    </g>
  );
}
