/**
 * Indirect band gap of Si(1−x)Ge(x) at 300 K, eV (Ioffe compilation): the smaller of
 * the Δ-like (Si-like) and L-like (Ge-like) conduction-band minima, which cross near
 * x ≈ 0.85. Its temperature dependence is neglected over −20…80 °C (≲ 0.03 eV).
 */
export function bandGap(xGe: number): number {
  const deltaValley = 1.12 - 0.41 * xGe + 0.008 * xGe * xGe;
  const lValley = 1.86 - 1.2 * xGe;
  return Math.min(deltaValley, lValley);
}
