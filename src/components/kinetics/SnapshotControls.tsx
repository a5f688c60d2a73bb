import { INPUT_SPECS } from '../../core';
import { formatFixed } from '../../format/number';
import { ChoiceRadios } from '../ChoiceRadios';
import { RangeField } from '../RangeField';
import { RateEntry } from './RateEntry';
import { ControlsPanel } from '../ControlsPanel';

const RATE = INPUT_SPECS.snapshotRate;
const percent = (v: number) => `${formatFixed(100 * v, 0)} % of theoretical capacity`;

/** The moment of the reaction-distribution picture: rate, half-cycle and depth. */
export function SnapshotControls() {
  return (
    <ControlsPanel id="snapshot-heading" title="Reaction snapshot" level={3}>
      <RateEntry inputKey="snapshotRate" label="Rate" hintId="hint-snapshot-rate" />
      <p id="hint-snapshot-rate" className="hint">
        {RATE.min} to {RATE.max} {RATE.unit}, Enter to apply.
      </p>
      <ChoiceRadios choiceKey="snapshotBranch" legend="Half-cycle" />
      <RangeField
        inputKey="snapshotDepth"
        label="Depth"
        effect="Share of the theoretical capacity passed when the picture is taken."
        valueText={percent}
      />
    </ControlsPanel>
  );
}
