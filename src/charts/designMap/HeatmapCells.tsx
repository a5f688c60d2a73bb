import { memo } from 'react';
import type { MapRequest } from '../../core/designMap/request';
import { cellSentence } from './describeMap';
import { shownValue, type DisplayCell, type MapDisplay } from './mapDisplay';
import type { MapScales } from './useMapScales';

/** A cell not computed yet (and with no coarse stand-in): light grey. */
export const PENDING_FILL = '#e4e8ec';
/** The dots of a cell without a value, on white. */
export const NO_VALUE_DOT = '#59636e';

/** Ids of a chart's patterns and cells, unique on the page. */
export interface MapIds {
  readonly noValue: string;
  readonly hatch: string;
  readonly gradient: string;
  readonly cell: (i: number, j: number) => string;
}

/** The cell's box, px: centred on its value, half a cell each way. */
export function cellBox(scales: MapScales, cell: Pick<DisplayCell, 'xGe' | 'axisValue'>) {
  const { x, y, halfX, halfY } = scales;
  const left = x(cell.xGe - halfX);
  const top = y(cell.axisValue + halfY);
  return {
    x: left,
    y: top,
    width: Math.max(0, x(cell.xGe + halfX) - left),
    height: Math.max(0, y(cell.axisValue - halfY) - top),
  };
}

/** A cell's colour: its value's, or its coarse stand-in's, marks and all, until it arrives. */
function fillOf(cell: DisplayCell, scales: MapScales, ids: MapIds): string {
  if (cell.state === 'pending') return PENDING_FILL;
  const value = shownValue(cell);
  return value === null ? `url(#${ids.noValue})` : scales.colour(value);
}

/** The two patterns: dots for "no value", and the hatching laid over clamped cells. */
export function MapPatterns({ ids }: { ids: MapIds }) {
  return (
    <defs>
      <pattern id={ids.noValue} width={5} height={5} patternUnits="userSpaceOnUse">
        <rect width={5} height={5} fill="#fff" />
        <circle cx={2.5} cy={2.5} r={1} fill={NO_VALUE_DOT} />
      </pattern>
      {/* A white and a black stroke side by side: visible on every colour of the scale. */}
      <pattern
        id={ids.hatch}
        width={6}
        height={6}
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <line x1={1} x2={1} y1={0} y2={6} stroke="#fff" strokeWidth={1.2} />
        <line x1={2.2} x2={2.2} y1={0} y2={6} stroke="#1f2328" strokeWidth={1} />
      </pattern>
    </defs>
  );
}

export interface HeatmapCellsProps {
  readonly request: MapRequest;
  readonly display: MapDisplay;
  readonly scales: MapScales;
  readonly ids: MapIds;
}

/**
 * The cells as ARIA grid rows (top row first: the highest second-axis value), each cell a
 * gridcell named by its sentence, so the grid's aria-activedescendant reads it out.
 */
export const HeatmapCells = memo(function HeatmapCells({
  request,
  display,
  scales,
  ids,
}: HeatmapCellsProps) {
  const { nx, ny, cells } = display;
  const rows = Array.from({ length: ny }, (_, k) => ny - 1 - k);
  return (
    <>
      {rows.map((j) => (
        <g role="row" key={j}>
          {Array.from({ length: nx }, (_, i) => {
            const cell = cells[i * ny + j];
            if (!cell) return null;
            return (
              <rect
                key={i}
                id={ids.cell(i, j)}
                role="gridcell"
                aria-label={cellSentence(request, cell)}
                data-i={i}
                data-j={j}
                data-state={cell.state}
                {...cellBox(scales, cell)}
                fill={fillOf(cell, scales, ids)}
              />
            );
          })}
        </g>
      ))}
    </>
  );
});

/**
 * The hatching over cells whose loading needs a layer outside the thickness range (and over
 * the block of a coarse one, like its colour, until the finer cells arrive).
 */
export const ClampedHatching = memo(function ClampedHatching({
  display,
  scales,
  ids,
}: Omit<HeatmapCellsProps, 'request'>) {
  const clamped = display.cells.filter((c) => c.shown?.clamped);
  return (
    <g aria-hidden="true" pointerEvents="none" data-testid="map-clamped">
      {clamped.map((c) => (
        <rect key={`${c.i},${c.j}`} {...cellBox(scales, c)} fill={`url(#${ids.hatch})`} />
      ))}
    </g>
  );
});
