import { INPUT_SPECS, type InputKey } from '../../core';
import { RateEntry } from './RateEntry';
import { ControlsPanel } from '../ControlsPanel';

const RATES: readonly { key: InputKey; label: string }[] = [
  { key: 'profileRate1', label: 'First' },
  { key: 'profileRate2', label: 'Second' },
  { key: 'profileRate3', label: 'Third' },
];
const SPEC = INPUT_SPECS.profileRate1;

/** The three rates whose voltage profiles are drawn. */
export function ProfileControls() {
  return (
    <ControlsPanel id="profile-controls-heading" title="Voltage profiles" level={3}>
      <div className="rate-entries">
        {RATES.map((r) => (
          <RateEntry key={r.key} inputKey={r.key} label={r.label} hintId="hint-profile-rates" />
        ))}
      </div>
      <p id="hint-profile-rates" className="hint">
        {SPEC.min} to {SPEC.max} {SPEC.unit}, Enter to apply; arrow keys step by {SPEC.step}. Each
        rate draws one lithiation and delithiation.
      </p>
    </ControlsPanel>
  );
}
