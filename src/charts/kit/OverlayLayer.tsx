import type { ReactNode } from 'react';
import type { FigureBox } from './plotScales';

/**
 * An SVG laid over a figure for what moves on every input (the current-x marker). In a
 * layer of its own, moving it repaints a few pixels instead of the whole figure, which is
 * what made dragging drop frames. Its children draw in plot coordinates, as the figure's do.
 */
export function OverlayLayer({ frame, children }: { frame: FigureBox; children: ReactNode }) {
  const { width, height, margin } = frame;
  return (
    <svg
      className="chart chart-overlay"
      aria-hidden="true"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
    >
      <g transform={`translate(${margin.left},${margin.top})`}>
        {/* Invisible, and the whole layer: what this layer paints then always spans the
            same box, however the marker moves. Chrome re-decides the page's compositing
            layers (layerization, ~1 ms here) whenever painted bounds change; without this
            rect that was every frame of a drag, now it only repaints this layer. */}
        <rect
          className="overlay-extent"
          x={-margin.left}
          y={-margin.top}
          width={width}
          height={height}
          fill="transparent"
        />
        {children}
      </g>
    </svg>
  );
}
