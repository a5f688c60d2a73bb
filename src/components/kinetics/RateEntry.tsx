import { INPUT_SPECS, type InputKey } from '../../core';
import { useAppStore } from '../../state/hooks';
import { selectInput } from '../../state/selectors';
import { LockReason, useLock } from '../LockReason';
import { NumericEntry } from '../NumericEntry';

export interface RateEntryProps {
  /** A C-rate input (its spec has unit "C"). */
  inputKey: InputKey;
  /** Short visible label, e.g. "First"; the accessible name adds the spec's label. */
  label: string;
  /** id of the hint shared by a group of rates. */
  hintId: string;
}

/**
 * A typed C-rate. No slider: rates span 0.05–10 C, a range a linear slider would
 * spend almost entirely on the fast end.
 */
export function RateEntry({ inputKey, label, hintId }: RateEntryProps) {
  const spec = INPUT_SPECS[inputKey];
  const value = useAppStore(selectInput(inputKey));
  const setInput = useAppStore((s) => s.setInput);
  const id = `entry-${inputKey}`;
  const lock = useLock(inputKey);
  return (
    <div className="field field-inline rate-entry">
      <label htmlFor={id}>{label}</label>
      <NumericEntry
        inputKey={inputKey}
        value={value}
        onCommit={(v) => setInput(inputKey, v)}
        ariaLabel={`${label}: ${spec.label}, typed value (${spec.unit})`}
        testId={`input-${inputKey}`}
        id={id}
        hintId={hintId}
        lockedBy={lock.locked ? lock.reasonId : undefined}
      />
      <span className="unit" aria-hidden="true">
        {spec.unit}
      </span>
      <LockReason lock={lock} />
    </div>
  );
}
