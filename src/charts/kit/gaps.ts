import { formatInputValue } from '../../format/number';

/**
 * The runs of x where a sweep has no value, in words: "x = 0–0.32 and 0.9". Where nothing
 * was inserted a figure draws nothing, and its description has to say so.
 */
export function missingRanges<T>(
  points: readonly T[],
  xOf: (p: T) => number,
  missing: (p: T) => boolean,
): string | null {
  const runs: [number, number][] = [];
  let open: [number, number] | null = null;
  for (const p of points) {
    if (missing(p)) {
      if (open) open[1] = xOf(p);
      else open = [xOf(p), xOf(p)];
    } else if (open) {
      runs.push(open);
      open = null;
    }
  }
  if (open) runs.push(open);
  if (runs.length === 0) return null;
  const text = runs.map(([a, b]) =>
    a === b ? formatInputValue(a) : `${formatInputValue(a)}–${formatInputValue(b)}`,
  );
  return `x = ${text.length > 1 ? `${text.slice(0, -1).join(', ')} and ${text.at(-1)}` : text[0]}`;
}
