import type { KineticParams } from '../params';

/** One fitted kinetic parameter: its stated physical range and the fit's first step. */
export interface KineticParameterSpec {
  readonly key: keyof KineticParams;
  readonly symbol: string;
  readonly unit: string;
  readonly min: number;
  readonly max: number;
  /** Initial simplex edge of Nelder–Mead. */
  readonly step: number;
}

/** Every fitted kinetic parameter, in the order of the fit's vector (docs/model.md §8). */
export const KINETIC_PARAMETERS: readonly KineticParameterSpec[] = [
  {
    key: 'electronicLithiationGain_decades',
    symbol: 'Γe',
    unit: 'decades',
    min: 0,
    max: 9,
    step: 1,
  },
  { key: 'ionicLithiationGain_decades', symbol: 'Γi', unit: 'decades', min: 0, max: 5, step: 0.4 },
  {
    key: 'diffusivityDiluteEnd_decades',
    symbol: 'δ₀',
    unit: 'decades',
    min: -6,
    max: 4,
    step: 0.8,
  },
  {
    key: 'diffusivityLithiationGain_decades',
    symbol: 'β',
    unit: 'decades',
    min: -2,
    max: 6,
    step: 0.8,
  },
  { key: 'siliconCoreFraction', symbol: 'f_Si', unit: '', min: 0, max: 0.5, step: 0.08 },
  { key: 'coreTransportExponent', symbol: 'p', unit: '', min: 0, max: 2, step: 0.2 },
  {
    key: 'log10SideFilm1h_C_per_cm2',
    symbol: 'q₁ₕ',
    unit: 'log₁₀ C/cm²',
    min: -6,
    max: 0,
    step: 0.5,
  },
];

export const toVector = (p: KineticParams): number[] =>
  KINETIC_PARAMETERS.map((spec) => p[spec.key]);

export const fromVector = (v: readonly number[]): KineticParams =>
  Object.fromEntries(
    KINETIC_PARAMETERS.map((spec, i) => [spec.key, v[i] ?? 0]),
  ) as unknown as KineticParams;
