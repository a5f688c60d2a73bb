/** What the active-mass field holds: nothing, a mass, or a reason it is not one. */
export type MassEntry =
  { readonly ok: true; readonly mass_mg?: number } | { readonly ok: false; readonly error: string };

/** Reads the field as typed; a decimal comma is accepted, as a European keyboard types it. */
export function readMass(text: string): MassEntry {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true };
  const value = Number(trimmed.replace(',', '.'));
  return Number.isFinite(value) && value > 0
    ? { ok: true, mass_mg: value }
    : {
        ok: false,
        error: `The active mass must be a positive number of mg, such as 1.25, not “${trimmed}”.`,
      };
}
