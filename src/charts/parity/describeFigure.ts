import { format } from 'd3';
import { shortCitation } from '../../format/citation';
import {
  formatFixed,
  formatInputValue,
  formatScientific,
  formatSignificant,
} from '../../format/number';
import type { FitFigure, FitKind } from './fitFigures';

const LABELS: Partial<Record<FitKind, string>> = {
  sigmaElectronic: 'Electronic conductivity σe',
  sigmaIonic: 'Ionic conductivity σi',
  diffusivity: 'Li diffusivity D (GITT)',
  ICE: 'ICE (first-cycle efficiency)',
  'QA-Li': 'QA-Li (quasi-reversible Li)',
  'I-Li': 'I-Li (inactive Li)',
};

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "Ionic conductivity σi", "Capacity at 0.5 C", "3 C retention". */
export const quantityLabel = (f: FitFigure): string => LABELS[f.kind] ?? capitalised(f.quantity);

/** "Si7Ge (x = 0.125)", or the id alone when the reference data lack its x. */
export const compositionText = (f: FitFigure): string =>
  f.xGe === null ? f.compositionId : `${f.compositionId} (x = ${formatInputValue(f.xGe)})`;

/** A value in its unit, with the precision the measurement was given to. */
export function valueText(f: FitFigure, value: number): string {
  if (f.family === 'transport') return `${formatScientific(value, 3)} ${f.unit}`;
  if (f.family === 'capacity') return `${formatSignificant(value, 4)} ${f.unit}`;
  return `${formatFixed(value, 1)} ${f.unit}`;
}

// d3's signed formats print a true minus sign (U+2212), as a printed table does.
const signed1 = format('+,.1f');
// Two significant digits: a 0.0002-decade residual reads as such, not as "+0.000".
const signedDecades = format('+.2~r');
const signed2 = format('+.2f');

/** The residual in the fit's own unit, with the reading a researcher compares: ×, %. */
export function residualText(f: FitFigure): string {
  if (f.family === 'transport') {
    return `${signedDecades(f.residual)} decade (model ×${formatSignificant(10 ** f.residual, 3)})`;
  }
  if (f.family === 'capacity') {
    return `${signed1(f.residual)} ${f.unit} (${signed1((100 * f.residual) / f.measured)} %)`;
  }
  return `${signed1(f.residual)} pt`;
}

/** "±0.1 decade", "±5 %" (of the value), "±3 pt". */
export function targetText(f: FitFigure): string {
  const t = formatInputValue(f.tolerance);
  if (f.family === 'transport') return `±${t} decade`;
  if (f.family === 'capacity') return `±${t} %`;
  return `±${t} pt`;
}

/** The residual over its target, signed: "+4.54". */
export const scoreText = (f: FitFigure): string => signed2(f.score);

export const verdictText = (f: FitFigure): 'within' | 'misses' => (f.within ? 'within' : 'misses');

/** "misses (4.54 × target)". */
export const verdictLine = (f: FitFigure): string =>
  `${verdictText(f)} (${formatFixed(Math.abs(f.score), 2)} × target)`;

/** "4.54 × its ±5 % target: misses". */
export const againstTargetText = (f: FitFigure): string =>
  `${formatFixed(Math.abs(f.score), 2)} × its ${targetText(f)} target: ${verdictText(f)}`;

/** "LiXia2025, Fig. 2d-e; remarks" split into the key and the rest, as the citation helpers take it. */
export function citedOf(f: FitFigure): { sourceKey: string; sourceDetail: string } {
  const [key = f.source, ...rest] = f.source.split(',');
  return { sourceKey: key.trim(), sourceDetail: rest.join(',').trim() };
}

export const shortSource = (f: FitFigure): string => shortCitation(citedOf(f));

/** What a screen reader announces for a point: the whole row of the table, in words. */
export const describeFigure = (f: FitFigure): string =>
  `${quantityLabel(f)}, ${compositionText(f)}: measured ${valueText(f, f.measured)}, ` +
  `model ${valueText(f, f.model)}, residual ${residualText(f)}, ` +
  `${againstTargetText(f)}; source ${shortSource(f)}`;
