import { useId } from 'react';
import type { RunState } from './useRefitRun';

function progressText(state: RunState): string {
  if (state.stopping) return 'Stopping: the residuals of the best point so far…';
  if (!state.progress) return 'Starting the model…';
  const { evaluations, budget } = state.progress;
  return `Refitting: ${evaluations} of at most ${budget} model evaluations`;
}

/**
 * A run under way: evaluations done out of the most it may take (it usually converges
 * sooner), and Cancel, which keeps the best point so far.
 */
export function RefitProgressBar({
  state,
  inPage,
  onCancel,
}: {
  state: RunState;
  inPage: boolean;
  onCancel: () => void;
}) {
  const id = useId();
  const { progress } = state;
  return (
    <div className="refit-progress" data-testid="refit-progress">
      <label htmlFor={id}>{progressText(state)}</label>
      {/* Without a value the bar is indeterminate: nothing is known before the first report. */}
      {progress ? (
        <progress
          id={id}
          max={progress.budget}
          value={Math.min(progress.evaluations, progress.budget)}
        />
      ) : (
        <progress id={id} />
      )}
      <button
        type="button"
        aria-label="Cancel the refit"
        onClick={onCancel}
        disabled={state.stopping}
      >
        Cancel
      </button>
      {inPage && (
        <p className="hint">
          No worker could be started, so the refit runs on the page, which does not respond until it
          is done.
        </p>
      )}
    </div>
  );
}
