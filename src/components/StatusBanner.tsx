import { useAppStore } from '../state/hooks';
import { selectError, selectNotices, selectStatus } from '../state/selectors';
import { ErrorBanner } from './ErrorBanner';
import { focusByIdFrom } from './focusById';
import { StatusLine } from './StatusLine';
import { useShownStatus } from './useShownStatus';

/** Answers quicker than this never show "computing…" (a drag asks for one per frame). */
export const MODEL_BUSY_DELAY_MS = 150;

/** Problems the user should know about: unusable link values and model failures. */
export function StatusBanner() {
  const notices = useAppStore(selectNotices);
  const error = useAppStore(selectError);
  const dismissNotices = useAppStore((s) => s.dismissNotices);
  const dismissError = useAppStore((s) => s.dismissError);
  const retry = useAppStore((s) => s.retry);
  if (notices.length === 0 && !error) return null;
  return (
    <div className="banners">
      {notices.length > 0 && (
        <div role="alert" className="banner banner-warning">
          <div>
            <p className="banner-title">Some values in the link could not be used:</p>
            <ul>
              {notices.map((notice) => (
                <li key={notice}>{notice}</li>
              ))}
            </ul>
          </div>
          <button
            type="button"
            onClick={(event) => {
              // Dismissing removes the focused button; focus goes to the page's content.
              const focus = focusByIdFrom(event);
              dismissNotices();
              focus('main');
            }}
          >
            Dismiss
          </button>
        </div>
      )}
      {error && (
        <ErrorBanner
          title="The model could not be computed."
          message={`${error} A fresh model worker starts with your next change.`}
          onRetry={retry}
          onDismiss={(event) => {
            const focus = focusByIdFrom(event);
            dismissError();
            focus('main');
          }}
        />
      )}
    </div>
  );
}

/** The model's status line in the page header. */
export function ModelStatus() {
  const status = useShownStatus(selectStatus, MODEL_BUSY_DELAY_MS);
  return <StatusLine label="Model" status={status} testId="model-status" />;
}
