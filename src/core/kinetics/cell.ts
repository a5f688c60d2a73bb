import { arrheniusFactor } from '../arrhenius';
import { theoreticalCapacity } from '../composition';
import { FARADAY_C_PER_MOL, GAS_CONSTANT_J_PER_MOL_K, LI_PER_HOST_LI15M4 } from '../constants';
import { sigmaElectronic, sigmaIonic } from '../conductivity';
import { diffusivity } from '../diffusion';
import type { KineticParams, ModelParams } from '../params';
import { density, molarVolume } from '../structure';
import { DiffusivityLaw } from './diffusivityLaw';
import { LI_IN_POTENTIAL_V, voltageWindow } from './ocp';
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
  /**
   * Potential of the Li–In counter electrode vs Li/Li⁺, V (default 0.62, the In/InLi
   * two-phase value). The study's window is quoted vs Li–In, so this moves it on the Li scale.
   */
  readonly liInPotential_V?: number;
  /** Series resistance of the Li–In counter electrode, Ω·cm² (default LI_IN_RESISTANCE_OHM_CM2). */
  readonly liInResistance_ohm_cm2?: number;
}

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
/**
 * How deep the separator's electrolyte reaches into the pressed layer, in particle diameters
 * (assumption: the first layer of particles touches it, the rest touch only each other).
 */
export const SIDE_REACH_PARTICLE_DIAMETERS = 1;

/**
 * How far Ge's open-circuit curve sits above Si's, V (an alloy shifts by x times it). The
 * notes say Ge lithiates "slightly higher" (the study's full cells); the review gives both
 * 0.4 V on average (Zhang2025, Table 1). Assumption: 0.05 V, the smallest shift that shows.
 */
export const GE_OPEN_CIRCUIT_SHIFT_V = 0.05;

/**
 * Series resistance of the Li–In counter electrode and its contacts, Ω·cm² (assumption: the
 * soft Li–In alloy wets Li6PS5Cl well, so its interface adds little; stated range
 * LI_IN_RESISTANCE_RANGE, across which `npm run calibrate` reports every figure). The
 * separator pellet's own resistance is added to it.
 */
export const LI_IN_RESISTANCE_OHM_CM2 = 1;
export const LI_IN_RESISTANCE_RANGE = { low: 0, high: 10 } as const;

/**
 * Where D(θ) changes slope: the dilute end of the lithiation (assumption). Below it D follows
 * a fitted gain of its own, so the fit may make it fall toward this point (as the study's
 * GITT saw early in a lithiation) or rise (a Li-poor alloy that lets its Li go slowly).
 */
export const DILUTE_END_THETA = 0.1;

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
  /** Pristine effective conductivities of the layer (Bruggeman, what-if scales), S/cm. */
  readonly sigmaE0_S_per_cm: number;
  readonly sigmaI0_S_per_cm: number;
  /** Decades σe and σi gain from the pristine to the fully lithiated alloy. */
  readonly electronicGain_decades: number;
  readonly ionicGain_decades: number;
  /** D(θ), its Kirchhoff potential and inverse. */
  readonly diffusivityLaw: DiffusivityLaw;
  readonly exchangeCurrent_A_per_cm2: number;
  /** Separator pellet plus Li–In counter electrode, Ω·cm². */
  readonly seriesResistance_ohm_cm2: number;
  /** Shift of the open-circuit curve above Li–Si's, V (Ge raises it). */
  readonly ocpShift_V: number;
  /** Volume fraction of each particle that stays unconverted and inert (crystalline core). */
  readonly coreFraction: number;
  /** The study's −0.6…1.4 V vs Li–In window on the Li/Li⁺ scale, V. */
  readonly window: { readonly lower: number; readonly upper: number };
  /** F/RT, 1/V. */
  readonly f_per_V: number;
  /**
   * How deep from the separator face the electrolyte touches the alloy, cm: the layer holds
   * none of its own, so the side reaction runs only there.
   */
  readonly sideReach_cm: number;
  /** Side reaction: rate constant k of dq/dt = k·exp(−α·f·E)/q, A·C/cm⁴. */
  readonly sideRate_A_C_per_cm4: number;
  /** α·F/RT of the side reaction, 1/V. */
  readonly sideAlpha_f: number;
  readonly seiInitial_C_per_cm2: number;
  /** Li plating below the nucleation overpotential: only in a full cell (none in the half cell). */
  readonly plating?: PlatingLaw;
}

