import { memo, type KeyboardEvent } from 'react';

export interface FocusableMarkerProps {
  /** Identifies the point to onActivate. */
  id: string;
  /** data-testid, the e2e tests' handle. */
  testId: string;
  /** Position in the plot, px. */
  x: number;
  y: number;
  /** Symbol path centred on (0, 0), e.g. from d3.symbol. */
  d: string;
  fill: string;
  /** What a screen reader announces: value, composition and source. */
  label: string;
  /** Whether this point's tooltip is open. */
  active: boolean;
  /** id of the tooltip element, referenced while active. */
  tooltipId: string;
  /** Opens (id) or closes (null) the tooltip; called on hover, focus, blur and Escape. */
  onActivate: (id: string | null) => void;
  /** Extra data-* attributes for tests, e.g. { 'data-composition': 'Si7Ge' }. */
  data?: Readonly<Record<`data-${string}`, string | number>>;
}

/**
 * A measured point a keyboard can reach: it takes focus, names itself, and opens
 * its tooltip on focus as well as on hover (the same pattern as the conductivity
 * chart's markers, and the same CSS).
 */
export const FocusableMarker = memo(function FocusableMarker({
  id,
  testId,
  x,
  y,
  d,
  fill,
  label,
  active,
  tooltipId,
  onActivate,
  data,
}: FocusableMarkerProps) {
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onActivate(null);
  };
  return (
    <g
      {...data}
      data-testid={testId}
      className="measured-point"
      transform={`translate(${x},${y})`}
      tabIndex={0}
      role="img"
      aria-label={label}
      aria-describedby={active ? tooltipId : undefined}
      onMouseEnter={() => onActivate(id)}
      onMouseLeave={() => onActivate(null)}
      onFocus={() => onActivate(id)}
      onBlur={() => onActivate(null)}
      onKeyDown={closeOnEscape}
    >
      <circle className="hit-area" r={13} />
      <circle className="focus-ring" r={10} />
      <path d={d} fill={fill} />
    </g>
  );
});
