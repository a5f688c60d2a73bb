import { CHOICE_SPECS, type ChoiceKey } from '../core';
import { useAppStore } from '../state/hooks';
import { selectChoice } from '../state/selectors';
import { FormulaText } from './FormulaText';
import { describedBy, LockReason, useLock } from './LockReason';

export interface ChoiceRadiosProps {
  /** The declared choice this edits; options and default come from its spec. */
  choiceKey: ChoiceKey;
  /** Legend text, when the spec's label is too long for the panel. */
  legend?: string;
}

/**
 * A few named options as radio buttons in a fieldset: arrow keys move between them,
 * and the legend names the group for screen readers.
 */
export function ChoiceRadios({ choiceKey, legend }: ChoiceRadiosProps) {
  const spec = CHOICE_SPECS[choiceKey];
  const value = useAppStore(selectChoice(choiceKey));
  const setChoice = useAppStore((s) => s.setChoice);
  const lock = useLock(choiceKey);
  return (
    <fieldset
      className="field choice-group"
      disabled={lock.locked}
      aria-describedby={describedBy(lock)}
    >
      <legend>{legend ?? spec.label}</legend>
      <LockReason lock={lock} />
      {spec.options.map((option) => (
        <label key={option.value} className="choice">
          <input
            type="radio"
            name={`choice-${choiceKey}`}
            value={option.value}
            data-testid={`choice-${choiceKey}-${option.value}`}
            checked={value === option.value}
            aria-describedby={describedBy(lock)}
            onChange={() => setChoice(choiceKey, option.value)}
          />
          <FormulaText text={option.label} />
        </label>
      ))}
    </fieldset>
  );
}
