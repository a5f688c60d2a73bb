import { useId, useMemo, type MouseEvent } from 'react';
import type { MapRequest } from '../../core/designMap/request';
import type { GridIndex } from '../../core/designMap/grid';
import { axisLabel, axisUnit, figureName, figureTitle } from '../../components/designMap/mapSetup';
import type { MapStatus } from '../../state/designMapTypes';
import { PlotAxes } from '../kit/Axis';
import { ChartFrame } from '../kit/ChartFrame';
import { ChartTooltip } from '../kit/ChartTooltip';
import { ColourKey } from './ColourKey';
import { axisValueText, describeDisplay, valueText, xText } from './describeMap';
import { cellBox, ClampedHatching, HeatmapCells, MapPatterns, type MapIds } from './HeatmapCells';
import { displayCellAt, shownValue, type DisplayCell, type MapDisplay } from './mapDisplay';
import type { GridCursor } from './useGridCursor';
import { MAP_MARGIN, useMapScales, type MapScales } from './useMapScales';

export interface DesignMapChartProps {
  readonly request: MapRequest;
  readonly display: MapDisplay;
  readonly status: MapStatus;
  readonly cursor: GridCursor;
  /** A click on a cell (Enter and Space go through the cursor). */
  readonly onPick: (cell: GridIndex) => void;
  /** Tag of what is drawn; changes with every arriving chunk. */
  readonly renderedKey: string;
  readonly width: number;
  readonly height: number;
}

/** The cell a pointer event happened on, from the cell's data-i and data-j. */
function cellOfEvent(event: MouseEvent): GridIndex | null {
  const target = event.target as Element;
  const i = target.getAttribute('data-i');
  const j = target.getAttribute('data-j');
  return i === null || j === null ? null : { i: Number(i), j: Number(j) };
}

const same = (a: GridIndex | null, b: GridIndex | null) => a?.i === b?.i && a?.j === b?.j;

/** A ring around the best cell, dark on light: it shows on every colour of the scale. */
function OptimumRing({ cell, scales }: { cell: DisplayCell; scales: MapScales }) {
  const box = cellBox(scales, cell);
  // Inside a large cell, so its colour still shows; around a small one, so the ring does.
  const r = Math.max(8, Math.min(box.width, box.height) / 2 - 2);
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  return (
    <g
      className="map-optimum-ring"
      aria-hidden="true"
      pointerEvents="none"
      data-testid="map-best-ring"
    >
      <circle cx={cx} cy={cy} r={r} fill="none" stroke="#fff" strokeWidth={4.5} />
      <circle cx={cx} cy={cy} r={r} fill="none" stroke="#1f2328" strokeWidth={2} />
    </g>
  );
}

/** The outline of the keyboard's cell while the grid has focus. */
function ActiveOutline({ cell, scales }: { cell: DisplayCell; scales: MapScales }) {
  const box = cellBox(scales, cell);
  return (
    <g className="map-active" aria-hidden="true" pointerEvents="none" data-testid="map-active-cell">
      <rect {...box} fill="none" stroke="#fff" strokeWidth={4} />
      <rect {...box} fill="none" stroke="var(--focus)" strokeWidth={2} />
    </g>
  );
}

const MAP_TOOLTIP_WIDTH = 240;
/**
 * Every part of a heatmap is data, so a floating box needs room beside the cell it reads.
 * Narrower (a phone), it would hide most of the map: the polite line under the map, which
 * always reads the cell, is then the only reading.
 */
const MIN_TOOLTIP_FRAME = 2 * MAP_TOOLTIP_WIDTH;

/** What the tooltip says of a cell's state, under its numbers. */
function stateNote(cell: DisplayCell): string {
  switch (cell.state) {
    case 'pending':
      return 'Not computed yet.';
    case 'provisional':
      return "Not computed yet: drawn with a coarser cell's value until it is.";
    case 'empty':
      return 'No value: this cell cannot be lithiated.';
    case 'value':
      return cell.shown?.clamped
        ? 'Hatched: the loading needs a layer outside the thickness range; the nearest is simulated.'
        : 'Computed by the electrode model. Click or press Enter to set the live view here.';
  }
}

