import { format } from 'd3-format';
import { shortCitation } from '../../format/citation';
import { formulaOf } from '../../format/formula';
import {
  formatFixed,
  formatInputValue,
  formatScientific,
  formatSignificant,
} from '../../format/number';
import type { FitFigure, FitKind, FitTally } from './fitFigures';

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

/** "Si₇Ge (x = 0.125)", or the formula alone when the reference data lack its x. */
export const compositionText = (f: FitFigure): string =>
  f.xGe === null
    ? formulaOf(f.compositionId)
    : `${formulaOf(f.compositionId)} (x = ${formatInputValue(f.xGe)})`;

/**
 * A value without its unit, one precision per family so that a column reads evenly:
 * three significant digits for σ and D (trailing zeros kept), whole mAh/g, 0.1 pt.
 */
function numberText(f: FitFigure, value: number): string {
  if (f.family === 'transport') return formatScientific(value, 3, false);
  if (f.family === 'capacity') return formatFixed(value, 0);
  return formatFixed(value, 1);
}

/** A value in its unit, with the precision the measurement was given to. */
export const valueText = (f: FitFigure, value: number): string =>
  `${numberText(f, value)} ${f.unit}`;

// d3's signed formats print a true minus sign (U+2212), as a printed table does.
const signed1 = format('+,.1f');
// Two significant digits: a 0.0002-decade residual reads as such, not as "+0.000".
const signedDecades = format('+.2~r');
const signedFixed = (value: number, decimals: number) => format(`+.${decimals}f`)(value);

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
/**
 * Residual over target, to two decimals unless that would hide the verdict: a miss at
 * 1.004 reads "+1.004", never "+1.00 misses".
 */
export function scoreText(f: FitFigure): string {
  const within = Math.abs(f.score) <= 1;
  for (const decimals of [2, 3, 4]) {
    const text = signedFixed(f.score, decimals);
    if (Math.abs(Number(text.replace('−', '-'))) <= 1 === within) return text;
  }
  return signedFixed(f.score, 6);
}

export type Verdict = 'within' | 'misses' | 'mechanism absent' | 'trend';

/** A fitted figure is within or misses; the others say why they were not judged. */
export const verdictText = (f: FitFigure): Verdict =>
  f.status !== 'fitted' ? f.status : f.within ? 'within' : 'misses';

/** What a verdict other than within/misses means for the count. */
export const VERDICT_NOTE: Readonly<Record<Verdict, string>> = {
  within: '',
  misses: '',
  'mechanism absent': 'not fitted: the model has no mechanism for it; counted as a miss',
  trend: 'not numerically converged: left out of the fit, read as a trend only',
};

const verdictWords = (f: FitFigure): string => {
  const verdict = verdictText(f);
  return VERDICT_NOTE[verdict] ? `${verdict} (${VERDICT_NOTE[verdict]})` : verdict;
};

/** "misses (4.54 × target)"; "mechanism absent (…), 0.97 × target". */
export const verdictLine = (f: FitFigure): string =>
  f.status === 'fitted'
    ? `${verdictText(f)} (${formatFixed(Math.abs(f.score), 2)} × target)`
    : `${verdictWords(f)}, ${formatFixed(Math.abs(f.score), 2)} × target`;

/** "4.54 × its ±5 % target: misses". */
export const againstTargetText = (f: FitFigure): string =>
  `${formatFixed(Math.abs(f.score), 2)} × its ${targetText(f)} target: ${verdictWords(f)}`;

/** "2,512…2,510 mAh/g": the model at the two ends of a setting, in the figure's unit. */
export function rangeText(f: FitFigure, range: readonly [number, number] | null): string | null {
  if (!range) return null;
  return `${numberText(f, range[0])}…${numberText(f, range[1])} ${f.unit}`;
}

/** The unstated settings of the study's counter electrode, as the calibration spans them. */
export const LI_IN_SPANS = {
  potential: { label: 'Li–In 0.60–0.64 V', fitted: '0.62 V' },
  resistance: { label: 'Li–In 0–10 Ω·cm²', fitted: '1 Ω·cm²' },
} as const;

/** "; Li–In 0.60–0.64 V: 2,512…2,510 mAh/g; …", or nothing where the file stores no span. */
function spansText(f: FitFigure): string {
  const parts = [
    [LI_IN_SPANS.potential.label, rangeText(f, f.liInPotentialRange)],
    [LI_IN_SPANS.resistance.label, rangeText(f, f.liInResistanceRange)],
  ].filter(([, text]) => text !== null);
  return parts.map(([label, text]) => `; model with ${label}: ${text}`).join('');
}

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
  `${againstTargetText(f)}${f.reason ? `: ${f.reason}` : ''}${spansText(f)}; ` +
  `source ${shortSource(f)}`;

/**
 * " (2 without a mechanism in the model, counted as misses)": what a tally's "within"
 * leaves unsaid; empty when every figure was fitted.
 */
export function exceptionsText({ absent, trend }: FitTally): string {
  const parts: string[] = [];
  if (absent > 0) {
    parts.push(
      `${absent} without a mechanism in the model, counted as ${absent === 1 ? 'a miss' : 'misses'}`,
    );
  }
  if (trend > 0)
    parts.push(`${trend} ${trend === 1 ? 'trend' : 'trends'} only, not counted within`);
  return parts.length > 0 ? ` (${parts.join('; ')})` : '';
}
