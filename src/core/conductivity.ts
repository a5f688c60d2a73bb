import { arrheniusFactor } from './arrhenius';
import { bandGap } from './bandGap';
import { BOLTZMANN_EV_PER_K, REFERENCE_TEMPERATURE_K } from './constants';
import { FIXED, type ElectronicParams, type IonicParams } from './params';

/**
 * Electronic conductivity of the pristine alloy powder, S/cm: two parallel channels.
 * - Band conduction, σ_b0·exp(−β·Eg(x)/kT): band-gap narrowing with Ge; β > ½ because the
 *   Fermi level of the milled powder sits deeper than mid-gap (defect pinning).
 * - Hopping along Ge-rich paths, σ_net·((x − x_c)/(1 − x_c))^t above the percolation
 *   threshold x_c: explains the two-decade jump between Si15Ge and Si7Ge that the gap
 *   alone cannot.
 */
export function sigmaElectronic(xGe: number, temperatureK: number, p: ElectronicParams): number {
  const kT = BOLTZMANN_EV_PER_K * temperatureK;
  const band =
    10 ** p.log10BandPrefactor_S_per_cm * Math.exp((-p.bandActivationFraction * bandGap(xGe)) / kT);
  return band + networkChannel(xGe, temperatureK, p);
}

function networkChannel(xGe: number, temperatureK: number, p: ElectronicParams): number {
  const excess = (xGe - p.percolationThreshold) / (1 - p.percolationThreshold);
  if (excess <= 0) return 0;
  return (
    10 ** p.log10NetworkSigma_S_per_cm *
    excess ** FIXED.percolationExponent *
    arrheniusFactor(FIXED.hoppingActivation_eV, temperatureK)
  );
}

/**
 * Probability that none of the n host–host bonds along a Li⁺ pathway is a Ge–Ge bond,
 * (1 − x²)^n, in a random alloy. Such bonds narrow the channel.
 */
export function openPathwayFraction(xGe: number, pathwayBonds: number): number {
  return (1 - xGe * xGe) ** pathwayBonds;
}

/**
 * Lowering of the Li⁺ barrier (eV) by lattice expansion around isolated Ge, effective only
 * on open pathways: ΔE(x) = g·ln10·kT_ref·x·(1 − x²)^n.
 */
export function strainBarrierLowering(xGe: number, p: IonicParams): number {
  const perDecade = Math.LN10 * BOLTZMANN_EV_PER_K * REFERENCE_TEMPERATURE_K;
  return p.strainGain_decades * perDecade * xGe * openPathwayFraction(xGe, p.pathwayBonds);
}

/** Li⁺ migration barrier of the alloy, eV: lattice barrier interpolated, minus strain lowering. */
export function ionicBarrier(xGe: number, p: IonicParams): number {
  const lattice = (1 - xGe) * FIXED.ionicBarrierSi_eV + xGe * FIXED.ionicBarrierGe_eV;
  return lattice - strainBarrierLowering(xGe, p);
}

/**
 * Ionic conductivity of the pristine alloy, S/cm. At 298 K, log σi interpolates between
 * the Si and Ge lattices and gains the strain term; other temperatures follow Arrhenius
 * with the composition's own barrier.
 */
export function sigmaIonic(xGe: number, temperatureK: number, p: IonicParams): number {
  const perDecade = Math.LN10 * BOLTZMANN_EV_PER_K * REFERENCE_TEMPERATURE_K;
  const log10AtRef =
    (1 - xGe) * p.log10SigmaSi_S_per_cm +
    xGe * p.log10SigmaGe_S_per_cm +
    strainBarrierLowering(xGe, p) / perDecade;
  return 10 ** log10AtRef * arrheniusFactor(ionicBarrier(xGe, p), temperatureK);
}

/** Ambipolar conductivity σe·σi/(σe+σi): set by the poorer carrier. */
export function sigmaAmbipolar(sigmaE: number, sigmaI: number): number {
  return (sigmaE * sigmaI) / (sigmaE + sigmaI);
}
