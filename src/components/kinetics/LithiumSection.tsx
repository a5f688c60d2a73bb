import { FullCellRatePanel } from '../../charts/fullCell/FullCellRatePanel';
import { FullCellVoltagePanel } from '../../charts/fullCell/FullCellVoltagePanel';
import { InventoryPanel } from '../../charts/inventory/InventoryPanel';
import { FullCellControls } from './FullCellControls';
import { FullCellReadout } from './FullCellReadout';
import { PlatingWarning } from './PlatingWarning';

/**
 * Where the Li of the first cycle goes, and what that means in a full cell: a part of the
 * kinetics section with its own heading, its controls beside its figures (and kept in view
 * on wide screens while the figures scroll past).
 */
export function LithiumSection() {
  return (
    <section className="lithium" aria-labelledby="lithium-heading">
      <h3 id="lithium-heading" className="lithium-heading">
        Where the lithium goes, and the full cell
      </h3>
      <div className="lithium-controls">
        <FullCellControls />
      </div>
      <div className="lithium-results">
        <InventoryPanel />
        <PlatingWarning />
        <div className="kinetics-figures">
          <FullCellVoltagePanel />
          <FullCellRatePanel />
        </div>
        <FullCellReadout />
      </div>
    </section>
  );
}
