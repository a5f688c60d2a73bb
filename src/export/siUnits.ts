import { FARADAY_C_PER_MOL } from '../core';

/** Unit conversions to SI for the exported parameter sets, each named once. */
export const SI = {
  M_PER_UM: 1e-6,
  M_PER_CM: 1e-2,
  S_PER_M_PER_S_PER_CM: 100,
  M2_PER_CM2: 1e-4,
  PER_M_PER_PER_CM: 100,
  MOL_PER_M3_PER_MOL_PER_CM3: 1e6,
  A_PER_M2_PER_A_PER_CM2: 1e4,
  C_PER_M2_PER_C_PER_CM2: 1e4,
  KG_PER_M3_PER_G_PER_CM3: 1e3,
  KG_PER_M2_PER_MG_PER_CM2: 1e-2,
  OHM_M2_PER_OHM_CM2: 1e-4,
  /** An activation energy per particle in eV is F J per mol (e·N_A = F). */
  J_PER_MOL_PER_EV: FARADAY_C_PER_MOL,
} as const;
