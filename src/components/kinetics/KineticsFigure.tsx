import { DistributionPanel } from '../../charts/distribution/DistributionPanel';
import { DqdvPanel } from '../../charts/dqdv/DqdvPanel';
import { InventoryPanel } from '../../charts/inventory/InventoryPanel';
import { ProfilePanel } from '../../charts/profiles/ProfilePanel';
import { RatePanel } from '../../charts/rate/RatePanel';
import { RetentionPanel } from '../../charts/retention/RetentionPanel';
import type { FigureId } from '../../state/lesson';

/**
 * One electrode figure alone (`?view=rate`): in the kinetics chunk, so the page's first
 * figure never waits for the electrode model's code. The kinetics driver computes for it as
 * for the whole section (nothing reports it off screen).
 */
export function KineticsFigure({ figure }: { figure: FigureId }) {
  switch (figure) {
    case 'rate':
      return <RatePanel />;
    case 'retention':
      return <RetentionPanel />;
    case 'profile':
      return <ProfilePanel />;
    case 'dqdv':
      return <DqdvPanel />;
    case 'distribution':
      return <DistributionPanel />;
    case 'inventory':
      return <InventoryPanel />;
    default:
      return null;
  }
}
