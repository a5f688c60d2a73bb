import type { DiffusivityCurves } from '../core/kinetics/diffusivityCurves';
import { GITT_DIFFUSIVITY } from '../data/measurements';
import type { FigureData } from './figureData';

// What the diffusivity figure offers for download (see FigureData, figureData.ts); loaded
// with its charts (src/charts/diffusivity/diffusivityCharts.ts).

/**
 * Both diffusivity curves in one table, told apart by `curve`: across compositions (each
 * the average over a lithiation, so no lithiation fraction) and through one lithiation of
 * the composition xGe.
 */
export const diffusivityData = (
  composition: DiffusivityCurves['composition'],
  lithiation: DiffusivityCurves['lithiation'],
  xGe: number,
): FigureData => ({
  id: 'sige-li-diffusivity',
  title: 'Li diffusivity across compositions and through one lithiation',
  sources: GITT_DIFFUSIVITY,
  rows: () => [
    ...composition.map((p) => ({
      curve: 'acrossComposition',
      xGe: p.xGe,
      lithiationFraction: '',
      diffusivity_cm2_per_s: p.D_cm2_per_s,
    })),
    ...lithiation.map((p) => ({
      curve: 'acrossLithiation',
      xGe,
      lithiationFraction: p.theta,
      diffusivity_cm2_per_s: p.D_cm2_per_s,
    })),
  ],
});