/**
 * The design map: a heatmap of one figure over Ge fraction × a second axis, filled in as
 * cells arrive (coarse cells stand in for their block until finer ones come), with a colour
 * key, the best cell ringed, and one tab stop from which the arrow keys walk the cells.
 */
export function DesignMapChart({
  request,
  display,
  status,
  cursor,
  onPick,
  renderedKey,
  width,
  height,
}: DesignMapChartProps) {
  const scales = useMapScales(width, height, display.xs, display.values, display.domain);
  const uid = useId();
  const ids = useMemo<MapIds>(
    () => ({
      noValue: `${uid}-no-value`,
      hatch: `${uid}-hatch`,
      gradient: `${uid}-key`,
      cell: (i, j) => `${uid}-cell-${i}-${j}`,
    }),
    [uid],
  );
  const best = displayCellAt(display, display.best);
  const active = cursor.focused ? displayCellAt(display, cursor.active) : null;
  const reading = displayCellAt(display, cursor.reading);
  const total = display.nx * display.ny;
  const readingBox = reading && width >= MIN_TOOLTIP_FRAME ? cellBox(scales, reading) : null;

  return (
    <ChartFrame
      testId="design-map-chart"
      data={{
        'data-rendered-key': renderedKey,
        'data-filled': display.computed,
        'data-total': total,
        'data-status': status,
      }}
      frame={scales}
      title={`Design map: ${figureName(request.figure)} over Ge fraction x and ${axisLabel(request.grid.axis).toLowerCase()}`}
      desc={describeDisplay(request, display)}
      overlays={
        reading &&
        readingBox && (
          <ChartTooltip
            id={`${uid}-tooltip`}
            left={MAP_MARGIN.left + readingBox.x + readingBox.width / 2}
            top={MAP_MARGIN.top + readingBox.y + readingBox.height / 2}
            frameWidth={width}
            frameHeight={height}
            width={MAP_TOOLTIP_WIDTH}
            title={figureName(request.figure)}
            rows={[
              ['Composition', xText(reading.xGe)],
              [axisLabel(request.grid.axis), axisValueText(request, reading.axisValue)],
              [
                'Value',
                reading.state === 'provisional' || reading.state === 'pending'
                  ? 'not computed yet'
                  : valueText(request, shownValue(reading)),
              ],
            ]}
            source={stateNote(reading)}
          />
        )
      }
    >
      <MapPatterns ids={ids} />
      <ColourKey
        scales={scales}
        title={figureTitle(request.figure)}
        gradientId={ids.gradient}
        top={-MAP_MARGIN.top + 20}
        known={display.range !== null}
      />
      <g
        role="grid"
        className="map-grid"
        data-testid="map-grid"
        tabIndex={0}
        aria-label={`${figureName(request.figure)}: ${display.nx} compositions across, ${display.ny} ${axisLabel(request.grid.axis).toLowerCase()} values up. Arrow keys move, Enter sets the live view.`}
        aria-activedescendant={active ? ids.cell(active.i, active.j) : undefined}
        shapeRendering="crispEdges"
        onFocus={cursor.onFocus}
        onBlur={cursor.onBlur}
        onKeyDown={cursor.onKeyDown}
        onMouseMove={(event) => {
          const cell = cellOfEvent(event);
          if (cell && !same(cell, cursor.hovered)) cursor.setHovered(cell);
        }}
        onMouseLeave={() => cursor.setHovered(null)}
        onClick={(event) => {
          const cell = cellOfEvent(event);
          if (!cell) return;
          cursor.setActive(cell);
          onPick(cell);
        }}
      >
        <HeatmapCells request={request} display={display} scales={scales} ids={ids} />
      </g>
      <ClampedHatching display={display} scales={scales} ids={ids} />
      {best && <OptimumRing cell={best} scales={scales} />}
      {active && <ActiveOutline cell={active} scales={scales} />}
      <PlotAxes
        scales={scales}
        xTitle="Ge fraction x"
        yTitle={`${axisLabel(request.grid.axis)} (${axisUnit(request.grid.axis)})`}
        yTitleOffset={44}
      />
    </ChartFrame>
  );
}
