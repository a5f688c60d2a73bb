/** Physical constants (CODATA 2018) and element data used across the model. */
export const FARADAY_C_PER_MOL = 96485.33212;
export const GAS_CONSTANT_J_PER_MOL_K = 8.314462618;
export const BOLTZMANN_EV_PER_K = 8.617333262e-5;
export const AVOGADRO_PER_MOL = 6.02214076e23;

export const MOLAR_MASS_SI_G_PER_MOL = 28.085;
export const MOLAR_MASS_GE_G_PER_MOL = 72.63;

/** Cu Kα1 wavelength used by the study's diffractometer. */
export const CU_K_ALPHA_A = 1.5406;

/** Li atoms per host atom in Li15M4, the end phase of room-temperature lithiation. */
export const LI_PER_HOST_LI15M4 = 15 / 4;

/** Reference temperature of the measurements and of the calibration. */
export const REFERENCE_TEMPERATURE_K = 298.15;

export const ZERO_CELSIUS_K = 273.15;
