import { useAppStore } from '../../state/hooks';
import type { Store } from '../../state/storeTypes';
import { describeMapSettings, settingsChangedSince } from './mapSetup';

const selectRequest = (s: Store) => s.designMap.request;
const selectChanged = (s: Store) =>
  s.designMap.request !== null && settingsChangedSince(s.designMap.request, s.inputs, s.choices);

/**
 * Says that a map takes the page's other settings at its start, which ones a drawn map
 * was computed for, and when the page has moved on from them since.
 */
export function MapSettingsNote() {
  const request = useAppStore(selectRequest);
  const changed = useAppStore(selectChanged);
  return (
    <div className="map-settings">
      <p className="hint">
        Every other setting (temperature, particle size, electrode, porosity, separator, what-if;
        cathode and N/P for the energies) is taken from the page as it is when the map starts.
      </p>
      {request && (
        <p className="hint" data-testid="map-computed-for">
          Computed for {describeMapSettings(request)}.
          {changed && (
            <strong className="map-stale" data-testid="map-stale">
              {' '}
              The settings have changed since — recompute to follow them.
            </strong>
          )}
        </p>
      )}
    </div>
  );
}
