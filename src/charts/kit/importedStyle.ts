import { symbol, symbolCross, symbolSquare, symbolTriangle, symbolWye } from 'd3-shape';

/**
 * How imported cell data are drawn: solid, with a symbol of its own spread along each curve
 * as measured points are, so that they read as data beside the model's plain curves and
 * differ from one another in greyscale too. Colours (Paul Tol's) that neither the model
 * (Okabe–Ito blue), the study's points (vermillion), the pins (reddish purple, olive, black,
 * bluish green, all dashed) nor the profiles' inferno rates use, each at least 4.5:1 on
 * white; green and brown first, as the farthest from inferno's dark purples.
 */
export interface ImportedStyle {
  readonly color: string;
  /** A symbol centred on 0, 0, for points. */
  readonly symbol: string;
}

const SYMBOL_SIZE = 64;

export const IMPORTED_STYLES: readonly ImportedStyle[] = [
  { color: '#228833', symbol: symbol(symbolSquare, SYMBOL_SIZE)() ?? '' },
  { color: '#8C510A', symbol: symbol(symbolTriangle, SYMBOL_SIZE)() ?? '' },
  { color: '#332288', symbol: symbol(symbolWye, SYMBOL_SIZE)() ?? '' },
  { color: '#882255', symbol: symbol(symbolCross, SYMBOL_SIZE)() ?? '' },
];

/** The style of a set's slot (a set keeps its slot while others come and go). */
export const importedStyle = (slot: number): ImportedStyle =>
  IMPORTED_STYLES[slot % IMPORTED_STYLES.length] ?? (IMPORTED_STYLES[0] as ImportedStyle);
