import { params } from './calibration.json';

/**
 * The fitted parameters of the conductivity and diffusion model, every one named,
 * with its unit in the name. Values come from `npm run calibrate`, which writes
 * calibration.json; docs/model.md gives each one's meaning and physical range.
 */
export interface ElectronicParams {
  /** log10 of the band-conduction prefactor σ_b0 (S/cm). */
  readonly log10BandPrefactor_S_per_cm: number;
  /** Effective activation energy of band conduction as a fraction β of the gap. */
  readonly bandActivationFraction: number;
  /** log10 of the conductivity σ_net (S/cm) of a fully connected Ge–Ge hopping network. */
  readonly log10NetworkSigma_S_per_cm: number;
  /** Ge fraction x_c at which Ge-rich hopping paths first span the particle. */
  readonly percolationThreshold: number;
}

export interface IonicParams {
  /** log10 σi (S/cm) of the unstrained Si lattice, 298 K. */
  readonly log10SigmaSi_S_per_cm: number;
  /** log10 σi (S/cm) of the Ge lattice, 298 K. */
  readonly log10SigmaGe_S_per_cm: number;
  /** Strain-lowered barrier as a conductivity gain, decades per unit x (dilute limit). */
  readonly strainGain_decades: number;
  /** Host–host bonds along one Li⁺ pathway; any Ge–Ge bond among them narrows it. */
  readonly pathwayBonds: number;
}

export interface DiffusionParams {
  /** log10 of the average GITT diffusivity of Li in lithiating Si (cm²/s), 298 K. */
  readonly log10DiffusivitySi_cm2_per_s: number;
  /** Fraction φ of the pristine ionic-barrier change that survives in the lithiated phase. */
  readonly barrierTransferFraction: number;
}

/** Fitted parameters of the electrode kinetics (docs/model.md §8). */
export interface KineticParams {
  /**
   * Decades the layer's electronic conductivity gains from the pristine to the fully
   * lithiated alloy (a multiple of the composition's own σe, most of it in the first per
   * cent of Li: Li is a donor in Si and Ge).
   */
  readonly electronicLithiationGain_decades: number;
  /** The same for the layer's ionic conductivity σi. */
  readonly ionicLithiationGain_decades: number;
  /**
   * log₁₀ D at θ = 0 relative to θ = 0.1, decades: positive if D falls over the first tenth
   * of a lithiation (as the study's GITT saw), negative if a Li-poor alloy holds its Li.
   */
  readonly diffusivityDiluteEnd_decades: number;
  /** Decades D rises from θ = 0.1 to the fully lithiated alloy. */
  readonly diffusivityLithiationGain_decades: number;
  /**
   * Volume fraction of a pure-Si particle whose crystalline core the first lithiation never
   * converts (the reaction front stalls, as in-situ TEM shows for c-Si particles).
   */
  readonly siliconCoreFraction: number;
  /**
   * Exponent p of the core's fall with the pristine alloy's ambipolar conductivity:
   * f(x) = f_Si·(σ_amb(Si)/σ_amb(x))^p (docs/model.md §8).
   */
  readonly coreTransportExponent: number;
  /**
   * log10 of the film charge, C per cm² of particle surface, that the low-potential side
   * reaction (electrolyte reduction with Li) forms in one hour at 0 V vs Li/Li⁺, 298 K.
   */
  readonly log10SideFilm1h_C_per_cm2: number;
}

export interface ModelParams {
  readonly electronic: ElectronicParams;
  readonly ionic: IonicParams;
  readonly diffusion: DiffusionParams;
  readonly kinetics: KineticParams;
}

/**
 * Fixed inputs that are not fitted: literature values or stated assumptions,
 * each sourced in docs/model.md.
 */
export const FIXED = {
  /** Universal 3-D percolation conductivity exponent t (Stauffer & Aharony). */
  percolationExponent: 2.0,
  /** Activation energy of hopping along Ge-rich paths, eV (assumption). */
  hoppingActivation_eV: 0.1,
  /** Li⁺ migration barrier in crystalline Si, eV (DFT, physics notes). */
  ionicBarrierSi_eV: 0.6,
  /** Li migration barrier in Ge, eV (Fuller & Severiens 1954). */
  ionicBarrierGe_eV: 0.51,
  /** Li diffusion barrier in lithiated Li–Si phases, eV (DFT 0.30–0.37, midpoint). */
  diffusionBarrierLithiated_eV: 0.33,
} as const;

export const CALIBRATED_PARAMS: ModelParams = params;
