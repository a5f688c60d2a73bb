/**
 * Cathode rate capability in the semi-empirical form of R. Tian, S.-H. Park, P. J. King,
 * G. Cunningham, J. Coelho, V. Nicolosi, J. N. Coleman, Nat. Commun. 10, 1933 (2019),
 * doi:10.1038/s41467-019-09792-9:
 *
 *   Q(R)/Q_M = 1 − (R/R*)ⁿ·(1 − exp(−(R/R*)⁻ⁿ)),
 *
 * where R* = 1/τ is the characteristic rate at which the capacity has fallen to Q_M/e and n
 * describes the high-rate fall-off (≈ 0.5 diffusion-limited, → 1 resistance-limited).
 */
export interface RateLaw {
  /** R* in C (1 C = the cathode's reversible capacity in one hour). */
  readonly characteristicRate_C: number;
  /** n, dimensionless. */
  readonly exponent: number;
}

/** The full-cell capacities are quoted at 0.1 C, so retention is relative to that rate. */
export const REFERENCE_RATE_C = 0.1;

/** Q(R)/Q_M of the Tian–Coleman form; 1 at R = 0, falling monotonically, never below 0. */
export function capacityFraction(cRate: number, law: RateLaw): number {
  if (!(cRate > 0)) return 1;
  const u = (cRate / law.characteristicRate_C) ** law.exponent;
  if (!Number.isFinite(u)) return 0;
  // -expm1(-1/u) = 1 − exp(−1/u) without the cancellation at large u.
  const fraction = 1 - u * -Math.expm1(-1 / u);
  return Math.min(1, Math.max(0, fraction));
}

/** Capacity at cRate over capacity at 0.1 C, held at 1 below 0.1 C. */
export function rateRetention(cRate: number, law: RateLaw): number {
  if (!(cRate > REFERENCE_RATE_C)) return 1;
  const reference = capacityFraction(REFERENCE_RATE_C, law);
  if (!(reference > 0)) return 0;
  return Math.min(1, capacityFraction(cRate, law) / reference);
}
