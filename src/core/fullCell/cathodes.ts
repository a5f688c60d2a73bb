import { ocvCurveOf, type OcvPoint } from './cathodeOcv';
import { CATHODE_INPUT_DEFAULTS, type CathodeId } from './cathodeInputs';
import type { Curve } from './interpolate';
import { checkedNumbers, type IssueLog } from './issues';
import type { RateLaw } from './rateRetention';
import { valuesOf, type Sourced } from './sourced';

export { CATHODE_IDS, isCathodeId, type CathodeId } from './cathodeInputs';

/** Everything the full cell needs to know about a cathode: all editable. */
export interface CathodeParameters {
  /** First discharge at 0.1 C, mAh per gram of cathode active material. */
  readonly reversibleCapacity_mAh_per_g: number;
  /** First discharge over first charge × 100, measured against a non-limiting counter electrode. */
  readonly firstCycleEfficiency_percent: number;
  /** Mean potential of a 0.1 C discharge, V vs Li/Li⁺. */
  readonly averageDischargeVoltage_V: number;
  /** Density of the active material, g/cm³. */
  readonly density_g_per_cm3: number;
  /** R* of the rate law (see rateRetention.ts), C. */
  readonly characteristicRate_C: number;
  /** n of the rate law. */
  readonly rateExponent: number;
  /** How far the first-charge curve sits above the discharge curve at the same SOC, V. */
  readonly chargeOverpotential_V: number;
  /** Shape of the discharge potential against state of charge. */
  readonly ocvShape: readonly OcvPoint[];
}

type SourcedParameters = { readonly [K in keyof CathodeParameters]: Sourced<CathodeParameters[K]> };

export interface CathodeDefaults extends SourcedParameters {
  readonly id: CathodeId;
  readonly label: string;
}

const LI_2020 =
  'Z. Li, A. Li, H. Zhang, F. Ning, W. Li, …, Y. Yang, Energy Storage Mater. 2020, ' +
  'doi:10.1016/j.ensm.2020.03.031';
const WANG_2020 =
  'C. Wang, J. Liang, M. Jiang, X. Li, …, X. Sun, Nano Energy 2020, doi:10.1016/j.nanoen.2020.105015';
const JANGID_2024 =
  'M. K. Jangid, T. H. Cho, T. Ma, D. W. Liao, H. Kim, Y. Kim, M. Chi, N. P. Dasgupta, ' +
  'Nat. Commun. 15, 10233 (2024), doi:10.1038/s41467-024-54331-w';
const THIN_FILM_LCO_2002 =
  '"High-Voltage Cycling Behavior of Thin-Film LiCoO2 Cathodes", J. Electrochem. Soc. 2002 ' +
  '(Lipon solid electrolyte; authors and DOI not retrieved)';
const LAINE_2023 =
  'P. Laine, M. Hietaniemi, J. Välikangas, T. Kauppinen, P. Tynjälä, T. Hu, S. Wang, H. Singh, ' +
  'U. Lassi, Dalton Trans. 2023, doi:10.1039/d2dt02246j';
const LI_Y_2025 =
  'Y. Li, Y. Cho, J. Cai, C. Kim, …, J. Nanda, G. Yang, Mater. Horiz. 2025, doi:10.1039/d4mh01211a';
const ICL_2026 =
  '"Origin of initial capacity loss in Ni-rich cathodes for sulfide-based all-solid-state ' +
  'batteries", Chem. Eng. J. 527, 171807 (2026) (authors not retrieved)';
const TIAN_2019 =
  'form of Tian et al., Nat. Commun. 10, 1933 (2019), doi:10.1038/s41467-019-09792-9';

const SHAPE_SOURCE =
  'assumption: a smooth layered-oxide discharge curve drawn through these points (steep ' +
  'end-of-discharge tail, sloping middle, rising top of charge); only its shape is used — ' +
  'it is shifted so that its mean equals the average discharge voltage';

/**
 * Literature defaults for the two cathodes of the study's full cells, each value next to its
 * source. Where no value for exactly this cathode in a sulfide cell was found, the number is an
 * assumption and says so; the values it was bracketed by are named.
 */
/** Assumptions both cathodes share. */
const RESISTANCE_LIMITED = {
  value: 1,
  source: `assumption: resistance-limited fall-off (n → 1 in the ${TIAN_2019})`,
};
const CHARGE_GAP = {
  value: 0.05,
  source: 'assumption: charge–discharge gap of a composite cathode at 0.1 C',
};

