// Apart from the solver, so that what only needs the threshold (the page's swelling figures)
// does not bring the electrode model into the first download.

/**
 * Below this much charge, mAh/g, nothing counts as inserted or delivered: a ratio of two
 * such traces (a retention, a share of the inventory) is numerical noise, not physics,
 * and jumped between 0 and 68 % for neighbouring x at extreme settings.
 */
export const MIN_CAPACITY_MAH_PER_G = 1;

/** high / low in per cent, or NaN when low is below MIN_CAPACITY_MAH_PER_G (nothing to compare). */
export const percentOf = (high: number, low: number): number =>
  low >= MIN_CAPACITY_MAH_PER_G ? (100 * Math.max(0, high)) / low : Number.NaN;
