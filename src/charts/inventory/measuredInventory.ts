import { LI_INVENTORY_AFTER_FIRST_CYCLE, type InventoryMeasurement } from '../../data/measurements';
import { compositionInSentence } from '../../format/formula';
import { citedSource } from '../kit/ChartTooltip';
import type { MeasuredSet } from '../kit/MeasuredLayer';
import { compositionRow } from '../kit/measuredOn';
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

/** The study's three bars; the tooltip opens level with the top of the RA-Li share. */
export const MEASURED_INVENTORY_SET: MeasuredSet<InventoryMeasurement> = {
  items: MEASURED_INVENTORY,
  idOf: inventoryIdOf,
  testId: 'measured-inventory-bar',
  at: (m) => [m.xGe, m.reversible_percent],
  label: describeMeasuredInventory,
  tooltip: {
    title: 'Measured Li inventory after the first cycle',
    rows: (m) => [
      ['RA-Li', `${pct(m.reversible_percent)} (100 − QA − I)`],
      ['QA-Li', pct(m.quasiReversible_percent)],
      ['I-Li', pct(m.inactive_percent)],
      compositionRow(m),
    ],
    source: citedSource,
  },
};
