import { arrheniusFactor } from '../arrhenius';
import { theoreticalCapacity } from '../composition';
import {
  BOLTZMANN_EV_PER_K,
  FARADAY_C_PER_MOL,
  GAS_CONSTANT_J_PER_MOL_K,
  LI_PER_HOST_LI15M4,
} from '../constants';
import { ionicBarrier, sigmaElectronic, sigmaIonic } from '../conductivity';
import { diffusivity } from '../diffusion';
import type { KineticParams, ModelParams } from '../params';
import { density, molarVolume } from '../structure';
import {
  SEPARATOR_ACTIVATION_EV,
  SEPARATOR_THICKNESS_CM,
  separatorById,
  DEFAULT_SEPARATOR_ID,
} from './separators';

/** Electrode settings the kinetics depend on (all user-settable). */
export interface CellSettings {
  readonly xGe: number;
  readonly temperatureK: number;
  readonly particleRadiusUm: number;
  readonly thicknessUm: number;
  /** Pore volume fraction of the additive-free layer. */
  readonly porosity: number;
  readonly separatorId: string;
  /**
   * What-if multipliers of the composition's electronic and ionic conductivity (default 1):
   * they scale σe and σi wherever they act in the layer, pristine and lithiated alike.
   */
  readonly electronicScale?: number;
  readonly ionicScale?: number;
}

/** Electronic conductivity of fully lithiated Li15M4, S/cm: metallic-like (assumption). */
export const LITHIATED_SIGMA_E_S_PER_CM = 1;
/**
 * Exchange current density at half lithiation, A per cm² of particle surface, 298 K
 * (assumption: fast). Fitted earlier, it ran to 10⁻¹·¹ A/cm², the top of its range, and
 * every value above ~10⁻² left the fit unchanged; charge transfer does not limit this
 * model, and the fitted place went to the Ge open-circuit shift.
 */
export const EXCHANGE_CURRENT_A_PER_CM2 = 0.1;
/** Activation energy of the charge-transfer reaction, eV (assumption). */
export const EXCHANGE_ACTIVATION_EV = 0.3;
/** Cathodic transfer coefficient of the side reaction (the usual symmetric 0.5). */
export const SIDE_ALPHA = 0.5;
/**
 * Film charge on a fresh surface, C/cm² (about one monolayer of Li2S; assumption). It only
 * keeps the parabolic law finite at the start: the first seconds grow past it.
 */
export const SIDE_FILM_INITIAL_C_PER_CM2 = 1e-6;

/** Everything the layer solver needs, derived once per simulation. */
export interface CellDescription {
  readonly settings: CellSettings;
  readonly capacity_mAh_per_g: number;
  readonly loading_g_per_cm2: number;
  /** Li concentration at θ = 1, mol per cm³ of alloy. */
  readonly cMax_mol_per_cm3: number;
  /** Particle surface per electrode volume, cm⁻¹. */
  readonly specificArea_per_cm: number;
  readonly thickness_cm: number;
  readonly radius_cm: number;
  readonly diffusivity_cm2_per_s: number;
  /** Pristine effective conductivities of the layer (Bruggeman-corrected), S/cm. */
  readonly sigmaE0_S_per_cm: number;
  readonly sigmaI0_S_per_cm: number;
  readonly sigmaELithiated_S_per_cm: number;
  readonly ionicGain_decades: number;
  readonly diffusivityGain_decades: number;
  readonly exchangeCurrent_A_per_cm2: number;
  /** Separator area resistance, Ω·cm². */
  readonly seriesResistance_ohm_cm2: number;
  /** Shift of the open-circuit curve above Li–Si's, V (Ge raises it). */
  readonly ocpShift_V: number;
  /** Volume fraction of each particle that stays unconverted and inert (crystalline core). */
  readonly coreFraction: number;
  /** F/RT, 1/V. */
  readonly f_per_V: number;
  /** Side reaction: rate constant k of dq/dt = k·exp(−α·f·E)/q, A·C/cm⁴. */
  readonly sideRate_A_C_per_cm4: number;
  /** α·F/RT of the side reaction, 1/V. */
  readonly sideAlpha_f: number;
  readonly seiInitial_C_per_cm2: number;
}

