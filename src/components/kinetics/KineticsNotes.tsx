import { electrodeSizeOf } from '../../core';
import { useAppStore } from '../../state/hooks';
import { selectKinetics } from '../../state/selectors';
import type { Store } from '../../state/storeTypes';

/** Why the electrode simulated is not the one asked for (a loading out of range), if it is not. */
const selectElectrodeNotice = (s: Store) => {
  const view = selectKinetics(s);
  return view ? electrodeSizeOf(view.inputs, view.choices.electrodeBasis).notice : null;
};

/**
 * The model's own warnings (settings outside the range it was fitted in), above the
 * figures they concern. Always rendered, so that a note appearing is announced
 * (politely: it is advice, not an error).
 */
export function KineticsNotes() {
  const modelNotes = useAppStore((s) => selectKinetics(s)?.notes);
  const electrodeNotice = useAppStore(selectElectrodeNotice);
  const notes = [...(electrodeNotice ? [electrodeNotice] : []), ...(modelNotes ?? [])];
  return (
    <div className="kinetics-notes" role="status" data-testid="kinetics-notes">
      {notes.length > 0 && (
        <>
          <p className="banner-title">Please note</p>
          <ul>
            {notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
