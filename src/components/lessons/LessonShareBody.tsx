import { useId, useRef, useState } from 'react';
import { CHOICE_SPECS, INPUT_SPECS, type ChoiceKey, type InputKey } from '../../core';
import { useAppStore, useAppStoreApi } from '../../state/hooks';
import {
  LOCK_KEYS,
  SECTION_IDS,
  SECTION_LABELS,
  type LockKey,
  type SectionId,
} from '../../state/lesson';
import { lessonLink } from './lessonLink';

const labelOf = (key: LockKey): string =>
  key in INPUT_SPECS ? INPUT_SPECS[key as InputKey].label : CHOICE_SPECS[key as ChoiceKey].label;

/**
 * The open "Share as lesson" (LessonShare.tsx): which settings the link fixes, which
 * sections it shows, and the link with a Copy button. A chunk of its own, fetched when the
 * page is idle: nobody shares a lesson before the first figure.
 */
/** A fieldset of checkboxes choosing a subset of `items`, in the order they were ticked. */
function CheckGroup<T extends string>({
  legend,
  items,
  chosen,
  onChange,
  testId,
  label,
}: {
  legend: string;
  items: readonly T[];
  chosen: readonly T[];
  onChange: (next: readonly T[]) => void;
  testId: (item: T) => string;
  label: (item: T) => string;
}) {
  return (
    <fieldset className="lesson-share-group">
      <legend>{legend}</legend>
      {items.map((item) => (
        <label key={item} className="choice">
          <input
            type="checkbox"
            data-testid={testId(item)}
            checked={chosen.includes(item)}
            onChange={(event) =>
              onChange(event.target.checked ? [...chosen, item] : chosen.filter((i) => i !== item))
            }
          />
          {label(item)}
        </label>
      ))}
    </fieldset>
  );
}

export function LessonShareBody() {
  const store = useAppStoreApi();
  const [locked, setLocked] = useState<readonly LockKey[]>(() => store.getState().lesson.locked);
  const [shown, setShown] = useState<readonly SectionId[]>(
    () => store.getState().lesson.show ?? SECTION_IDS,
  );
  const [copied, setCopied] = useState<string>('');
  const inputs = useAppStore((s) => s.inputs);
  const choices = useAppStore((s) => s.choices);
  const linkRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const link = lessonLink(window.location.href, { inputs, choices }, locked, shown);

  const copy = async () => {
    const field = linkRef.current;
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(link);
      setCopied('Link copied.');
    } catch {
      // No clipboard (an http page, an old browser, a refusal): select it for Ctrl+C.
      field?.focus();
      field?.select();
      setCopied('Link selected: press Ctrl+C (⌘C) to copy it.');
    }
  };

  return (
    <div className="lesson-share-body">
      <CheckGroup
        legend="Fix these settings"
        items={LOCK_KEYS}
        chosen={locked}
        onChange={setLocked}
        testId={(key) => `lesson-lock-${key}`}
        label={labelOf}
      />
      <CheckGroup
        legend="Show these sections"
        items={SECTION_IDS}
        chosen={shown}
        onChange={setShown}
        testId={(section) => `lesson-show-${section}`}
        label={(section) => SECTION_LABELS[section]}
      />
      <div className="lesson-share-link">
        <label htmlFor={`${id}-link`}>Link for the class</label>
        <input
          ref={linkRef}
          id={`${id}-link`}
          type="text"
          readOnly
          data-testid="lesson-link"
          value={link}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" data-testid="lesson-copy" onClick={() => void copy()}>
          Copy
        </button>
        <span role="status" className="hint">
          {copied}
        </span>
      </div>
      {shown.length === 0 && (
        <p className="hint">No section ticked: the link shows the whole page.</p>
      )}
    </div>
  );
}
