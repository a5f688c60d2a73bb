import {
  DEFAULT_CAPACITY_RATE,
  FIGURES,
  type FigureId,
  type MapFigure,
} from '../../core/designMap/figureSpecs';
import { cellInputsOf, type MapRequest } from '../../core/designMap/request';
import { SECOND_AXES, type SecondAxisId } from '../../core/designMap/grid';
import { INPUT_SPECS, type ModelChoices, type ModelInputs } from '../../core';
import { cellSettingsOf } from '../../core/kinetics/cellSettings';
import { cathodeName } from '../../charts/fullCell/cathodeName';
import { loadingText, thicknessText, whatIfText } from '../../format/modelSettings';
import { formatInputValue } from '../../format/number';

/** The grids the page offers: the default, and a coarse one for a first look. */
export const MAP_SIZES = {
  fine: { nx: 41, ny: 21, label: '41 × 21 (861 cells)' },
  coarse: { nx: 11, ny: 6, label: '11 × 6 (66 cells, a quick look)' },
} as const;
export type MapSizeId = keyof typeof MAP_SIZES;
export const MAP_SIZE_IDS = Object.keys(MAP_SIZES) as MapSizeId[];

/**
 * The span of each second axis on the page (the CLI takes any): the loading of the CLI's
 * example, and thickness and radius from thin to about eight times the default.
 */
export const AXIS_SPANS: Readonly<Record<SecondAxisId, { from: number; to: number }>> = {
  loading: { from: 0.5, to: 4 },
  thickness: { from: 2, to: 42 },
  radius: { from: 0.1, to: 4.1 },
};

/** The C-rates the capacity figure offers: the span of the study's rate tests. */
export const CAPACITY_RATES = [0.1, 0.2, 0.5, 1, 2, 3, 5, 10] as const;

/** Short names of the figures, for the controls, the colour key and the sentences. */
const FIGURE_NAMES: Readonly<Record<FigureId, string>> = {
  retention3C: '3 C retention',
  capacity: 'Capacity',
  ice: 'First-cycle efficiency',
  specificEnergy: 'Full-cell energy per kg',
  arealEnergy: 'Full-cell energy per cm²',
};

/** Only these need the full cell, and hence the cathode and N/P. */
const FULL_CELL_FIGURES: readonly FigureId[] = ['specificEnergy', 'arealEnergy'];

/** What the controls choose; everything else is the page's settings when the map starts. */
export interface MapSetup {
  readonly figure: FigureId;
  /** The rate of the capacity figure. */
  readonly cRate: number;
  readonly axis: SecondAxisId;
  readonly size: MapSizeId;
}

export const DEFAULT_SETUP: MapSetup = {
  figure: 'retention3C',
  cRate: DEFAULT_CAPACITY_RATE,
  axis: 'loading',
  size: 'fine',
};

/** "Capacity at 2 C", "3 C retention". */
export const figureName = ({ id, cRate }: MapFigure): string =>
  id === 'capacity' ? `${FIGURE_NAMES.capacity} at ${formatInputValue(cRate)} C` : FIGURE_NAMES[id];

/** The name with its unit, for the colour key: "3 C retention (%)". */
export const figureTitle = (figure: MapFigure): string =>
  `${figureName(figure)} (${FIGURES[figure.id].unit})`;

/** "Areal loading", with its unit: the second axis's title. */
export const axisLabel = (axis: SecondAxisId): string => INPUT_SPECS[SECOND_AXES[axis].input].label;
export const axisUnit = (axis: SecondAxisId): string => SECOND_AXES[axis].unit;

/** The map the controls ask for, with the page's inputs and choices of this moment. */
export function mapRequestOf(
  setup: MapSetup,
  inputs: ModelInputs,
  choices: ModelChoices,
): MapRequest {
  const { nx, ny } = MAP_SIZES[setup.size];
  return {
    grid: {
      x: { from: 0, to: 1, count: nx },
      axis: setup.axis,
      second: { ...AXIS_SPANS[setup.axis], count: ny },
    },
    figure: { id: setup.figure, cRate: setup.cRate },
    inputs,
    choices,
  };
}

/**
 * What a map's numbers depend on besides its axes: the simulated cell (as the kinetics
 * see it, with x and the axis input fixed), and the full cell for the energies. Settings
 * the figure never reads (profile rates, the snapshot, x itself) are not part of it.
 */
export function mapSettingsKey(request: MapRequest): string {
  const { inputs, choices } = cellInputsOf(request, 0, request.grid.second.from);
  const fullCell = FULL_CELL_FIGURES.includes(request.figure.id)
    ? [
        choices.cathode,
        inputs.npRatio,
        inputs.cathodeCapacity,
        inputs.cathodeEfficiency,
        inputs.cathodeVoltage,
      ]
    : null;
  return JSON.stringify({ cell: cellSettingsOf(inputs, choices), fullCell });
}

/** Whether the page's settings now would give another map than `request`. */
export const settingsChangedSince = (
  request: MapRequest,
  inputs: ModelInputs,
  choices: ModelChoices,
): boolean => mapSettingsKey(request) !== mapSettingsKey({ ...request, inputs, choices });

/** Whether the figure is one of the full cell's. */
export const isFullCellFigure = (id: FigureId): boolean => FULL_CELL_FIGURES.includes(id);

/**
 * The settings a map was computed with, in words: "25 °C, particle radius 0.5 µm, porosity
 * 0.2, separator Li6PS5Cl" (the axes' own inputs left out; the cathode only for energies).
 */
export function describeMapSettings(request: MapRequest): string {
  const { inputs, choices } = request;
  const { axis } = request.grid;
  const parts = [`${formatInputValue(inputs.temperatureC)} °C`];
  if (axis !== 'radius') {
    parts.push(`particle radius ${formatInputValue(inputs.particleRadiusUm)} µm`);
  } else if (choices.electrodeBasis === 'loading') {
    parts.push(`loading ${loadingText(inputs.loadingMgCm2)}`);
  } else {
    parts.push(`thickness ${thicknessText(inputs.thicknessUm)}`);
  }
  parts.push(`porosity ${formatInputValue(inputs.porosity)}`, `separator ${choices.separator}`);
  const whatIf = whatIfText(inputs);
  if (whatIf) parts.push(whatIf);
  if (isFullCellFigure(request.figure.id)) {
    parts.push(
      `${cathodeName(choices.cathode)} cathode`,
      `N/P ${formatInputValue(inputs.npRatio)}`,
    );
  }
  return parts.join(', ');
}
