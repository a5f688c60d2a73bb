import { useId, useMemo } from 'react';
import { refitTargets } from '../../core/refit/targets';
import type { ImportedSet } from '../../state/cellDataTypes';
import { useAppStore } from '../../state/hooks';

/** An imported set and, if a refit cannot use it, why (the core's own words). */
export interface UsableSet {
  readonly set: ImportedSet;
  readonly reason: string | null;
  /** How many figures of the set a refit compares with the model. */
  readonly targets: number;
}

function usable(set: ImportedSet): UsableSet {
  try {
    return { set, reason: null, targets: refitTargets(set.data, set.mass_mg).targets.length };
  } catch (error) {
    return { set, reason: error instanceof Error ? error.message : String(error), targets: 0 };
  }
}

/** Every imported set, judged once per change of the list. */
export function useUsableSets(): readonly UsableSet[] {
  const sets = useAppStore((s) => s.cellSets);
  return useMemo(() => sets.map(usable), [sets]);
}

const figuresText = (n: number) => (n === 1 ? '1 figure to fit' : `${n} figures to fit`);

/** One radio per imported set; a set the refit cannot use is listed, disabled, with why. */
export function SetPicker({
  sets,
  chosen,
  onChoose,
  disabled,
}: {
  sets: readonly UsableSet[];
  chosen: string | null;
  onChoose: (id: string) => void;
  disabled: boolean;
}) {
  const uid = useId();
  return (
    <fieldset className="refit-sets" disabled={disabled}>
      <legend>Data set</legend>
      {sets.length === 0 && (
        <p className="hint">Import a rate table or a cycler file above to refit to it.</p>
      )}
      {sets.map(({ set, reason, targets }) => {
        const whyId = `${uid}-${set.id}`;
        return (
          <div key={set.id} className="refit-set">
            <label className="choice">
              <input
                type="radio"
                name={`${uid}-set`}
                checked={set.id === chosen}
                disabled={reason !== null}
                aria-describedby={whyId}
                onChange={() => onChoose(set.id)}
              />
              <span>{set.fileName}</span>
            </label>
            <p id={whyId} className="hint refit-set-why">
              {reason === null ? figuresText(targets) : `Cannot be used. ${reason}`}
            </p>
          </div>
        );
      })}
    </fieldset>
  );
}
