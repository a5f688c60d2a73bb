/** A default value kept side by side with where it comes from. */
export interface Sourced<T> {
  readonly value: T;
  /** Authors, journal, year and DOI where found; or the word "assumption" and why. */
  readonly source: string;
}

/** The plain values of a table of sourced entries. */
export function valuesOf<T extends Record<string, Sourced<unknown>>>(
  table: T,
): { readonly [K in keyof T]: T[K]['value'] } {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(table)) out[key] = table[key]?.value;
  return out as { readonly [K in keyof T]: T[K]['value'] };
}
