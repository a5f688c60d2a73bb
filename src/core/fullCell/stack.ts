import { checkedNumbers, type IssueLog } from './issues';
import { valuesOf, type Sourced } from './sourced';

/**
 * The layers whose mass the stack-level specific energy divides by. Counted: the anode layer,
 * the Li₆PS₅Cl separator and the cathode composite (active material + catholyte). Not counted:
 * current collectors, tabs, casing or pouch, and any stack-pressure hardware.
 */
export interface StackSettings {
  /** Crystallographic density of the sulfide electrolyte, g/cm³ (separator and catholyte). */
  readonly electrolyteDensity_g_per_cm3: number;
  readonly separatorThickness_um: number;
  /** Pore fraction of the pressed separator. */
  readonly separatorPorosity: number;
  /** Mass share of cathode active material in the cathode composite. */
  readonly cathodeActiveMassFraction: number;
  /** Pore fraction of the pressed cathode composite. */
  readonly cathodeCompositePorosity: number;
  /** Mass share of the Si–Ge alloy in the anode layer. */
  readonly anodeActiveMassFraction: number;
}

type SourcedStack = { readonly [K in keyof StackSettings]: Sourced<StackSettings[K]> };

export const STACK_DEFAULTS: SourcedStack = {
  electrolyteDensity_g_per_cm3: {
    value: 1.87,
    source:
      'assumption: crystallographic density of Li6PS5Cl, 4 formula units (268.4 g/mol) per ' +
      'cubic F-43m cell with a ≈ 9.85 Å (a lattice constant typical of Li6PS5Cl, not checked ' +
      'against a primary source here)',
  },
  separatorThickness_um: {
    value: 30,
    source:
      'assumption: a thin sulfide membrane, as practical cells need; the lab pellets of half-cell ' +
      'studies are ~10× thicker (the kinetics model assumes 300 µm), which would cut the stack ' +
      'energy severalfold',
  },
  separatorPorosity: {
    value: 0.1,
    source: 'assumption: cold-pressed sulfide layer',
  },
  cathodeActiveMassFraction: {
    value: 0.7,
    source: 'assumption: a common active-material : catholyte weight ratio of sulfide composites',
  },
  cathodeCompositePorosity: {
    value: 0.1,
    source: 'assumption: cold-pressed composite',
  },
  anodeActiveMassFraction: {
    value: 1,
    source: 'the modelled Si–Ge layer is additive-free (docs/model.md §8)',
  },
};

export const DEFAULT_STACK: StackSettings = valuesOf(STACK_DEFAULTS);

const RANGES: Readonly<Record<keyof StackSettings, readonly [number, number]>> = {
  electrolyteDensity_g_per_cm3: [0.5, 10],
  separatorThickness_um: [0, 2000],
  separatorPorosity: [0, 0.9],
  cathodeActiveMassFraction: [0.05, 1],
  cathodeCompositePorosity: [0, 0.9],
  anodeActiveMassFraction: [0.05, 1],
};

export function resolveStack(
  overrides: Partial<StackSettings> | undefined,
  log: IssueLog,
): StackSettings {
  return checkedNumbers('stack', 'stack', RANGES, DEFAULT_STACK, overrides, log);
}

/** Areal masses of the counted layers, g/cm². */
export interface StackMasses {
  readonly anodeLayer_g_per_cm2: number;
  readonly separator_g_per_cm2: number;
  readonly cathodeComposite_g_per_cm2: number;
  readonly total_g_per_cm2: number;
  /** Density of the pressed cathode composite, from its components and porosity, g/cm³. */
  readonly cathodeCompositeDensity_g_per_cm3: number;
  readonly cathodeCompositeThickness_um: number;
}

/**
 * The composite's density follows from its two solids mixed by mass, less its pores:
 * ρ = (1 − ε) / (w/ρ_active + (1 − w)/ρ_electrolyte).
 */
export function stackMasses(
  stack: StackSettings,
  anodeLoading_g_per_cm2: number,
  cathodeLoading_g_per_cm2: number,
  cathodeDensity_g_per_cm3: number,
): StackMasses {
  const w = stack.cathodeActiveMassFraction;
  const anodeLayer = anodeLoading_g_per_cm2 / stack.anodeActiveMassFraction;
  const separator =
    stack.separatorThickness_um *
    1e-4 *
    stack.electrolyteDensity_g_per_cm3 *
    (1 - stack.separatorPorosity);
  const composite = cathodeLoading_g_per_cm2 / w;
  const compositeDensity =
    (1 - stack.cathodeCompositePorosity) /
    (w / cathodeDensity_g_per_cm3 + (1 - w) / stack.electrolyteDensity_g_per_cm3);
  return {
    anodeLayer_g_per_cm2: anodeLayer,
    separator_g_per_cm2: separator,
    cathodeComposite_g_per_cm2: composite,
    total_g_per_cm2: anodeLayer + separator + composite,
    cathodeCompositeDensity_g_per_cm3: compositeDensity,
    cathodeCompositeThickness_um: compositeDensity > 0 ? (composite / compositeDensity) * 1e4 : 0,
  };
}
