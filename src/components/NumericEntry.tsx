import { useId, useState, type KeyboardEvent } from 'react';
import { checkInput, INPUT_SPECS, type InputKey } from '../core';
import { formatInputValue } from '../format/number';
import { useAppStore } from '../state/hooks';
import { nudge, pageStep } from './stepping';

export interface NumericEntryProps {
  /** Which declared input this edits; range, step and messages come from its spec. */
  inputKey: InputKey;
  /** The committed value (from the store). */
  value: number;
  /** Called with a valid, in-range value on Enter, blur or an arrow-key step. */
  onCommit: (value: number) => void;
  /** Accessible name, e.g. "Ge fraction x, typed value". */
  ariaLabel: string;
  testId: string;
  /** id for a visible <label htmlFor>. */
  id?: string;
  /** id of a hint that describes the field (range, effect). */
  hintId?: string;
  /** Fixed by a lesson link: disabled, and described by the reason with this id. */
  lockedBy?: string;
}

/**
 * A typed number that commits on Enter or blur. It is a text box with the
 * spinbutton role rather than `type="number"`, because a number input silently
 * empties itself on text it cannot parse; here invalid text stays visible next
 * to a message saying what is wrong, until the user fixes it or presses Escape.
 */
export function NumericEntry({
  inputKey,
  value,
  onCommit,
  ariaLabel,
  testId,
  id,
  hintId,
  lockedBy,
}: NumericEntryProps) {
  const spec = INPUT_SPECS[inputKey];
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  // Reset all empties a half-typed (or invalid) draft too: it is an input like any other.
  // Adjusted while rendering, not in an effect, so the old draft is never painted.
  const resets = useAppStore((s) => s.resets);
  const [seenResets, setSeenResets] = useState(resets);
  if (resets !== seenResets) {
    setSeenResets(resets);
    setDraft(null);
    setError(null);
  }

  const reset = () => {
    setDraft(null);
    setError(null);
  };

  const commit = () => {
    if (draft === null) return;
    const check = checkInput(inputKey, draft);
    if (!check.ok) {
      setError(check.message);
      return;
    }
    reset();
    onCommit(check.value);
  };

  const step = (delta: number) => {
    reset();
    onCommit(nudge(inputKey, value, delta));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const keySteps: Record<string, number> = {
      ArrowUp: spec.step,
      ArrowDown: -spec.step,
      PageUp: pageStep(inputKey),
      PageDown: -pageStep(inputKey),
    };
    if (event.key === 'Enter') commit();
    else if (event.key === 'Escape') reset();
    else if (event.key in keySteps) {
      event.preventDefault();
      step(keySteps[event.key] ?? 0);
    }
  };

  const describedBy = [hintId, error ? errorId : null, lockedBy].filter(Boolean).join(' ');
  return (
    <span className="numeric-entry">
      <input
        id={id}
        type="text"
        role="spinbutton"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        data-testid={testId}
        aria-label={ariaLabel}
        aria-valuenow={value}
        aria-valuemin={spec.min}
        aria-valuemax={spec.max}
        aria-invalid={error ? true : undefined}
        disabled={lockedBy !== undefined}
        aria-describedby={describedBy || undefined}
        value={draft ?? formatInputValue(value)}
        onChange={(event) => {
          setDraft(event.target.value);
          setError(null);
        }}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
      <span id={errorId} className="field-error" aria-live="polite">
        {error}
      </span>
    </span>
  );
}
