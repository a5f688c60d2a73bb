import { useId } from 'react';
import { useAppStore } from '../../state/hooks';
import type { ShownRefit } from '../../state/refitTypes';
import { BackToCalibration } from './BackToCalibration';
import { FittedTable } from './FittedTable';
import { saveRefit } from './refitFile';

const evaluationsText = (n: number) => (n === 1 ? '1 evaluation' : `${n} evaluations`);

/** How the refit on show came about, in one line. */
function summaryOf(refit: ShownRefit): string {
  if (refit.stopped) {
    const after =
      refit.evaluations === undefined ? '' : ` after ${evaluationsText(refit.evaluations)}`;
    return `Stopped: best so far${after}, no uncertainty (${refit.source}).`;
  }
  if (refit.evaluations === undefined) return `Parameters ${refit.source}.`;
  return `Done: ${refit.source}, ${evaluationsText(refit.evaluations)} of the model.`;
}

/**
 * The refit on show: its parameters with their uncertainty and warnings, what the data left
 * out, and what to do with it: draw the figures with it (and back), or save it as JSON.
 */
export function RefitResults({ refit }: { refit: ShownRefit }) {
  const override = useAppStore((s) => s.kineticOverride);
  const apply = useAppStore((s) => s.applyRefit);
  const inUse = override === refit.params;
  const inUseId = useId();
  return (
    <div className="refit-results" data-testid="refit-results">
      <h5>Result</h5>
      <p className="refit-summary" data-testid="refit-summary">
        {summaryOf(refit)}
      </p>
      <FittedTable fitted={refit.fitted} />
      {refit.notes.length > 0 && (
        <ul className="refit-notes" aria-label="Notes on the refit">
          {refit.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <p className="hint">
        Every other parameter stays at the published calibration. Each value with its residuals is
        in Model vs experiment, under &ldquo;Your cell&rdquo;.
      </p>
      <div className="refit-actions">
        {/* Kept (aria-disabled, not disabled) while in use, so that focus stays on it. */}
        <button
          type="button"
          aria-disabled={inUse}
          aria-describedby={inUse ? inUseId : undefined}
          onClick={inUse ? undefined : apply}
        >
          Draw the figures with these parameters
        </button>
        <button type="button" onClick={() => saveRefit(refit)}>
          Save parameters (JSON)
        </button>
      </div>
      {inUse && (
        <div className="refit-in-use">
          <p id={inUseId} data-testid="refit-in-use">
            In use: the electrode figures are drawn with these parameters.
          </p>
          <BackToCalibration />
        </div>
      )}
    </div>
  );
}