/** Butler–Volmer Li/Li⁺ plating with a nucleation onset (src/core/kinetics/plating.ts). */
export interface PlatingLaw {
  readonly exchange_A_per_cm2: number;
  /** How far below 0 V vs Li the local potential must go before Li nucleates, V. */
  readonly onset_V: number;
  /** α·F/RT of the plating reaction, 1/V. */
  readonly alpha_f: number;
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
  const scales = { electronic: s.electronicScale ?? 1, ionic: s.ionicScale ?? 1 };
  return {
    settings: s,
    capacity_mAh_per_g: theoreticalCapacity(s.xGe),
    loading_g_per_cm2: density(s.xGe) * solid * thickness_cm,
    cMax_mol_per_cm3: LI_PER_HOST_LI15M4 / molarVolume(s.xGe),
    specificArea_per_cm: (3 * solid) / radius_cm,
    thickness_cm,
    radius_cm,
    sigmaE0_S_per_cm: sigmaElectronic(s.xGe, T, params.electronic) * bruggeman * scales.electronic,
    sigmaI0_S_per_cm: sigmaIonic(s.xGe, T, params.ionic) * bruggeman * scales.ionic,
    electronicGain_decades: kinetic.electronicLithiationGain_decades,
    ionicGain_decades: kinetic.ionicLithiationGain_decades,
    diffusivityLaw: new DiffusivityLaw(diffusivity(s.xGe, T, params, scales), [
      { theta: 0, decades: kinetic.diffusivityDiluteEnd_decades },
      { theta: DILUTE_END_THETA, decades: 0 },
      { theta: 1, decades: kinetic.diffusivityLithiationGain_decades },
    ]),
    exchangeCurrent_A_per_cm2:
      EXCHANGE_CURRENT_A_PER_CM2 * arrheniusFactor(EXCHANGE_ACTIVATION_EV, T),
    seriesResistance_ohm_cm2:
      SEPARATOR_THICKNESS_CM / kappaSep + (s.liInResistance_ohm_cm2 ?? LI_IN_RESISTANCE_OHM_CM2),
    ocpShift_V: GE_OPEN_CIRCUIT_SHIFT_V * s.xGe,
    coreFraction: coreFraction(s.xGe, T, params, scales),
    window: voltageWindow(s.liInPotential_V ?? LI_IN_POTENTIAL_V),
    f_per_V: FARADAY_C_PER_MOL / (GAS_CONSTANT_J_PER_MOL_K * T),
    sideReach_cm: SIDE_REACH_PARTICLE_DIAMETERS * 2 * radius_cm,
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
 * the crystal into amorphous Li–M behind a front that stalls in pure Si as the lithiated
 * shell's compressive stress builds (in-situ TEM, McDowell et al., Adv. Mater. 24, 6034,
 * 2012). Li reaches that front as Li⁺ with its electron, so the front is fed at the rate of
 * the pristine alloy's ambipolar conductivity σe·σi/(σe + σi). Assumption: the core left
 * falls as a power of that rate, f(x) = f_Si·(σ_amb(Si)/σ_amb(x))^p, with f_Si and p fitted —
 * which leaves a core wherever either carrier is poor (Si and, less, Ge), not only in Si.
 */
export function coreFraction(
  xGe: number,
  temperatureK: number,
  params: ModelParams,
  scales: { readonly electronic: number; readonly ionic: number } = { electronic: 1, ionic: 1 },
): number {
  const ambipolar = (x: number, e: number, i: number) => {
    const se = sigmaElectronic(x, temperatureK, params.electronic) * e;
    const si = sigmaIonic(x, temperatureK, params.ionic) * i;
    return (se * si) / (se + si);
  };
  const ratio = ambipolar(0, 1, 1) / ambipolar(xGe, scales.electronic, scales.ionic);
  const k = params.kinetics;
  return Math.min(0.99, k.siliconCoreFraction * ratio ** k.coreTransportExponent);
}

/** Current density (A/cm²) for a C-rate, 1 C being the theoretical capacity in one hour. */
export function currentForRate(cell: CellDescription, cRate: number): number {
  return cRate * cell.capacity_mAh_per_g * 1e-3 * cell.loading_g_per_cm2;
}
