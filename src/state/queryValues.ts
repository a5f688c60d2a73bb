/**
 * A reader of one query string by name. A name given twice (a hand-edited link) takes its
 * last value, as the CLI does, and says so in `messages`: one rule for every parameter.
 */
export function lastValueReader(params: URLSearchParams, messages: string[]) {
  return (key: string): string | null => {
    const all = params.getAll(key);
    if (all.length > 1) {
      messages.push(`“${key}” appears ${all.length} times in the address; using the last one.`);
    }
    return all.at(-1) ?? null;
  };
}
