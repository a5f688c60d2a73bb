import { FIGURES } from '../../core/designMap/figureSpecs';
import type { MapRequest } from '../../core/designMap/request';
import { presetNameOf } from '../../core/designMap/best';
import { axisLabel, axisUnit, figureName } from '../../components/designMap/mapSetup';
import { INPUT_SPECS } from '../../core';
import { formulaOf } from '../../format/formula';
import { formatInputValue, formatSignificant } from '../../format/number';
import type { BestCell, DisplayCell, MapDisplay } from './mapDisplay';

const { min, max } = INPUT_SPECS.thicknessUm;
const CLAMPED_NOTE = `Its loading needs a layer outside ${min}–${max} µm: the nearest thickness is simulated.`;

/** "72.4 %", or "no value". */
export function valueText(request: MapRequest, value: number | null): string {
  if (value === null || !Number.isFinite(value)) return 'no value';
  return `${formatSignificant(value, 3)} ${FIGURES[request.figure.id].unit}`;
}

/** "x = 0.125 (Si₇Ge)". */
export function xText(xGe: number): string {
  const name = presetNameOf(xGe);
  return `x = ${formatInputValue(xGe)}${name ? ` (${formulaOf(name)})` : ''}`;
}

/** "1.2 mg/cm²". */
export const axisValueText = (request: MapRequest, value: number): string =>
  `${formatInputValue(value)} ${axisUnit(request.grid.axis)}`;

/** "x = 0.125 (Si₇Ge), areal loading 1.2 mg/cm²". */
export const placeText = (request: MapRequest, xGe: number, axisValue: number): string =>
  `${xText(xGe)}, ${axisLabel(request.grid.axis).toLowerCase()} ${axisValueText(request, axisValue)}`;

/** What one cell says when hovered or focused. */
export function cellSentence(request: MapRequest, cell: DisplayCell): string {
  const place = placeText(request, cell.xGe, cell.axisValue);
  const name = figureName(request.figure);
  switch (cell.state) {
    case 'pending':
      return `${place}: not computed yet.`;
    case 'provisional':
      return `${place}: not computed yet (drawn with its coarser neighbour's value until it is).`;
    case 'empty':
      return `${place}: no value (the cell cannot be lithiated, so ${name.toLowerCase()} is undefined).`;
    case 'value': {
      const clamped = cell.shown?.clamped ? ` ${CLAMPED_NOTE}` : '';
      return `${place}: ${name} ${valueText(request, cell.shown?.value ?? null)}.${clamped}`;
    }
  }
}

/** "Best: 3 C retention 72.4 % at x = 0.125 (Si₇Ge), areal loading 0.5 mg/cm²." */
export function optimumSentence(request: MapRequest, best: BestCell, complete: boolean): string {
  const lead = complete ? 'Best' : 'Best so far';
  return (
    `${lead}: ${figureName(request.figure)} ${valueText(request, best.value)} at ` +
    `${placeText(request, best.xGe, best.axisValue)}.`
  );
}

/** The figure in words, for screen readers (its <desc>). */
export function describeDisplay(request: MapRequest, display: MapDisplay): string {
  const total = display.nx * display.ny;
  const progress =
    display.computed < total
      ? `${display.computed} of ${total} cells computed so far.`
      : `All ${total} cells computed.`;
  const range = display.range
    ? ` Values from ${valueText(request, display.range[0])} to ${valueText(request, display.range[1])}.`
    : '';
  const best = display.best
    ? ` ${optimumSentence(request, display.best, display.computed === total)}`
    : '';
  return `${progress}${range}${best}`;
}
