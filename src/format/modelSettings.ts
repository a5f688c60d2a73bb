import type { ElectrodeSize, TransportScales } from '../core';
import { formatFixed, formatInputValue } from './number';

export const thicknessText = (um: number) => `${formatFixed(um, 1)} µm`;
export const loadingText = (mgPerCm2: number) => `${formatFixed(mgPerCm2, 2)} mg/cm²`;

/** "5.0 µm · 1.03 mg/cm²": the layer by both of its names, whichever one is held. */
export const electrodeText = (size: Pick<ElectrodeSize, 'thicknessUm' | 'loadingMgCm2'>) =>
  `${thicknessText(size.thicknessUm)} · ${loadingText(size.loadingMgCm2)}`;

/**
 * "what-if: σe ×10, σi ×0.1", or null for the calibrated model: wherever a what-if
 * multiplier changes what is drawn, so that nobody takes it for the calibrated model.
 */
export function whatIfText(scales: TransportScales): string | null {
  const parts = [
    ['σe', scales.electronicScale],
    ['σi', scales.ionicScale],
  ] as const;
  const changed = parts.filter(([, factor]) => factor !== 1);
  if (changed.length === 0) return null;
  return `what-if: ${changed.map(([name, factor]) => `${name} ×${formatInputValue(factor)}`).join(', ')}`;
}