export function describeCell(s: CellSettings, params: ModelParams): CellDescription {
  const kinetic: KineticParams = params.kinetics;
  const T = s.temperatureK;
  const solid = 1 - s.porosity;
  const bruggeman = solid ** 1.5;
  const separator = separatorById(s.separatorId) ?? separatorById(DEFAULT_SEPARATOR_ID);
  const kappaSep =
    (separator?.conductivity_S_per_cm ?? 1e-2) * arrheniusFactor(SEPARATOR_ACTIVATION_EV, T);
  const thickness_cm = s.thicknessUm * 1e-4;
  const radius_cm = s.particleRadiusUm * 1e-4;
  const electronicScale = s.electronicScale ?? 1;
  const ionicScale = s.ionicScale ?? 1;
  return {
    settings: s,
    capacity_mAh_per_g: theoreticalCapacity(s.xGe),
    loading_g_per_cm2: density(s.xGe) * solid * thickness_cm,
    cMax_mol_per_cm3: LI_PER_HOST_LI15M4 / molarVolume(s.xGe),
    specificArea_per_cm: (3 * solid) / radius_cm,
    thickness_cm,
    radius_cm,
    diffusivity_cm2_per_s: diffusivity(s.xGe, T, params.diffusion, params.ionic),
    sigmaE0_S_per_cm: sigmaElectronic(s.xGe, T, params.electronic) * bruggeman * electronicScale,
    sigmaI0_S_per_cm: sigmaIonic(s.xGe, T, params.ionic) * bruggeman * ionicScale,
    sigmaELithiated_S_per_cm: LITHIATED_SIGMA_E_S_PER_CM * bruggeman * electronicScale,
    ionicGain_decades: kinetic.ionicLithiationGain_decades,
    diffusivityGain_decades: kinetic.diffusivityLithiationGain_decades,
    exchangeCurrent_A_per_cm2:
      EXCHANGE_CURRENT_A_PER_CM2 * arrheniusFactor(EXCHANGE_ACTIVATION_EV, T),
    seriesResistance_ohm_cm2: SEPARATOR_THICKNESS_CM / kappaSep,
    ocpShift_V: kinetic.geOpenCircuitShift_V * s.xGe,
    coreFraction: coreFraction(s.xGe, T, params),
    f_per_V: FARADAY_C_PER_MOL / (GAS_CONSTANT_J_PER_MOL_K * T),
    // q(1 h at E = 0) = √(2k·3600 s) for a film grown from (almost) nothing.
    sideRate_A_C_per_cm4:
      ((10 ** kinetic.log10SideFilm1h_C_per_cm2) ** 2 / (2 * 3600)) *
      arrheniusFactor(EXCHANGE_ACTIVATION_EV, T),
    sideAlpha_f: (SIDE_ALPHA * FARADAY_C_PER_MOL) / (GAS_CONSTANT_J_PER_MOL_K * T),
    seiInitial_C_per_cm2: SIDE_FILM_INITIAL_C_PER_CM2,
  };
}

/**
 * Unconverted crystalline core of a particle, volume fraction. The first lithiation turns
 * the crystal into amorphous Li–M behind a front that pure Si stalls (the compressive stress
 * of the lithiated shell builds faster than Li⁺ hops into the crystal). Assumption: the core
 * left scales inversely with the pristine lattice's Li⁺ hopping rate, so an alloy whose
 * barrier sits ΔE below Si's (§3: lattice plus strain lowering) keeps exp(−ΔE/kT) of Si's.
 */
export function coreFraction(xGe: number, temperatureK: number, params: ModelParams): number {
  const lowering = ionicBarrier(0, params.ionic) - ionicBarrier(xGe, params.ionic);
  const f = params.kinetics.siliconCoreFraction;
  return f * Math.exp(-lowering / (BOLTZMANN_EV_PER_K * temperatureK));
}

/** Current density (A/cm²) for a C-rate, 1 C being the theoretical capacity in one hour. */
export function currentForRate(cell: CellDescription, cRate: number): number {
  return cRate * cell.capacity_mAh_per_g * 1e-3 * cell.loading_g_per_cm2;
}

/** Local effective electronic conductivity at mean lithiation θ. */
export function localSigmaE(cell: CellDescription, theta: number): number {
  return cell.sigmaE0_S_per_cm + cell.sigmaELithiated_S_per_cm * theta * theta;
}

/** Local effective ionic conductivity at mean lithiation θ. */
export function localSigmaI(cell: CellDescription, theta: number): number {
  return cell.sigmaI0_S_per_cm * Math.exp(LN10 * cell.ionicGain_decades * theta);
}

/**
 * Li diffusivity in the alloy at lithiation θ: the GITT average (a mean over the
 * lithiation, so taken at θ = ½), rising log-linearly with θ.
 */
export function localDiffusivity(cell: CellDescription, theta: number): number {
  const t = Math.min(1, Math.max(0, theta));
  return cell.diffusivity_cm2_per_s * Math.exp(LN10 * cell.diffusivityGain_decades * (t - 0.5));
}

/**
 * Diffusivity of a finite-volume face between two nodes whose diffusivities are d1 and d2,
 * with spread = ln(d2/d1) = b·(θ₂ − θ₁) for D log-linear in θ: the mean of D over [θ₁, θ₂]
 * (the Kirchhoff transform), (d2 − d1)/spread, exact for a steady flux through a layer whose
 * D varies as it does here, and √(d1·d2) as the two meet. With D rising by decades the
 * arithmetic-midpoint value would choke a lithiated shell's flux into an empty core (and the
 * reverse), by orders of magnitude on a coarse grid. Node values in, so that each node's D
 * is computed once per step rather than once per face.
 */
export function faceDiffusivity(d1: number, d2: number, spread: number): number {
  return Math.abs(spread) < 1e-6 ? Math.sqrt(d1 * d2) : (d2 - d1) / spread;
}

const LN10 = Math.LN10;
