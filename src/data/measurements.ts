import reference from './sige-anodes.json';

/** A published number the app shows or fits, with where it comes from. */
export interface Measurement {
  readonly quantity: 'sigmaElectronic' | 'sigmaIonic' | 'diffusivity';
  readonly compositionId: string;
  readonly xGe: number;
  readonly value: number;
  readonly unit: string;
  /** Short citation key, e.g. "LiXia2025". */
  readonly sourceKey: string;
  /** Figure or table within the source. */
  readonly sourceDetail: string;
}

export const SOURCES: Readonly<Record<string, string>> = reference.sources;

const xOf = (id: string): number => {
  const c = reference.compositions.find((entry) => entry.id === id);
  if (!c) throw new Error(`Unknown composition "${id}" in the reference data`);
  return c.x_Ge;
};

/** Splits "LiXia2025, Fig. 1g-i, ..." into the key and the rest. */
function splitSource(source: string): { sourceKey: string; sourceDetail: string } {
  const [key = source, ...rest] = source.split(',');
  return { sourceKey: key.trim(), sourceDetail: rest.join(',').trim() };
}

function fromTable(
  quantity: Measurement['quantity'],
  table: Readonly<Record<string, number>>,
  unit: string,
  source: string,
): Measurement[] {
  const cite = splitSource(source);
  return Object.entries(table).map(([id, value]) => ({
    quantity,
    compositionId: id,
    xGe: xOf(id),
    value,
    unit,
    ...cite,
  }));
}

const cond = reference.conductivity_S_per_cm;
const gitt = reference.li_diffusion_GITT_cm2_per_s;

export const ELECTRONIC_CONDUCTIVITY = fromTable(
  'sigmaElectronic',
  cond.electronic,
  'S/cm',
  cond.source,
);
export const IONIC_CONDUCTIVITY = fromTable('sigmaIonic', cond.ionic, 'S/cm', cond.source);
export const GITT_DIFFUSIVITY = fromTable('diffusivity', gitt.average, 'cm²/s', gitt.source);

export const STRUCTURE = reference.structure;
