import { FIGURES } from '../../core/designMap/figureSpecs';
import type { MapCell, MapRequest } from '../../core/designMap/request';
import { SECOND_AXES } from '../../core/designMap/grid';
import type { FigureData } from '../../export/figureData';

/**
 * The map's numbers for "Data (CSV)": the columns of `sige map --csv` (x-major), and whether
 * the cell simulated the nearest thickness instead of its loading. No value: an empty cell.
 */
export const mapData = (request: MapRequest, cells: readonly (MapCell | null)[]): FigureData => {
  const figure = FIGURES[request.figure.id];
  const axis = SECOND_AXES[request.grid.axis];
  return {
    id: `sige-design-map-${figure.id}`,
    title: `Design map of ${figure.column}: ${figure.label}`,
    settings: { inputs: request.inputs, choices: request.choices },
    spansComposition: true,
    tags: figure.id === 'capacity' ? [`${request.figure.cRate}C`] : [],
    rows: () =>
      cells
        .filter((c): c is MapCell => c !== null)
        .map((c) => ({
          xGe: c.xGe,
          [axis.column]: c.axisValue,
          [figure.column]: c.value ?? '',
          clamped: c.clamped ? 1 : 0,
        })),
  };
};
