import { INVENTORY_PROTOCOL, type LiInventory } from '../../core/kinetics/inventory';
import type { InventoryMeasurement } from '../../data/measurements';
import { shortCitation } from '../../format/citation';
import { formulaOf } from '../../format/formula';
import { formatFixed, formatInputValue, formatSignificant } from '../../format/number';

const pct = (v: number) => `${formatFixed(v, 1)} %`;
const HOLD_HOURS = formatSignificant(INVENTORY_PROTOCOL.holdDuration_s / 3600, 2);

/** Losses below this share of the inserted Li (%) are not worth a clause. */
const NEGLIGIBLE_PERCENT = 0.5;
/** Model and measurement within this many points of total loss are "close". */
const CLOSE_PERCENT = 1;

/** How the study explains each measured composition's losses (LiXia2025, Fig. 3), in brief. */
const STUDY_READING: Readonly<Record<string, string>> = {
  Si: "the study puts Si's QA-Li down to its poor electronic conduction, which strands Li in the alloy",
  Si7Ge: 'the study credits its balanced electron and ion transport for the small losses',
  Ge: "the study puts Ge's I-Li down to Li plating near the electrolyte and reacting with Li₆PS₅Cl",
};

/** What became of the I-Li, from how much of it the side reaction accounts for. */
function inactiveFate({ inactive_percent: lost, sideReaction_percent: side }: LiInventory) {
  const reaction = 'consumed by the side reaction with the electrolyte at low potential';
  if (side >= 0.95 * lost) return `, ${reaction}`;
  if (side <= 0.05 * lost) return ', still stuck in the alloy after the hold';
  // Both shares are of the inserted Li, so say "of the Li", never "of it".
  return `: ${pct(side)} ${reaction}, the rest still stuck in the alloy after the hold`;
}

function modelSentence(inventory: LiInventory, xGe: number): string {
  const at = `At x = ${formatInputValue(xGe)}`;
  if (!(inventory.inserted_mAh_per_g > 0)) {
    return `${at} the model electrode takes in no Li at 0.1 C, so there is nothing to account for.`;
  }
  const {
    reversible_percent: back,
    quasiReversible_percent: held,
    inactive_percent: lost,
  } = inventory;
  const start = `${at} the model gets ${pct(back)} of the inserted Li back on the first charge`;
  if (Math.max(held, lost) < NEGLIGIBLE_PERCENT) return `${start}: practically all of it.`;
  if (held >= lost) {
    return (
      `${start}; most of the rest (QA-Li, ${pct(held)}) is held in the alloy by slow ` +
      `transport, and only the ${HOLD_HOURS} h hold at the top of the charge draws it out.`
    );
  }
  return `${start}; most of the rest (I-Li, ${pct(lost)}) is lost for good${inactiveFate(inventory)}.`;
}

function measuredSentence(inventory: LiInventory, m: InventoryMeasurement): string {
  const modelLoss = 100 - inventory.reversible_percent;
  const measuredLoss = 100 - m.reversible_percent;
  const comparison =
    Math.abs(modelLoss - measuredLoss) < CLOSE_PERCENT
      ? 'close to the model'
      : modelLoss < measuredLoss
        ? 'so the model loses less'
        : 'so the model loses more';
  const reading = STUDY_READING[m.compositionId];
  return (
    `Measured on ${formulaOf(m.compositionId)}: ${pct(m.reversible_percent)} back (QA-Li ` +
    `${pct(m.quasiReversible_percent)}, I-Li ${pct(m.inactive_percent)}), ${comparison}` +
    `${reading ? `; ${reading}` : ''} (${shortCitation(m)}).`
  );
}

/**
 * Where the Li went at this composition and why, in one sentence from the numbers: the
 * share recovered and the largest loss with its mechanism; at a measured composition, a
 * second sentence with the measurement beside it.
 */
export function lossSentence(
  inventory: LiInventory,
  xGe: number,
  measured?: InventoryMeasurement,
): string {
  const model = modelSentence(inventory, xGe);
  return measured && inventory.inserted_mAh_per_g > 0
    ? `${model} ${measuredSentence(inventory, measured)}`
    : model;
}
