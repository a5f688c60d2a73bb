import {
  symbol,
  symbolCircle,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  type SymbolType,
} from 'd3-shape';
import type { FitFigure, FitKind } from './fitFigures';

/** Okabe–Ito blue: a figure within its target, filled. */
export const WITHIN_COLOR = '#0072B2';
/**
 * A figure that misses its target is hollow with a vermillion outline (styled by
 * data-within in CSS): told apart by fill, not by colour alone.
 */
export const MISS_FILL = '#fff';
/** Legend swatches for the shapes alone, before within/misses is decided. */
export const NEUTRAL_FILL = '#8c959f';
/** A trend-only figure: a grey tone with a dashed rim (CSS), neither blue nor hollow. */
export const TREND_FILL = '#d0d7de';

const SHAPES: Record<FitKind, SymbolType> = {
  sigmaElectronic: symbolCircle,
  sigmaIonic: symbolSquare,
  diffusivity: symbolTriangle,
  'rate capacity': symbolCircle,
  'first delithiation': symbolDiamond,
  retention: symbolTriangle,
  ICE: symbolCircle,
  'QA-Li': symbolSquare,
  'I-Li': symbolDiamond,
  other: symbolStar,
};

const AREA = 80;
const PATHS = new Map<FitKind, string>();

/** The symbol of one kind of figure, centred on (0, 0). */
export function symbolPath(kind: FitKind): string {
  let d = PATHS.get(kind);
  if (d === undefined) {
    d = symbol(SHAPES[kind], AREA)() ?? '';
    PATHS.set(kind, d);
  }
  return d;
}

/** The circle the legend uses to show fill alone (within / misses), whatever the shape. */
export const KEY_PATH = symbol(symbolCircle, AREA)() ?? '';

export const fillOf = (within: boolean): string => (within ? WITHIN_COLOR : MISS_FILL);

/** A stroke through the symbol: "no mechanism in the model", legible without colour. */
const SLASH = 'M-7,7L7,-7';

export const withSlash = (d: string): string => `${d}${SLASH}`;

/** How a point is drawn: its kind's shape; filled, hollow, slashed or grey by its verdict. */
export function pointMark(f: Pick<FitFigure, 'kind' | 'status' | 'within'>): {
  d: string;
  fill: string;
} {
  const d = symbolPath(f.kind);
  if (f.status === 'mechanism absent') return { d: withSlash(d), fill: MISS_FILL };
  if (f.status === 'trend') return { d, fill: TREND_FILL };
  return { d, fill: fillOf(f.within) };
}
