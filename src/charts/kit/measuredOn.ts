import { symbol, symbolSquare, type SymbolType } from 'd3-shape';
import { shortCitation, type Cited } from '../../format/citation';
import { compositionInSentence, compositionText } from '../../format/formula';

/** A published value measured on one composition of the study. */
export interface CompositionMeasurement extends Cited {
  readonly compositionId: string;
  readonly xGe: number;
}

/** How a measured mark's announcement ends: what it was measured on, and where it was published. */
export const measuredOn = (m: CompositionMeasurement): string =>
  `${compositionInSentence(m.compositionId, m.xGe)}; source ${shortCitation(m)}`;

/** The tooltip row that names the composition. */
export const compositionRow = (m: CompositionMeasurement) =>
  ['Composition', compositionText(m.compositionId, m.xGe)] as const;

/** The marks' handle for tests: which composition each was measured on. */
export const compositionData = (m: CompositionMeasurement) => ({
  'data-composition': m.compositionId,
});

/** Okabe–Ito vermillion: apart from the models' blue for every common colour-vision deficiency. */
export const MEASURED_COLOR = '#D55E00';

/** Marker area in px²: large enough to hit with a finger, small enough not to hide a curve. */
const MEASURED_SYMBOL_AREA = 80;

/** A measured mark's path, centred on (0, 0), at the size every figure (and its legend) draws. */
export const measuredSymbol = (type: SymbolType): string =>
  symbol(type, MEASURED_SYMBOL_AREA)() ?? '';

/** The study's points across compositions: vermillion squares, each tagged with its composition. */
export const MEASURED_SQUARES = {
  symbol: measuredSymbol(symbolSquare),
  fill: MEASURED_COLOR,
  data: compositionData,
};
