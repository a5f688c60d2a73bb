import type { ReactNode } from 'react';

const SWATCH = { width: 34, height: 16 } as const;

export interface LegendEntry {
  readonly key: string;
  readonly swatch: ReactNode;
  readonly label: ReactNode;
}

/** The key to a figure; HTML so that it wraps on narrow screens instead of clipping. */
export function Legend({
  entries,
  label = 'Legend',
}: {
  entries: readonly LegendEntry[];
  label?: string;
}) {
  return (
    <ul className="legend" aria-label={label}>
      {entries.map((e) => (
        <li key={e.key}>
          {e.swatch}
          <span>{e.label}</span>
        </li>
      ))}
    </ul>
  );
}

export interface LineSwatchProps {
  color: string;
  strokeWidth?: number;
  dash?: string;
  opacity?: number;
  /** Draws a dot in the middle, for curves drawn with their computed points. */
  dot?: boolean;
}

export function LineSwatch({ color, strokeWidth = 2.25, dash, opacity, dot }: LineSwatchProps) {
  const mid = SWATCH.height / 2;
  return (
    <svg {...SWATCH} aria-hidden="true">
      <line
        x1={2}
        x2={SWATCH.width - 2}
        y1={mid}
        y2={mid}
        stroke={color}
        strokeWidth={strokeWidth}
        strokeDasharray={dash}
        strokeOpacity={opacity}
      />
      {dot && <circle cx={SWATCH.width / 2} cy={mid} r={3.5} fill={color} />}
    </svg>
  );
}

/** A measured-point symbol as drawn in the chart (path centred on 0, 0). */
export function SymbolSwatch({ d, fill }: { d: string; fill: string }) {
  return (
    <svg {...SWATCH} aria-hidden="true">
      <path
        d={d}
        transform={`translate(${SWATCH.width / 2},${SWATCH.height / 2})`}
        fill={fill}
        stroke="#1a1a1a"
        strokeWidth={0.75}
      />
    </svg>
  );
}

export interface FillSwatchProps {
  /** The fill; without it the className's CSS paints the patch. */
  color?: string;
  outline?: string;
  /** Ties the patch to the area it keys, when the stylesheet paints both. */
  className?: string;
}

/** A filled patch, for areas and bars; an outline marks measured ones. */
export function FillSwatch({ color, outline, className }: FillSwatchProps) {
  return (
    <svg {...SWATCH} aria-hidden="true">
      <rect
        className={className}
        x={outline ? 11 : 3}
        y={1}
        width={outline ? 12 : 28}
        height={SWATCH.height - 2}
        fill={color}
        stroke={outline}
        strokeWidth={outline ? 1.25 : 0}
      />
    </svg>
  );
}
