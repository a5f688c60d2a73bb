/**
 * Moves labels along one axis so that no two are closer than `gap`, keeping each as near
 * its wanted position as the others allow and all within [min, max]. Positions must be
 * given in drawing order (ascending); the result keeps that order.
 */
export function spreadLabels(
  wanted: readonly number[],
  gap: number,
  min: number,
  max: number,
): number[] {
  const out = wanted.map((v) => (Number.isFinite(v) ? v : min));
  // Push down from the top, then back up from the bottom: two passes settle a short list.
  for (let i = 0; i < out.length; i += 1) {
    const floor = i === 0 ? min : (out[i - 1] ?? min) + gap;
    out[i] = Math.max(out[i] ?? min, floor);
  }
  for (let i = out.length - 1; i >= 0; i -= 1) {
    const ceiling = i === out.length - 1 ? max : (out[i + 1] ?? max) - gap;
    out[i] = Math.min(out[i] ?? max, ceiling);
  }
  return out;
}
