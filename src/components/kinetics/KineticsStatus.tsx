import { useAppStore } from '../../state/hooks';
import type { ModelStatus } from '../../state/resultsSlice';
import { selectKineticsError, selectKineticsStatus } from '../../state/selectors';

const STATUS_TEXT: Readonly<Record<ModelStatus, string>> = {
  idle: 'Kinetics: idle',
  computing: 'Kinetics: computing…',
  ready: 'Kinetics: ready',
  error: 'Kinetics: error',
};

/** The kinetics' own status line: they answer in tenths of a second, not milliseconds. */
export function KineticsStatus() {
  const status = useAppStore(selectKineticsStatus);
  return (
    <p
      className={`model-status status-${status}`}
      data-testid="kinetics-status"
      data-status={status}
      aria-live="polite"
    >
      <span className="status-dot" aria-hidden="true" />
      {STATUS_TEXT[status]}
    </p>
  );
}

/** Dismissing removes the focused button; put focus somewhere sensible instead. */
const focusSection = () => document.getElementById('kinetics-heading')?.focus();

/** A kinetics failure, beside the panels it affects, with a way to try again. */
export function KineticsAlert() {
  const error = useAppStore(selectKineticsError);
  const retry = useAppStore((s) => s.retryKinetics);
  const dismiss = useAppStore((s) => s.dismissKineticsError);
  if (!error) return null;
  return (
    <div role="alert" className="banner banner-error">
      <div>
        <p className="banner-title">The kinetics could not be computed.</p>
        <p>{error} A fresh worker starts with your next change.</p>
      </div>
      <span className="banner-actions">
        <button type="button" onClick={retry}>
          Try again
        </button>
        <button
          type="button"
          onClick={() => {
            dismiss();
            focusSection();
          }}
        >
          Dismiss
        </button>
      </span>
    </div>
  );
}