export const CATHODES: Readonly<Record<CathodeId, CathodeDefaults>> = {
  lco: {
    id: 'lco',
    label: 'LiCoO₂ (4.5 V class)',
    reversibleCapacity_mAh_per_g: {
      value: CATHODE_INPUT_DEFAULTS.lco.reversibleCapacity_mAh_per_g,
      source:
        'assumption for coated LiCoO2 cycled to 4.5 V vs Li/Li+ in a sulfide all-solid-state cell; ' +
        `bracketed by 196 mAh/g at 0.1 C to 4.5 V in a liquid-electrolyte Li|LCO cell (${LI_2020}) ` +
        `and 131.7 mAh/g at 0.1 C for LCO with in-situ Li3InCl6 in a solid-state cell (${WANG_2020}); ` +
        'no sulfide-cell value at 4.5 V was found',
    },
    firstCycleEfficiency_percent: {
      value: CATHODE_INPUT_DEFAULTS.lco.firstCycleEfficiency_percent,
      source:
        'assumption; for comparison, coated vs uncoated single-crystal NCM523 cycled above 4.5 V in ' +
        `solid-state full cells reach 91.6 % vs 82.2 % first-cycle efficiency (${JANGID_2024})`,
    },
    averageDischargeVoltage_V: {
      value: CATHODE_INPUT_DEFAULTS.lco.averageDischargeVoltage_V,
      source:
        `derived: 690 mWh/g ÷ 170 mAh/g = 4.06 V between 3.0 and 4.4 V in ${THIN_FILM_LCO_2002}; ` +
        'lowered by 0.06 V for the polarisation of a bulk composite electrode at 0.1 C (assumption)',
    },
    density_g_per_cm3: {
      value: 5.05,
      source:
        'assumption: crystallographic density of 3 LiCoO2 (97.87 g/mol) per R-3m cell with ' +
        'a ≈ 2.816 Å, c ≈ 14.05 Å (lattice constants as commonly tabulated; not checked against ' +
        'a primary source here)',
    },
    characteristicRate_C: {
      value: 10,
      source:
        `assumption for a sulfide composite cathode (${TIAN_2019}); for scale, the liquid-cell LCO ` +
        `of ${LI_2020} keeps 163 of 196 mAh/g at 6 C, i.e. R* ≈ 35 C with n = 1`,
    },
    rateExponent: RESISTANCE_LIMITED,
    chargeOverpotential_V: CHARGE_GAP,
    ocvShape: {
      value: [
        { soc: 0, potential_V: 3.6 },
        { soc: 0.05, potential_V: 3.78 },
        { soc: 0.15, potential_V: 3.86 },
        { soc: 0.3, potential_V: 3.91 },
        { soc: 0.5, potential_V: 3.97 },
        { soc: 0.7, potential_V: 4.06 },
        { soc: 0.85, potential_V: 4.17 },
        { soc: 0.95, potential_V: 4.32 },
        { soc: 1, potential_V: 4.45 },
      ],
      source: SHAPE_SOURCE,
    },
  },
  ncm: {
    id: 'ncm',
    label: 'LiNi₀.₈₈Co₀.₀₉Mn₀.₀₃O₂ (NCM88)',
    reversibleCapacity_mAh_per_g: {
      value: CATHODE_INPUT_DEFAULTS.ncm.reversibleCapacity_mAh_per_g,
      source:
        'assumption for NCM88 at 0.1 C to ≈4.3 V vs Li/Li+ in a sulfide all-solid-state cell; below ' +
        `the ≈200 mAh/g quoted for NCM811 in liquid cells (${LAINE_2023}) because sulfide cells ` +
        `lose more to interfacial reactions (${ICL_2026}); no NCM88 sulfide-cell value was found`,
    },
    firstCycleEfficiency_percent: {
      value: CATHODE_INPUT_DEFAULTS.ncm.firstCycleEfficiency_percent,
      source:
        'assumption; Ni-rich cathodes in sulfide cells lose more Li on the first cycle than in ' +
        `liquid cells, through electrolyte oxidation and interfacial reactions (${ICL_2026}); ` +
        `for comparison 82.2 % uncoated / 91.6 % coated NCM523 in solid-state full cells (${JANGID_2024})`,
    },
    averageDischargeVoltage_V: {
      value: CATHODE_INPUT_DEFAULTS.ncm.averageDischargeVoltage_V,
      source:
        `≈3.8 V vs Li/Li+ quoted for NMC811 in sulfide solid-state cells (${LI_Y_2025}); ` +
        'NCM88 taken as the same (assumption)',
    },
    density_g_per_cm3: {
      value: 4.79,
      source:
        'assumption: crystallographic density of 3 formula units (97.54 g/mol) per R-3m cell ' +
        'with a ≈ 2.872 Å, c ≈ 14.19 Å (a lattice typical of Ni-rich NCM, not measured for NCM88)',
    },
    characteristicRate_C: {
      value: 8,
      source: `assumption for a sulfide composite cathode (${TIAN_2019})`,
    },
    rateExponent: RESISTANCE_LIMITED,
    chargeOverpotential_V: CHARGE_GAP,
    ocvShape: {
      value: [
        { soc: 0, potential_V: 3.3 },
        { soc: 0.05, potential_V: 3.5 },
        { soc: 0.15, potential_V: 3.6 },
        { soc: 0.3, potential_V: 3.69 },
        { soc: 0.5, potential_V: 3.78 },
        { soc: 0.7, potential_V: 3.92 },
        { soc: 0.85, potential_V: 4.04 },
        { soc: 0.95, potential_V: 4.14 },
        { soc: 1, potential_V: 4.25 },
      ],
      source: SHAPE_SOURCE,
    },
  },
};

