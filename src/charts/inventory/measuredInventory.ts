import { LI_INVENTORY_AFTER_FIRST_CYCLE, type InventoryMeasurement } from '../../data/measurements';
import { compositionInSentence } from '../../format/formula';
import { shortCitation } from '../../format/citation';
import { formatFixed } from '../../format/number';

export const MEASURED_INVENTORY = LI_INVENTORY_AFTER_FIRST_CYCLE;

/** "LiXia2025 Fig. 3d–f": the same source for all three compositions. */
export const MEASURED_INVENTORY_CITATION = MEASURED_INVENTORY[0]
  ? shortCitation(MEASURED_INVENTORY[0])
  : '';

export const inventoryIdOf = (m: InventoryMeasurement) => `inventory-${m.compositionId}`;

const sameX = (a: number, b: number) => Math.abs(a - b) < 1e-9;

/** The measurement at exactly this composition, if the study made one. */
export const measuredInventoryAt = (xGe: number): InventoryMeasurement | undefined =>
  MEASURED_INVENTORY.find((m) => sameX(m.xGe, xGe));

const pct = (v: number) => `${formatFixed(v, 1)} %`;

/** What a screen reader announces: the three shares, the composition and the source. */
export const describeMeasuredInventory = (m: InventoryMeasurement): string =>
  `Measured Li inventory after the first cycle, ${compositionInSentence(m.compositionId, m.xGe)}: ` +
  `RA-Li ${pct(m.reversible_percent)}, QA-Li ${pct(m.quasiReversible_percent)}, ` +
  `I-Li ${pct(m.inactive_percent)}; source ${shortCitation(m)}`;
