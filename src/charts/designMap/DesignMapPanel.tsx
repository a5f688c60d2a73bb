import { useMemo } from 'react';
import { SECOND_AXES, type GridIndex } from '../../core/designMap/grid';
import { INPUT_SPECS } from '../../core';
import { axisLabel, figureName } from '../../components/designMap/mapSetup';
import { setLiveViewTo } from '../../state/designMapView';
import { useAppStoreApi, useDeferredAppStore } from '../../state/hooks';
import type { Store } from '../../state/storeTypes';
import type { Proportions } from '../kit/frame';
import { FigurePanel } from '../kit/FigurePanel';
import { renderKey } from '../kit/renderKey';
import { DesignMapChart } from './DesignMapChart';
import { cellSentence, optimumSentence, placeText } from './describeMap';
import { mapData } from './mapData';
import { displayCellAt, mapDisplay } from './mapDisplay';
import { MapLegend } from './MapLegend';
import { useGridCursor } from './useGridCursor';

// Taller than the curves' figures on a phone: the map's key and axes take a fixed 120 px.
const PROPORTIONS: Proportions = { ratio: 0.62, min: 360, max: 520 };

const selectDesignMap = (s: Store) => s.designMap;

const THICKNESS = INPUT_SPECS.thicknessUm;

const ORIGIN: GridIndex = { i: 0, j: 0 };

/**
 * The design map as it arrives, with its best cell named below it and a polite line that
 * reads the cell under the pointer or the keyboard. A click (or Enter) on a cell makes it
 * the live view.
 */
export function DesignMapPanel() {
  const map = useDeferredAppStore(selectDesignMap);
  const store = useAppStoreApi();
  const { request, cells, status } = map;
  const display = useMemo(() => (request ? mapDisplay(request, cells) : null), [request, cells]);
  const pick = (g: GridIndex) => {
    const cell = display && displayCellAt(display, g);
    if (!request || !cell) return;
    setLiveViewTo(
      store,
      request,
      cell,
      (inputs) =>
        `Live view set to ${placeText(request, inputs.xGe, inputs[SECOND_AXES[request.grid.axis].input])}.`,
    );
  };
  const cursor = useGridCursor(
    display?.nx ?? 0,
    display?.ny ?? 0,
    () => display?.best ?? ORIGIN,
    pick,
  );
  const reading = display && displayCellAt(display, cursor.reading);
  const complete = status === 'ready';

  return (
    <FigurePanel
      headingId="design-map-figure-heading"
      heading={
        request
          ? `${figureName(request.figure)} over Ge fraction x and ${axisLabel(request.grid.axis).toLowerCase()}`
          : 'The map'
      }
      busy={status === 'computing'}
      // The map shows its own progress, cell by cell: dimming would hide it.
      dimWhileBusy={false}
      proportions={PROPORTIONS}
      placeholder={request ? null : 'No map yet: choose a figure and press “Compute map”.'}
      data={request && complete ? mapData(request, cells) : null}
      legend={display && <MapLegend display={display} />}
      caption={
        <>
          {request && display && (
            <p className="map-optimum" data-testid="map-optimum" data-complete={complete}>
              {display.best
                ? optimumSentence(request, display.best, complete)
                : 'No cell has a value yet.'}
            </p>
          )}
          {request && (
            <p className="map-reading" aria-live="polite" data-testid="map-reading">
              {reading
                ? cellSentence(request, reading)
                : 'Point at a cell, or Tab to the map and use the arrow keys, to read its value; click or press Enter to set the live view there.'}
            </p>
          )}
          <p>
            Each cell is the electrode model at that x and{' '}
            {request ? axisLabel(request.grid.axis).toLowerCase() : 'second-axis value'}, every
            other setting as it was when the map started. Cells arrive coarse to fine: until a cell
            is computed, the nearest coarser one colours its block; grey is not computed yet. A
            dotted cell has no value (it cannot be lithiated, e.g. pure Si above about 1.4 mg/cm²);
            a hatched one asks for a loading that needs a layer outside {THICKNESS.min}–
            {THICKNESS.max} µm, so the nearest thickness is simulated. The ring marks the best cell
            (ties go to the lower x, then the lower second-axis value).
          </p>
        </>
      }
    >
      {(size) =>
        request &&
        display && (
          <DesignMapChart
            request={request}
            display={display}
            status={status}
            cursor={cursor}
            onPick={pick}
            renderedKey={renderKey(`${map.run}|${display.computed}|${status}`)}
            {...size}
          />
        )
      }
    </FigurePanel>
  );
}
