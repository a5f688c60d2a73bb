import type { DiffusivityCurves } from '../../core/kinetics/diffusivityCurves';
import { formulaOf } from '../../format/formula';
import {
  formatFixed,
  formatInputValue,
  formatPublished,
  formatScientific,
} from '../../format/number';
import { LARGEST_DATA_GAP, MEASUREMENT_TEMPERATURE_C } from '../conductivity/measuredPoints';
import { compareWithObserved } from './lithiationShape';
import { GITT_SOURCE_KEY, MEASURED_DIFFUSIVITY, OBSERVED_SENTENCE } from './measuredDiffusivity';

const cm2s = (d: number) => `${formatScientific(d)} cm²/s`;

const measuredList = MEASURED_DIFFUSIVITY.map(
  (m) => `${formulaOf(m.compositionId)} ${formatPublished(m.value)} cm²/s`,
).join(' and ');

/** The composition panel in words, for screen readers and anyone who cannot see it. */
export function describeComposition(
  curve: DiffusivityCurves['composition'],
  temperatureC: number,
): string {
  const first = curve[0];
  const last = curve.at(-1);
  if (!first || !last) return 'No model curve yet.';
  const peak = curve.reduce((best, p) => (p.D_cm2_per_s > best.D_cm2_per_s ? p : best), first);
  return (
    `Model at ${formatInputValue(temperatureC)} °C: the Li diffusivity averaged over a ` +
    `lithiation is ${cm2s(first.D_cm2_per_s)} at x = 0, highest (${cm2s(peak.D_cm2_per_s)}) ` +
    `near x = ${formatInputValue(peak.xGe)}, and ${cm2s(last.D_cm2_per_s)} at x = 1. ` +
    `Squares: the GITT averages measured at ${MEASUREMENT_TEMPERATURE_C} °C, ${measuredList} ` +
    `(${GITT_SOURCE_KEY}). No measurements between x = ${formatInputValue(LARGEST_DATA_GAP.from)} ` +
    `and ${formatInputValue(LARGEST_DATA_GAP.to)}.`
  );
}

/** The lithiation panel in words, ending with whether it matches what the study saw. */
export function describeLithiation(curve: DiffusivityCurves['lithiation'], xGe: number): string {
  const plottable = curve.filter((p) => Number.isFinite(p.D_cm2_per_s) && p.D_cm2_per_s > 0);
  const first = plottable[0];
  const last = plottable.at(-1);
  const comparison = compareWithObserved(curve, xGe);
  if (!first || !last || !comparison) return 'No model curve yet.';
  return (
    `Model at x = ${formatInputValue(xGe)}: D is ${cm2s(first.D_cm2_per_s)} at the start of ` +
    `lithiation (θ = ${formatInputValue(first.theta)}) and ${cm2s(last.D_cm2_per_s)} when ` +
    `fully lithiated (θ = ${formatInputValue(last.theta)}), ` +
    `${formatFixed(Math.log10(last.D_cm2_per_s / first.D_cm2_per_s), 1)} decades apart. ` +
    `${comparison.sentence} Observed: ${OBSERVED_SENTENCE}`
  );
}
