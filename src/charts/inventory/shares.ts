import type { LiInventory } from '../../core/kinetics/inventory';
import type { InventoryMeasurement } from '../../data/measurements';

/** The three fates of the Li inserted in the first lithiation, bottom to top in every stack. */
export type ShareKey = 'reversible' | 'quasiReversible' | 'inactive';

export interface ShareSpec {
  readonly key: ShareKey;
  /** The study's abbreviation. */
  readonly short: string;
  /** What it means, in a few words. */
  readonly meaning: string;
  readonly color: string;
}

// Okabe–Ito colours, apart for every common colour-vision deficiency; losses on top, so
// they hang from 100 % where the eye compares them.
export const SHARES: readonly ShareSpec[] = [
  {
    key: 'reversible',
    short: 'RA-Li',
    meaning: 'back on the constant-current charge',
    color: '#56B4E9',
  },
  {
    key: 'quasiReversible',
    short: 'QA-Li',
    meaning: 'back only during the hold',
    color: '#E69F00',
  },
  { key: 'inactive', short: 'I-Li', meaning: 'never back', color: '#CC79A7' },
];

export const SHARE_KEYS: readonly ShareKey[] = SHARES.map((s) => s.key);

/** The three shares of one composition, in % of the inserted Li. */
export interface InventoryShares {
  readonly xGe: number;
  readonly reversible: number;
  readonly quasiReversible: number;
  readonly inactive: number;
}

/** Where nothing was inserted there is nothing to share out: NaN, which the areas leave blank. */
export const sharesOfModel = (xGe: number, inventory: LiInventory): InventoryShares =>
  inventory.inserted_mAh_per_g > 0
    ? {
        xGe,
        reversible: inventory.reversible_percent,
        quasiReversible: inventory.quasiReversible_percent,
        inactive: inventory.inactive_percent,
      }
    : { xGe, reversible: Number.NaN, quasiReversible: Number.NaN, inactive: Number.NaN };

export const sharesOfMeasured = (m: InventoryMeasurement): InventoryShares => ({
  xGe: m.xGe,
  reversible: m.reversible_percent,
  quasiReversible: m.quasiReversible_percent,
  inactive: m.inactive_percent,
});

/**
 * Rounds shares to `decimals` so that the printed numbers add up to `total` exactly
 * (largest remainder): three numbers that visibly sum to 99.9 would look like an error.
 * Non-finite values print as NaN-free zeros.
 */
export function roundToTotal(values: readonly number[], decimals: number, total = 100): number[] {
  const unit = 10 ** decimals;
  const clean = values.map((v) => (Number.isFinite(v) && v > 0 ? v * unit : 0));
  const sum = clean.reduce((a, b) => a + b, 0);
  if (!(sum > 0)) return values.map(() => 0);
  const scaled = clean.map((v) => (v * total * unit) / sum);
  const floors = scaled.map(Math.floor);
  let missing = Math.round(total * unit) - floors.reduce((a, b) => a + b, 0);
  const order = scaled
    .map((v, i) => ({ i, rest: v - Math.floor(v) }))
    .sort((a, b) => b.rest - a.rest);
  for (const { i } of order) {
    if (missing <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    missing -= 1;
  }
  return floors.map((v) => v / unit);
}
