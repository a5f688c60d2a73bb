import type { ReactNode } from 'react';
import type { SweepStatus } from '../../state/storeTypes';
import type { CurrentXMarkerProps } from './CurrentXMarker';

/** What a figure filled in by a sweep tells tests and the UI benchmark: how far it has got. */
export const sweepData = (renderedKey: string, points: number, status: SweepStatus) => ({
  'data-rendered-key': renderedKey,
  'data-points': points,
  'data-status': status,
});

/** How far the sweep has got, for the figure's description. */
export const sweepProgress = (status: SweepStatus, done: number, total: number): string =>
  status === 'computing'
    ? `Computing: ${done} of ${total} compositions done.`
    : `${done} compositions.`;

export interface SweepMarkerProps {
  /** The e2e tests' handle. */
  testId: string;
  xGe: number;
  scales: CurrentXMarkerProps['scales'];
  /** Nearer an edge than this, px, the label ends (or starts) at the line instead of centring. */
  edge: number;
  /** Where the line starts, px from the plot's top (above it, it reaches toward the label). */
  top?: number;
  label: ReactNode;
  /** Marks on the line, drawn under the label. */
  children?: ReactNode;
}

/**
 * The current composition in a figure across x that a sweep fills in: a line with its
 * label above the plot. Unlike CurrentXMarker it moves with the answer, not the slider.
 */
export function SweepMarker({
  testId,
  xGe,
  scales,
  edge,
  top = 0,
  label,
  children,
}: SweepMarkerProps) {
  const { innerWidth, innerHeight } = scales;
  const px = scales.x(xGe);
  const anchor = px < edge ? 'start' : px > innerWidth - edge ? 'end' : 'middle';
  return (
    <g data-testid={testId} data-x={xGe} className="current-x">
      <line x1={px} x2={px} y1={top} y2={innerHeight} />
      {children}
      <text className="current-x-label halo" x={px} y={-10} textAnchor={anchor}>
        {label}
      </text>
    </g>
  );
}
