/**
 * Whether two tables hold the same numbers, field by field (Object.is: NaN equals NaN).
 * Results cross the worker boundary as fresh copies, so identity says nothing; this is
 * how the worker and the page tell an unchanged curve from a new one.
 */
export function sameRows<T extends object>(a: readonly T[], b: readonly T[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((p, i) => {
    const q = b[i];
    if (q === undefined) return false;
    const keys = Object.keys(p) as (keyof T)[];
    return keys.length === Object.keys(q).length && keys.every((k) => Object.is(p[k], q[k]));
  });
}
