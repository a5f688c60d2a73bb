/** Unit conversions to SI for the exported parameter sets, each named once. */
import { FARADAY_C_PER_MOL } from '../core/constants';

export const M_PER_UM = 1e-6;
export const M_PER_CM = 1e-2;
export const S_PER_M_PER_S_PER_CM = 100;
export const M2_PER_CM2 = 1e-4;
export const PER_M_PER_PER_CM = 100;
export const MOL_PER_M3_PER_MOL_PER_CM3 = 1e6;
export const A_PER_M2_PER_A_PER_CM2 = 1e4;
export const C_PER_M2_PER_C_PER_CM2 = 1e4;
export const KG_PER_M3_PER_G_PER_CM3 = 1e3;
export const KG_PER_M2_PER_MG_PER_CM2 = 1e-2;
export const OHM_M2_PER_OHM_CM2 = 1e-4;
/** An activation energy per particle in eV is F J per mol (e·N_A = F). */
export const J_PER_MOL_PER_EV = FARADAY_C_PER_MOL;
