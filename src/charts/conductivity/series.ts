import { symbolCircle, symbolSquare } from 'd3-shape';
import type { ConductivityPoint } from '../../core';
import { measuredSymbol } from '../kit/measuredOn';

export type SeriesKey = 'electronic' | 'ionic' | 'ambipolar';

export interface SeriesStyle {
  readonly key: SeriesKey;
  /** Subscript of σ: σe, σi, σamb. */
  readonly subscript: string;
  readonly name: string;
  /** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
  readonly color: string;
  /** A darker shade for text, so labels reach 4.5:1 contrast on white. */
  readonly textColor: string;
  readonly strokeWidth: number;
  /** Dashes keep the curves apart in greyscale print too. */
  readonly dash?: string;
  readonly opacity: number;
}

export const SERIES: Readonly<Record<SeriesKey, SeriesStyle>> = {
  electronic: {
    key: 'electronic',
    subscript: 'e',
    name: 'electronic',
    color: '#0072B2',
    textColor: '#005A8C',
    strokeWidth: 2.25,
    opacity: 1,
  },
  ionic: {
    key: 'ionic',
    subscript: 'i',
    name: 'ionic',
    color: '#D55E00',
    textColor: '#A84300',
    strokeWidth: 2.25,
    dash: '7 4',
    opacity: 1,
  },
  // Drawn wide and translucent underneath: it hugs whichever of σe, σi is limiting.
  ambipolar: {
    key: 'ambipolar',
    subscript: 'amb',
    name: 'ambipolar',
    color: '#009E73',
    textColor: '#00694C',
    strokeWidth: 6,
    opacity: 0.5,
  },
};

/** Painting order: the wide ambipolar band first, so the thin curves stay visible. */
export const SERIES_PAINT_ORDER: readonly SeriesKey[] = ['ambipolar', 'electronic', 'ionic'];

/** Reading order, for labels and legends. */
export const SERIES_READING_ORDER: readonly SeriesKey[] = ['electronic', 'ionic', 'ambipolar'];

/** The two quantities that were measured. */
export type MeasuredSeriesKey = 'electronic' | 'ionic';

export const MEASURED_SERIES: readonly MeasuredSeriesKey[] = ['electronic', 'ionic'];

/** Measured points (and their legend): one shape per quantity, so colour is never the only cue. */
export const MEASURED_SYMBOL_PATH: Readonly<Record<MeasuredSeriesKey, string>> = {
  electronic: measuredSymbol(symbolCircle),
  ionic: measuredSymbol(symbolSquare),
};

export const getX = (d: ConductivityPoint) => d.xGe;

/** Positive and finite: the only values a log axis can place. */
export const isPlottable = (v: number) => Number.isFinite(v) && v > 0;
