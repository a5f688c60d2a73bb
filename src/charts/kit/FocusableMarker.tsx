import { memo } from 'react';
import { focusableMarkProps } from './focusable';

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

/** A measured point a keyboard can reach (focusableMarkProps says how it behaves). */
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
  return (
    <g
      {...data}
      data-testid={testId}
      className="measured-point"
      transform={`translate(${x},${y})`}
      {...focusableMarkProps(id, label, active, tooltipId, onActivate)}
    >
      <circle className="hit-area" r={13} />
      <circle className="focus-ring" r={10} />
      <path d={d} fill={fill} />
    </g>
  );
});
