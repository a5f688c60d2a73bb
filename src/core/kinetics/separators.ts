import { solid_electrolytes_ionic_conductivity_S_per_cm } from '../../data/sige-anodes.json';

/** A separator electrolyte the user can choose, with its room-temperature conductivity. */
export interface SeparatorElectrolyte {
  readonly id: string;
  readonly conductivity_S_per_cm: number;
  readonly source: string;
}

const table = solid_electrolytes_ionic_conductivity_S_per_cm;

export const SEPARATORS: readonly SeparatorElectrolyte[] = Object.entries(table)
  .filter((entry): entry is [string, number] => typeof entry[1] === 'number')
  .map(([id, conductivity]) => ({
    id,
    conductivity_S_per_cm: conductivity,
    source: table.source,
  }));

export const DEFAULT_SEPARATOR_ID = 'Li6PS5Cl';

export function separatorById(id: string): SeparatorElectrolyte | undefined {
  return SEPARATORS.find((s) => s.id === id);
}

/** Pressed-pellet separator thickness, cm (assumption typical of lab ASSB cells: 300 µm). */
export const SEPARATOR_THICKNESS_CM = 0.03;

/** Activation energy of the separator's ionic conductivity, eV (unconfirmed; typical of sulfides). */
export const SEPARATOR_ACTIVATION_EV = 0.3;
