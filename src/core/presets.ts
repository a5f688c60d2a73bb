import { compositions } from '../data/sige-anodes.json';

/** The five compositions the reference study made, as Ge atom fractions. */
export interface Preset {
  readonly id: string;
  /** Label with subscripts as plain text, e.g. "Si7Ge". */
  readonly label: string;
  readonly xGe: number;
}

export const PRESETS: readonly Preset[] = compositions.map((c) => ({
  id: c.id,
  label: c.id,
  xGe: c.x_Ge,
}));
