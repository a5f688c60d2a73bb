// Summaries of measured durations for the benchmarks: medians and tails, never means (noisy machines).

export const median = (xs) => quantile(xs, 0.5);
/** Nearest-rank quantile; NaN for no data. */
export function quantile(xs, q) {
  if (!xs.length) return Number.NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
export const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : 'n/a');
/** "median …, p95 …" of a list of durations. */
export const spread = (xs) =>
  `median ${ms(median(xs))}, p95 ${ms(quantile(xs, 0.95))} (n = ${xs.length})`;
