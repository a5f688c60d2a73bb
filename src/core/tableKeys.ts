/**
 * A table keyed by id is the one place its ids are listed: the list and the guard come from
 * it, so a new entry needs no second edit.
 */

/** The table's keys, in the order written. */
export const keysOf = <K extends string>(table: Readonly<Record<K, unknown>>): K[] =>
  Object.keys(table) as K[];

/** Whether a value (from a URL, a file, a worker) names an entry of the table. */
export const isKeyOf =
  <K extends string>(table: Readonly<Record<K, unknown>>) =>
  (id: unknown): id is K =>
    typeof id === 'string' && Object.hasOwn(table, id);
