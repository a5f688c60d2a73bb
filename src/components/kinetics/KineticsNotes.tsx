import { useAppStore } from '../../state/hooks';
import { selectKinetics } from '../../state/selectors';

/**
 * The model's own warnings (settings outside the range it was fitted in), above the
 * figures they concern. Always rendered, so that a note appearing is announced
 * (politely: it is advice, not an error).
 */
export function KineticsNotes() {
  const notes = useAppStore((s) => selectKinetics(s)?.notes);
  return (
    <div className="kinetics-notes" role="status" data-testid="kinetics-notes">
      {notes && notes.length > 0 && (
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
