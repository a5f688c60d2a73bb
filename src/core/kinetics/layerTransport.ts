import type { CellDescription } from './cell';

/**
 * How the layer's transport changes with lithiation (docs/model.md §8). Both carriers and the
 * particles' Li diffusivity keep the pristine composition's ordering: a lithiated alloy
 * multiplies its own σe and σi by a composition-independent gain, so an electron-poor
 * composition stays electron-poor through a cycle and pays for it in rate (the study's
 * balance thesis, here an assumption the fit tests).
 */

/**
 * Lithiation at which a transport gain has reached half its decades (assumption). Li is a
 * shallow donor in Si and Ge (Pell, Phys. Rev. 119, 1222, 1960): the first per cent of Li
 * raises the conductivity most, so the gain saturates early rather than growing linearly.
 */
export const GAIN_HALF_THETA = 0.05;

/** Share of a gain reached at lithiation θ: 0 at θ = 0, ½ at GAIN_HALF_THETA, 1 at θ = 1. */
export function gainShare(theta: number): number {
  const t = Math.min(1, Math.max(0, theta));
  return (t * (1 + GAIN_HALF_THETA)) / (t + GAIN_HALF_THETA);
}

const LN10 = Math.LN10;

/** Effective electronic conductivity of a layer whose particle skins sit at lithiation θ. */
export function localSigmaE(cell: CellDescription, theta: number): number {
  return cell.sigmaE0_S_per_cm * Math.exp(LN10 * cell.electronicGain_decades * gainShare(theta));
}

/** Effective ionic conductivity of a layer at mean lithiation θ. */
export function localSigmaI(cell: CellDescription, theta: number): number {
  return cell.sigmaI0_S_per_cm * Math.exp(LN10 * cell.ionicGain_decades * gainShare(theta));
}

/** Li diffusivity in the alloy at lithiation θ (clamped to 0…1). */
export function localDiffusivity(cell: CellDescription, theta: number): number {
  return cell.diffusivityLaw.at(Math.min(1, Math.max(0, theta)));
}
