import { useAppStore } from '../../state/hooks';
import type { Store } from '../../state/storeTypes';

const selectPlating = (s: Store) => {
  const fullCell = s.kinetics?.fullCell;
  if (!fullCell?.platingRisk) return null;
  return fullCell.issues.find((i) => i.code === 'plating')?.message ?? '';
};

/**
 * Li plating on the first charge, above the full-cell figures it concerns. Always rendered
 * (empty when there is none), so that the warning appearing is announced.
 */
export function PlatingWarning() {
  const message = useAppStore(selectPlating);
  return (
    <div className="plating-warning" role="status" data-testid="plating-warning">
      {message !== null && (
        <>
          <p className="banner-title">Warning: lithium plates on the first charge</p>
          <p>
            {message ||
              'The first charge brings more Li than the anode can take in; the rest plates as metal. Raise N/P.'}{' '}
            On a sulfide separator plated Li reacts with the electrolyte, so it is counted as lost.
          </p>
        </>
      )}
    </div>
  );
}
