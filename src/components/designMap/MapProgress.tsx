import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../state/hooks';
import type { MapStatus } from '../../state/designMapTypes';
import type { Store } from '../../state/storeTypes';

const selectProgress = (s: Store) => ({
  filled: s.designMap.filled,
  total: s.designMap.total,
  status: s.designMap.status,
  error: s.designMap.error,
});

/** The state in a word or two: what the polite region says, once per change of state. */
const PHASE: Readonly<Record<MapStatus, string>> = {
  idle: 'No map computed yet.',
  computing: 'Computing the map…',
  ready: 'Map complete.',
  cancelled: 'Map cancelled.',
  error: 'The map stopped: ',
};

/**
 * How far the map is: a progress bar with "n of N cells". Only the state is announced
 * (started, complete, cancelled, failed), not every arriving cell.
 */
export function MapProgress() {
  const { filled, total, status, error } = useAppStore(useShallow(selectProgress));
  const labelId = useId();
  return (
    <div
      className="map-progress"
      data-testid="map-progress"
      data-filled={filled}
      data-total={total}
      data-status={status}
    >
      <span id={labelId} className="map-progress-label">
        {total > 0 ? `${filled} of ${total} cells` : '0 cells'}
      </span>
      <progress max={Math.max(1, total)} value={filled} aria-labelledby={labelId} />
      <p className="hint map-phase" aria-live="polite" data-testid="map-phase">
        {PHASE[status]}
        {status === 'error' && error}
      </p>
    </div>
  );
}
