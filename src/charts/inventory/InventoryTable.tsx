import type { LiInventory } from '../../core/kinetics/inventory';
import { ScrollTable } from '../../components/ScrollTable';
import { compositionInSentence } from '../../format/formula';
import { formatFixed, formatInputValue } from '../../format/number';
import { MEASURED_INVENTORY, MEASURED_INVENTORY_CITATION } from './measuredInventory';
import { roundToTotal } from './shares';

const printed = (ra: number, qa: number, i: number) =>
  roundToTotal([ra, qa, i], 1).map((v) => formatFixed(v, 1));

/**
 * The figure's numbers as a table: the model at the current composition beside the three
 * measurements, for screen readers and for copying into notes.
 */
export function InventoryTable({ xGe, inventory }: { xGe: number; inventory: LiInventory }) {
  const model = printed(
    inventory.reversible_percent,
    inventory.quasiReversible_percent,
    inventory.inactive_percent,
  );
  return (
    <details className="data-table">
      <summary>Li inventory, model and measured (table)</summary>
      <ScrollTable captionId="inventory-table-caption">
        <table data-testid="inventory-table">
          <caption id="inventory-table-caption">
            Shares of the Li inserted in the first lithiation, %
          </caption>
          <thead>
            <tr>
              <th scope="col">Composition</th>
              <th scope="col">RA-Li</th>
              <th scope="col">QA-Li</th>
              <th scope="col">I-Li</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Model, x = {formatInputValue(xGe)}</th>
              {model.map((v, i) => (
                <td key={i} className="num">
                  {v}
                </td>
              ))}
              <td>
                model; the side reaction took {formatFixed(inventory.sideReaction_percent, 1)} %
              </td>
            </tr>
            {MEASURED_INVENTORY.map((m) => (
              <tr key={m.compositionId}>
                <th scope="row">Measured, {compositionInSentence(m.compositionId, m.xGe)}</th>
                {printed(m.reversible_percent, m.quasiReversible_percent, m.inactive_percent).map(
                  (v, i) => (
                    <td key={i} className="num">
                      {v}
                    </td>
                  ),
                )}
                <td>{MEASURED_INVENTORY_CITATION}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </details>
  );
}