/** The default numbers of a cathode, without their sources. */
export function defaultCathodeParameters(id: CathodeId): CathodeParameters {
  const c = CATHODES[id];
  return valuesOf({
    reversibleCapacity_mAh_per_g: c.reversibleCapacity_mAh_per_g,
    firstCycleEfficiency_percent: c.firstCycleEfficiency_percent,
    averageDischargeVoltage_V: c.averageDischargeVoltage_V,
    density_g_per_cm3: c.density_g_per_cm3,
    characteristicRate_C: c.characteristicRate_C,
    rateExponent: c.rateExponent,
    chargeOverpotential_V: c.chargeOverpotential_V,
    ocvShape: c.ocvShape,
  });
}

/** Physical ranges an override is clamped to. */
const RANGES: Readonly<
  Record<Exclude<keyof CathodeParameters, 'ocvShape'>, readonly [number, number]>
> = {
  reversibleCapacity_mAh_per_g: [1, 400],
  firstCycleEfficiency_percent: [1, 100],
  averageDischargeVoltage_V: [0.5, 6],
  density_g_per_cm3: [0.5, 20],
  characteristicRate_C: [0.01, 1000],
  rateExponent: [0.1, 2],
  chargeOverpotential_V: [0, 1],
};

/** A cathode ready for the full cell: parameters checked, shape turned into a curve. */
export interface ResolvedCathode extends CathodeParameters {
  readonly id: CathodeId;
  readonly firstChargeCapacity_mAh_per_g: number;
  readonly rateLaw: RateLaw;
  readonly shape: Curve;
}

/**
 * Applies overrides to a cathode's defaults. A wrong type throws (it is a programming error);
 * an out-of-range number is clamped and noted; an unusable shape falls back to the default.
 */
export function resolveCathode(
  id: CathodeId,
  overrides: Partial<CathodeParameters> | undefined,
  log: IssueLog,
): ResolvedCathode {
  const defaults = defaultCathodeParameters(id);
  const numbers = checkedNumbers('cathodeOverrides', 'cathode', RANGES, defaults, overrides, log);
  let ocvShape = defaults.ocvShape;
  let shape = ocvCurveOf(ocvShape);
  if (overrides?.ocvShape !== undefined) {
    if (!Array.isArray(overrides.ocvShape)) throw new TypeError('ocvShape must be an array');
    const custom = ocvCurveOf(overrides.ocvShape);
    if (custom) {
      ocvShape = overrides.ocvShape;
      shape = custom;
    } else {
      log.add(
        'curveFallback',
        'ocvShape has fewer than two usable points; the default shape was used.',
      );
    }
  }
  if (!shape) throw new Error(`default OCV shape of ${id} is unusable`);
  return {
    id,
    ...numbers,
    ocvShape,
    shape,
    firstChargeCapacity_mAh_per_g:
      numbers.reversibleCapacity_mAh_per_g / (numbers.firstCycleEfficiency_percent / 100),
    rateLaw: { characteristicRate_C: numbers.characteristicRate_C, exponent: numbers.rateExponent },
  };
}
