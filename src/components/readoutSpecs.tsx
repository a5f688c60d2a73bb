import type { ReactNode } from 'react';
import { ZERO_CELSIUS_K, type Properties, PRESETS } from '../core';
import { formatDuration, formatFixed, formatInputValue, formatScientific } from '../format/number';
import { formulaOf } from '../format/formula';

export type ReadoutGroup = 'Composition and structure' | 'Transport' | 'Transport times';

export interface ReadoutSpec {
  readonly group: ReadoutGroup;
  readonly label: ReactNode;
  /** Unit as printed; empty for pure numbers. */
  readonly unit: string;
  readonly format: (value: number) => string;
  /** A friendlier equivalent or an interpretation, shown beside the value. */
  readonly note?: (value: number) => string | null;
}

const sigma = (sub: string) => (
  <>
    σ<sub>{sub}</sub>
  </>
);
const tau = (sub: string) => (
  <>
    τ<sub>{sub}</sub>
  </>
);

const seconds = (v: number) => formatScientific(v, 3);
const aboutDuration = (v: number) => (v >= 60 ? `≈ ${formatDuration(v)}` : null);

function balanceNote(ratio: number): string | null {
  if (!Number.isFinite(ratio) || ratio <= 0) return null;
  const decades = Math.log10(ratio);
  if (decades > 1) return 'electron-rich: ions limit';
  if (decades < -1) return 'ion-rich: electrons limit';
  return 'within 1 decade: balanced transport';
}

/**
 * How every field of Properties is shown. A Record over keyof Properties, so a
 * new field in the core fails the type check here until it has a readout.
 */
export const READOUTS: Readonly<Record<keyof Properties, ReadoutSpec>> = {
  xGe: {
    group: 'Composition and structure',
    label: 'Ge atom fraction x',
    unit: '',
    format: formatInputValue,
    note: (x) => {
      const preset = PRESETS.find((p) => Math.abs(p.xGe - x) < 1e-9);
      return preset ? formulaOf(preset.id) : null;
    },
  },
  geWeightFraction: {
    group: 'Composition and structure',
    label: 'Ge weight fraction',
    unit: '',
    format: (v) => formatFixed(v, 3),
    note: (v) => `${formatFixed(100 * v, 1)} wt% Ge`,
  },
  molarMass_g_per_mol: {
    group: 'Composition and structure',
    label: 'Molar mass',
    unit: 'g/mol',
    format: (v) => formatFixed(v, 2),
  },
  theoreticalCapacity_mAh_per_g: {
    group: 'Composition and structure',
    label: (
      <>
        Theoretical capacity to Li<sub>15</sub>(Si,Ge)<sub>4</sub>
      </>
    ),
    unit: 'mAh/g',
    format: (v) => formatFixed(v, 0),
  },
  density_g_per_cm3: {
    group: 'Composition and structure',
    label: 'Density',
    unit: 'g/cm³',
    format: (v) => formatFixed(v, 3),
  },
  latticeConstant_A: {
    group: 'Composition and structure',
    label: 'Lattice constant',
    unit: 'Å',
    format: (v) => formatFixed(v, 4),
  },
  xrd111TwoTheta_deg: {
    group: 'Composition and structure',
    label: 'XRD (111) peak 2θ, Cu Kα',
    unit: '°',
    format: (v) => formatFixed(v, 2),
  },
  bandGap_eV: {
    group: 'Composition and structure',
    label: 'Band gap',
    unit: 'eV',
    format: (v) => formatFixed(v, 3),
  },
  temperature_K: {
    group: 'Transport',
    label: 'Temperature',
    unit: 'K',
    format: (v) => formatFixed(v, 2),
    note: (v) => `${formatInputValue(v - ZERO_CELSIUS_K)} °C`,
  },
  sigmaElectronic_S_per_cm: {
    group: 'Transport',
    label: <>Electronic conductivity {sigma('e')}</>,
    unit: 'S/cm',
    format: formatScientific,
  },
  sigmaIonic_S_per_cm: {
    group: 'Transport',
    label: <>Ionic conductivity {sigma('i')}</>,
    unit: 'S/cm',
    format: formatScientific,
  },
  sigmaAmbipolar_S_per_cm: {
    group: 'Transport',
    label: <>Ambipolar conductivity {sigma('amb')}</>,
    unit: 'S/cm',
    format: formatScientific,
  },
  electronicToIonicRatio: {
    group: 'Transport',
    label: (
      <>
        Ratio {sigma('e')}/{sigma('i')}
      </>
    ),
    unit: '',
    format: (v) => formatScientific(v, 3),
    note: balanceNote,
  },
  diffusivity_cm2_per_s: {
    group: 'Transport',
    label: <>Li diffusivity D (lithiating, GITT-like)</>,
    unit: 'cm²/s',
    format: formatScientific,
  },
  tauParticle_s: {
    group: 'Transport times',
    label: <>Across one particle {tau('particle')} = r²/D</>,
    unit: 's',
    format: seconds,
    note: aboutDuration,
  },
  tauElectronic_s: {
    group: 'Transport times',
    label: <>Electrons across the layer {tau('electronic')}</>,
    unit: 's',
    format: seconds,
    note: aboutDuration,
  },
  tauIonic_s: {
    group: 'Transport times',
    label: <>Li⁺ across the layer {tau('ionic')}</>,
    unit: 's',
    format: seconds,
    note: aboutDuration,
  },
  tauAmbipolar_s: {
    group: 'Transport times',
    label: <>Coupled across the layer {tau('ambipolar')}</>,
    unit: 's',
    format: seconds,
    note: aboutDuration,
  },
};

export const READOUT_GROUPS: readonly ReadoutGroup[] = [
  'Composition and structure',
  'Transport',
  'Transport times',
];
