import { density } from './structure';

/**
 * Areal loading and thickness of an additive-free layer are two names for one quantity:
 * loading = ρ(x)·(1 − ε)·L. The study states its electrodes by loading (mg/cm²); the model
 * works in thickness. Either may be the one a user holds fixed while x changes.
 */

/** Alloy mass per electrode area, mg/cm², of a layer `thicknessUm` thick at porosity ε. */
export function loadingOf(xGe: number, porosity: number, thicknessUm: number): number {
  return density(xGe) * (1 - porosity) * thicknessUm * 1e-4 * 1e3;
}

/** Thickness, µm, of a layer holding `loadingMgPerCm2` of alloy at porosity ε. */
export function thicknessForLoading(
  xGe: number,
  porosity: number,
  loadingMgPerCm2: number,
): number {
  return (loadingMgPerCm2 * 1e-3) / (density(xGe) * (1 - porosity) * 1e-4);
}
